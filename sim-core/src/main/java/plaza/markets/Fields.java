package plaza.markets;

import plaza.core.Sim;
import plaza.params.Parameter;
import plaza.params.SupplyParameters;
import plaza.world.Drug;
import plaza.world.Geography;

/**
 * One crop's fields by growing state, the per-state part of {@link Crops}. Each growing state holds
 * its share of the national area (its cultivation weight over the sum of the weights) and gets the
 * same share of the national eradication personnel, times its lever {@code eradication.<state>}.
 * In each state eradication destroys standing fields, the growers there replant and plant toward
 * their share of the area needed, learning their own eradicated share. Cultivation does not move
 * between states: growers in a state hit harder replant more there (assumed; the reports give
 * national hectares only, 002:44).
 *
 * <pre>
 * capacity C_s = national capacity x share_s x eradication lever_s
 * eradicated E_s = min(C_s, cap x A_s)      surviving S_s = A_s - E_s      harvested H_s = S_s / cycle
 * expected share e_s += (E_s/A_s - e_s) / adaptation months     goal_s = share_s x area needed / (1 - e_s)
 * planted_s = clamp(goal_s - S_s, 0, replanting x E_s + new land x goal_s)      A_s' = S_s + planted_s
 * </pre>
 */
final class Fields implements java.io.Serializable {

    /** At most this share of a standing crop can be found and destroyed in one month. */
    static final double MAX_ERADICATED_SHARE = 0.5;

    /** State index (world/Geography) of each growing state. */
    final int[] state;
    private final int[] slotOfState = new int[Geography.STATES.size()];
    private final Parameter[] lever;
    private final double[] share;
    private final double[] area;
    private final double[] expected;
    private final double[] eradicated;
    private final double[] harvested;

    /** The fields of a crop's drug in its growing states, with the shares of this run's cultivation weights. */
    Fields(Drug drug, Sim m) {
        java.util.List<String> codes = SupplyParameters.growingStates(drug);
        int n = codes.size();
        state = new int[n];
        lever = new Parameter[n];
        share = new double[n];
        area = new double[n];
        expected = new double[n];
        eradicated = new double[n];
        harvested = new double[n];
        java.util.Arrays.fill(slotOfState, -1);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            state[i] = Geography.stateIndex(codes.get(i));
            slotOfState[state[i]] = i;
            lever[i] = SupplyParameters.eradication(codes.get(i));
            share[i] = m.p(SupplyParameters.cultivationWeight(drug, codes.get(i)));
            sum += share[i];
        }
        for (int i = 0; i < n; i++) {
            share[i] /= sum;
        }
    }

    /** Fields at the start stand at the area each state's growers aim for under its start's eradication. */
    void initialize(double needed, double capacity, Sim m) {
        for (int i = 0; i < state.length; i++) {
            double c = capacity(i, capacity, m);
            double a = Math.max(needed * share[i] + c, c / MAX_ERADICATED_SHARE);
            area[i] = a;
            expected[i] = a > 0 ? Math.min(c, MAX_ERADICATED_SHARE * a) / a : 0;
        }
    }

    /** One month in every growing state: eradication, harvest, planting. Returns the hectares harvested in all. */
    double month(double needed, double capacity, Sim m) {
        double cycle = m.p(SupplyParameters.CROP_CYCLE);
        double adaptation = m.p(SupplyParameters.ADAPTATION);
        double replanting = m.p(SupplyParameters.REPLANTING);
        double newLand = m.p(SupplyParameters.NEW_PLANTING);
        double total = 0;
        for (int i = 0; i < state.length; i++) {
            double a = area[i];
            double e = Math.min(capacity(i, capacity, m), MAX_ERADICATED_SHARE * a);
            double surviving = a - e;
            eradicated[i] = e;
            harvested[i] = surviving / cycle;
            total += harvested[i];
            if (a > 0) {
                expected[i] += (e / a - expected[i]) / adaptation;
            }
            double goal = needed * share[i] / (1 - Math.min(0.95, expected[i]));
            double canPlant = replanting * e + newLand * goal;
            area[i] = surviving + Math.max(0, Math.min(goal - surviving, canPlant));
        }
        return total;
    }

    /** Hectares eradication can destroy in growing state i this month. */
    private double capacity(int i, double national, Sim m) {
        return national * share[i] * m.p(lever[i]);
    }

    /** Position of a state (world/Geography index) among the growing states, or -1. */
    int slot(int stateIndex) {
        return stateIndex >= 0 && stateIndex < slotOfState.length ? slotOfState[stateIndex] : -1;
    }

    double area(int slot) { return area[slot]; }
    double eradicated(int slot) { return eradicated[slot]; }
    double harvested(int slot) { return harvested[slot]; }
    double share(int slot) { return share[slot]; }

    /** Number of growing states. */
    int size() { return state.length; }

    double totalArea() { return sum(area); }
    double totalEradicated() { return sum(eradicated); }
    double totalHarvested() { return sum(harvested); }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
