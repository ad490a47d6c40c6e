package plaza.violence;

import plaza.agents.Plaza;
import plaza.core.Sim;
import plaza.params.ViolenceParameters;

/**
 * Issue-22 rule "war exhaustion" ({@code violence.exhaustion_share} h, default 0: off), part of
 * {@code violence}: a contest's fighting wanes as its losses mount, so a long war is not as deadly
 * every month as a young one. Each contested plaza keeps the toll of its fight, the homicides the
 * fight itself has caused there since the contest began (expected values, before displacement and
 * background); each month its fighting is divided by 1 + toll / (h x fighters), fighters being
 * all sides' fighters there this month.
 *
 * <pre>
 * fight_z  x= 1 / (1 + toll_z / (h x fighters_z))        (1 with h = 0, or before any toll)
 * toll_z  += fight_z x (1 - suppressed_z)                 after the month's fight; 0 when z is not contested
 * </pre>
 * Reads: plaza.attackers (contested or not), the plaza's fighters and fight (computed by
 * {@link Violence} this month); writes: only its own toll per plaza. Local (one number per plaza),
 * one pass over the plazas a month. The reports name escalation (001:846-848) but not how a war
 * wears down: the form is an assumption, tested h = 0.0025-0.3 (territory/README, issue 22).
 */
final class Exhaustion implements java.io.Serializable {

    private double[] toll = new double[0];

    /** The factor on plaza {@code z}'s fighting this month, from the toll of the months before (1 when off). */
    double factor(Plaza z, double fighters, Sim m) {
        double h = m.p(ViolenceParameters.EXHAUSTION_SHARE);
        if (h <= 0) {
            return 1;
        }
        double t = z.index() < toll.length ? toll[z.index()] : 0;
        return t > 0 && fighters > 0 ? 1 / (1 + t / (h * fighters)) : 1;
    }

    /** Adds each contested plaza's fight this month to its toll (what troops suppressed excluded); forgets the toll of plazas at peace. */
    void record(Sim m, double[] fight, double[] suppressed) {
        if (m.p(ViolenceParameters.EXHAUSTION_SHARE) <= 0) {
            return;
        }
        if (toll.length != fight.length) {
            toll = java.util.Arrays.copyOf(toll, fight.length);
        }
        for (Plaza z : m.plazas()) {
            int i = z.index();
            toll[i] = z.contested() ? toll[i] + fight[i] * (1 - suppressed[i]) : 0;
        }
    }
}
