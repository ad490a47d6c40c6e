package plaza.institutions;

import java.util.List;

import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.funding.MeridaInitiative;
import plaza.params.JusticeParameters;
import plaza.params.ParameterValues;

/**
 * Submodel "justice reform" (M5, staged: {@code justice.mexican_reform} = w, 0 by default): Mexico's
 * 2008 constitutional reform of criminal justice as a path, paid for by Mexico's own justice budget,
 * with Merida's judicial aid adding to it in proportion to its size against that budget.
 *
 * <pre>
 * funding      F(t) = 1 + 12 x Merida judicial aid delivered this month / Mexico's justice budget
 * progress     R(t+1) = min(1, R(t) + pace x F(t) / N)    from July of the adoption year;
 *              N = months from then to January of the nationwide year (the lever; 2016, 001:556-558)
 * in force     E(t+1) = E(t) + (R(t) - E(t)) / reform lag          (36 months, 001:1056-1057)
 * capacity     C(t+1) = C(t) + (F(t) - C(t)) / reform lag          C(0) = 1
 * judicial gain  g = (1 - w) g_Merida + w x G_J x E        (identification, conviction, trust)
 * justice capacity multiplier = (1 - w)(1 + g_Merida) + w x C      (arrests and verdicts processed)
 * </pre>
 * The reform is what moves conviction and identification, at a pace the reports doubt (the 2016
 * goal "highly unlikely", the 2012 election a risk, 001:556-565: {@code justice.reform_pace} below
 * 1, the range to explore); the capacity to process arrests and reach verdicts follows the money
 * with a lag, Merida's $1-2 hundred million a year counting only against Mexico's own budget.
 */
public final class JusticeReform implements java.io.Serializable {

    private final MeridaInitiative merida;
    private double weight;
    private double progress;
    private double inForce;
    private double capacity = 1;

    public JusticeReform(MeridaInitiative merida) {
        this.merida = merida;
    }

    /** Monthly, before institutions: the reform's progress, what is in force, and the funded capacity. */
    public void update(Sim m) {
        ParameterValues p = m.params();
        weight = p.get(JusticeParameters.MEXICAN_REFORM);
        if (weight == 0) {
            return;
        }
        double funding = 1 + 12 * merida.delivered(MeridaInitiative.Category.JUDICIAL) / p.get(JusticeParameters.MEXICO_JUSTICE_BUDGET);
        int adopted = (int) Math.round(p.get(JusticeParameters.REFORM_ADOPTED));
        int start = adopted * 12 + 6; // July of the adoption year, in months since year 0
        int now = m.month().getYear() * 12 + m.month().getMonthValue() - 1;
        double nationwide = p.at(JusticeParameters.REFORM_NATIONWIDE, m.month());
        double planned = Math.max(1, Math.round(nationwide) * 12 - start);
        if (now >= start) {
            progress = Math.min(1, progress + p.get(JusticeParameters.REFORM_PACE) * funding / planned);
        }
        double lag = p.get(JusticeParameters.REFORM_LAG);
        inForce += (progress - inForce) / lag;
        capacity += (funding - capacity) / lag;
    }

    /** The judicial gain: Merida's alone when the reform path is off, else blended with the reform in force. */
    public double gain(double meridaGain, double largestGain) {
        return weight == 0 ? meridaGain : (1 - weight) * meridaGain + weight * largestGain * inForce;
    }

    /** The multiplier of arrest and verdict capacity: 1 + Merida's gain when off, else blended with the funded capacity. */
    public double capacityMultiplier(double meridaGain) {
        return weight == 0 ? 1 + meridaGain : (1 - weight) * (1 + meridaGain) + weight * capacity;
    }

    /** Share of the reform implemented (0 to 1). */
    public double progress() { return progress; }

    /** Share of the reform in force (implemented and bedded in, lagged). */
    public double inForce() { return inForce; }

    /** Funded justice capacity relative to Mexico's own budget alone (lagged). */
    public double fundedCapacity() { return capacity; }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("justice-reform", Phase.INSTITUTIONS,
                "Mexico's 2008 justice reform advances toward nationwide implementation at a doubtful pace, faster with Merida's judicial aid against Mexico's justice budget; capacity follows the funding with a lag.",
                List.of("merida.delivered", JusticeParameters.MEXICAN_REFORM, JusticeParameters.MEXICO_JUSTICE_BUDGET, JusticeParameters.REFORM_ADOPTED,
                        JusticeParameters.REFORM_NATIONWIDE, JusticeParameters.REFORM_PACE, JusticeParameters.REFORM_LAG),
                List.of("justiceReform.progress", "justiceReform.inForce", "justiceReform.capacity"),
                this::update);
    }
}
