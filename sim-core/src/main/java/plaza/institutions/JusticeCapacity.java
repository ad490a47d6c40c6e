package plaza.institutions;

import java.util.List;

import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.funding.SecurityBudgets;
import plaza.params.FundingParameters;
import plaza.params.JusticeParameters;
import plaza.params.ParameterValues;

/**
 * Submodel "justice capacity" (M5): the arrests police and prosecutors can process and the verdicts
 * courts can reach in a month, funded by Mexico's budget and built up by Merida's judicial aid.
 * Demand beyond capacity is not processed: arrests saturate, and cases wait in a backlog.
 *
 * <pre>
 * arrest capacity  K_A = K_A,2007 / 12 x (budget / budget_2007) x (1 + g_J) x prosecution lever
 * verdict capacity K_V = K_V,2007 / 12 x (1 + g_J) x court lever
 *   (with the reform path on, 1 + g_J is blended with the funded capacity of {@link JusticeReform})
 * processed        = D / (1 + (D / K)^n)^(1/n)          (about D well below K, never above K)
 * </pre>
 * Sources: 001:538-543 (few crimes investigated, 1-2 in 100 sentenced), 004:91 (inadequate
 * resources, weak judicial systems), 001:550-558 (reforms and their slow rollout), 000:17 (budget).
 */
public final class JusticeCapacity implements java.io.Serializable {

    private final SecurityBudgets budgets;
    private final Institutions institutions;
    private double arrestCapacity;
    private double verdictCapacity;

    public JusticeCapacity(SecurityBudgets budgets, Institutions institutions) {
        this.budgets = budgets;
        this.institutions = institutions;
    }

    /** Monthly: this month's arrest and verdict capacity. */
    public void update(Sim m) {
        ParameterValues p = m.params();
        double reference = FundingParameters.MEXICO_BUDGET.defaultValue() * 1e9 / 12;
        double judicial = institutions.capacityMultiplier();
        arrestCapacity = p.get(JusticeParameters.ARREST_CAPACITY) / 12 * budgets.mexicoUsd() / reference * judicial
                * p.get(JusticeParameters.PROSECUTION_CAPACITY);
        verdictCapacity = p.get(JusticeParameters.VERDICT_CAPACITY) / 12 * judicial * p.get(JusticeParameters.COURT_CAPACITY);
    }

    /** Arrests (persons) police and prosecutors can process this month. */
    public double arrestCapacity() { return arrestCapacity; }

    /** Verdicts (persons) courts can reach this month. */
    public double verdictCapacity() { return verdictCapacity; }

    /** What a demand becomes under a capacity: about the demand well below it, never above it. */
    public static double bounded(double demand, double capacity, double exponent) {
        if (!(demand > 0)) {
            return 0;
        }
        if (!(capacity > 0)) {
            return 0;
        }
        double x = demand / capacity;
        return demand / Math.pow(1 + Math.pow(x, exponent), 1 / exponent);
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("justice-capacity", Phase.INSTITUTIONS,
                "Mexico's budget and Merida's judicial aid fund the arrests police and prosecutors can process and the verdicts courts can reach.",
                List.of("budgets.spending", "institutions.judicialGain", "justiceReform.capacity", JusticeParameters.ARREST_CAPACITY, JusticeParameters.COURT_CAPACITY, JusticeParameters.PROSECUTION_CAPACITY,
                        JusticeParameters.VERDICT_CAPACITY),
                List.of("justice.arrestCapacity", "justice.verdictCapacity"),
                this::update);
    }
}
