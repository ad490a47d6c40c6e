package plaza.finance;

import plaza.core.Sim;
import plaza.params.BorderParameters;
import plaza.params.ParameterValues;
import plaza.trafficking.BorderAgency;

/**
 * Rule: bulk cash going south is seized at a rate set by southbound inspection and the
 * anti-money-laundering push, and financial investigations forfeit a share of organizations' cash
 * each month. Sources: 004:165-167 (bulk cash is the main channel; cutting it is most effective),
 * 001:585-590 (weak AML, under ten convictions a year), 002:104-108 (forfeiture and sharing).
 */
public final class FinancialIntelligence implements java.io.Serializable {

    /** Anti-money-laundering intensity in force (1 = 2007). */

    private final BorderAgency border;

    public FinancialIntelligence(BorderAgency border) {
        this.border = border;
    }

    public double intensity(Sim m) {
        ParameterValues p = m.params();
        return p.at(BorderParameters.AML_INTENSITY, m.month());
    }

    /** Share of southbound bulk cash seized. */
    public double cashSeizureShare(Sim m) {
        return Math.min(0.9, m.p(BorderParameters.CASH_SEIZURE_2007) * border.southboundFactor(m) * intensity(m));
    }

    /** Share of an organization's cash forfeited this month. */
    public double forfeitureShare(Sim m) {
        return Math.min(0.5, m.p(BorderParameters.FORFEITURE_RATE) / 12 * intensity(m));
    }
}
