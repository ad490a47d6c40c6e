package plaza.finance;

import plaza.core.Sim;
import plaza.params.GunParameters;
import plaza.params.ParameterValues;
import plaza.trafficking.BorderAgency;

/**
 * Rule: gun-export controls (straw-purchase enforcement, dealer rules, tracing) prevent a share of
 * U.S. purchases for organizations and, with southbound inspection, raise the share of guns seized
 * on the way south. Sources: 004:145-161 (eTrace, Gunrunner, Armas Cruzadas), 001:592-628.
 */
public final class FirearmsAgency implements java.io.Serializable {

    /** Gun-control intensity in force (0 = as in 2007). */

    private final BorderAgency border;

    public FirearmsAgency(BorderAgency border) {
        this.border = border;
    }

    public double control(Sim m) {
        ParameterValues p = m.params();
        return p.at(GunParameters.CONTROL, m.month());
    }

    /** Share of intended U.S. purchases prevented. */
    public double strawPurchasePrevented(Sim m) {
        return m.p(GunParameters.CONTROL_MAX) * control(m);
    }

    /** Share of southbound guns seized. */
    public double southboundSeizureShare(Sim m) {
        return Math.min(0.9, m.p(GunParameters.SOUTHBOUND_INTERDICTION) * border.southboundFactor(m) * (1 + control(m)));
    }
}
