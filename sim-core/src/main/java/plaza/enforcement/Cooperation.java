package plaza.enforcement;

import java.util.List;

import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.finance.FinancialIntelligence;
import plaza.finance.FirearmsAgency;
import plaza.output.Metric;
import plaza.params.BorderParameters;
import plaza.params.GunParameters;
import plaza.params.HistoryParameters;
import plaza.params.IntelligenceParameters;
import plaza.params.OrganizationParameters;

/**
 * Submodel "bilateral cooperation" (M18): an index (2007 = 1) that steps up at the December 2006
 * breakthrough and rises and falls with the reciprocal actions and shocks the reports name.
 *
 * <pre>
 * C = base x (1 + reciprocity x (guns + money) / 2) x (1 + coordination x re-entry) x (1 + shock)
 * </pre>
 * base: 0.76 before December 2006, 1 after (000:9-15); guns and money: U.S. action on the
 * southbound flows (001:608-611); re-entry: deportations coordinated with Mexican authorities remove
 * a grievance (001:633-638); shock: a path for scandals, summits and unilateral pressure (the
 * 2010-2011 nadir and the March 2011 summit, 001:1120-1127; tariff threats and "mutual respect",
 * 003:5-9). C scales the treaty process's throughput ({@link Extraditions}) and shared intelligence
 * in leader targeting ({@link DrugIntelligence}).
 */
public final class Cooperation implements java.io.Serializable {

    private final FirearmsAgency firearms;
    private final FinancialIntelligence financialIntelligence;
    private double index = Double.NaN;

    public Cooperation(FirearmsAgency firearms, FinancialIntelligence financialIntelligence) {
        this.firearms = firearms;
        this.financialIntelligence = financialIntelligence;
    }

    /** The index implied by this month's levers and U.S. action. */
    public double compute(Sim m) {
        double base = m.crackdown() ? 1 : m.p(IntelligenceParameters.COOPERATION_2006)
                * m.p(plaza.params.HistoryParameters.COOPERATION_1995_2000); // the 1995-2000 record, 002:64-66
        double guns = firearms.control(m);
        double money = Math.max(0, Math.min(1, (financialIntelligence.intensity(m) - 1) / 2));
        double coordination = m.p(IntelligenceParameters.COORDINATION_GAIN) * m.p(OrganizationParameters.REENTRY_PROGRAMME);
        return Math.max(0, base * (1 + m.p(IntelligenceParameters.RECIPROCITY) * (guns + money) / 2)
                * (1 + coordination) * (1 + m.p(IntelligenceParameters.COOPERATION_SHOCK)));
    }

    /** Monthly: the month's index, recorded as an output. */
    public void update(Sim m) {
        index = compute(m);
        m.tally().add(Metric.COOPERATION_INDEX, index);
    }

    /** This month's index (computed on first use if the month's step has not run, as in unit tests). */
    public double index(Sim m) {
        return Double.isNaN(index) ? compute(m) : index;
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("cooperation", Phase.ENFORCEMENT,
                "Bilateral cooperation steps up at the December 2006 breakthrough and moves with U.S. action on guns and money, coordinated deportations and scandal or summit shocks (M18).",
                List.of("firearms.control", "financialIntelligence.intensity", BorderParameters.AML_INTENSITY, GunParameters.CONTROL, HistoryParameters.COOPERATION_1995_2000,
                        IntelligenceParameters.COOPERATION_2006, IntelligenceParameters.COOPERATION_SHOCK, IntelligenceParameters.COORDINATION_GAIN, IntelligenceParameters.RECIPROCITY,
                        OrganizationParameters.REENTRY_PROGRAMME),
                List.of("cooperation.index", Metric.COOPERATION_INDEX),
                this::update);
    }
}
