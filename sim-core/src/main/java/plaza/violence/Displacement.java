package plaza.violence;

import java.util.List;

import plaza.agents.Plaza;
import plaza.world.Geography;

/**
 * Where the fighting troops suppress goes (M3, the balloon effect; part of {@link Violence}): a share
 * leaves the state the troops operate in for its neighbouring states by road (001:482-485: violence
 * shifted to other states), shared equally among them and within each by residents; the rest goes
 * to the plaza's road neighbours, equally. On city plazas the road neighbours are mostly cities of
 * the same state, under the same state's deployment, so without the first share a state's troops
 * would only move its violence between its own cities.
 *
 * <pre>
 * moved_n = displacement x fight_n x suppressed_n
 * to each road neighbour of n:            (1 - out) x moved_n / |road neighbours of n|
 * to each state T next to n's state S:    out x moved_n / |states next to S|, to T's plazas by residents
 * </pre>
 */
final class Displacement {

    /** Each state's neighbouring states by road (fixed geography, found once). */
    private static final int[][] NEIGHBOURING_STATES = new int[Geography.STATES.size()][];

    static {
        for (int s = 0; s < NEIGHBOURING_STATES.length; s++) {
            NEIGHBOURING_STATES[s] = Geography.neighbouringStates(s);
        }
    }

    private Displacement() {}

    /** Adds the displaced part of the suppressed fighting to each plaza's expected homicides. */
    static void add(List<Plaza> plazas, double[] fight, double[] suppressed, double displacement, double outOfState, double[] mean) {
        int states = NEIGHBOURING_STATES.length;
        double[] out = new double[states];
        double[] residents = new double[states];
        for (Plaza from : plazas) {
            int j = from.index();
            int s = from.stateIndex();
            if (s >= 0) {
                residents[s] += from.population();
            }
            if (fight[j] > 0 && suppressed[j] > 0) {
                double moved = displacement * fight[j] * suppressed[j];
                if (s >= 0 && NEIGHBOURING_STATES[s].length > 0) {
                    out[s] += outOfState * moved;
                    moved *= 1 - outOfState;
                }
                for (int nb : from.neighbours()) {
                    mean[nb] += moved / from.neighbours().length;
                }
            }
        }
        double[] in = new double[states];
        for (int s = 0; s < states; s++) {
            for (int t : NEIGHBOURING_STATES[s]) {
                in[t] += out[s] / NEIGHBOURING_STATES[s].length;
            }
        }
        for (Plaza z : plazas) {
            int t = z.stateIndex();
            if (t >= 0 && in[t] > 0 && residents[t] > 0) {
                mean[z.index()] += in[t] * z.population() / residents[t];
            }
        }
    }
}
