package plaza.institutions;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Person;
import plaza.agents.Plaza;
import plaza.agents.Role;
import plaza.core.Sim;

/**
 * Placing soldier- and officer-agents in plazas: whole agents apportioned to weights by largest
 * remainder, then moved (surplus first), created or retired so each plaza holds its share.
 * Shared by the military and the federal police.
 */
final class Deployment implements java.io.Serializable {

    private Deployment() {}

    /** Integer apportionment by largest remainder (deterministic: ties by index). */
    static int[] apportion(double[] weight, double total, int units) {
        int[] out = new int[weight.length];
        if (total <= 0 || units <= 0) {
            return out;
        }
        double[] rem = new double[weight.length];
        int given = 0;
        for (int i = 0; i < weight.length; i++) {
            double exact = units * weight[i] / total;
            out[i] = (int) Math.floor(exact);
            rem[i] = exact - out[i];
            given += out[i];
        }
        if (given < units) { // the largest remainders among positive weights, ties to the lower index
            int[] order = new int[rem.length];
            int n = 0;
            for (int i = 0; i < rem.length; i++) {
                if (weight[i] > 0) {
                    order[n++] = i;
                }
            }
            sortByRemainder(order, n, rem, new int[n]);
            for (int k = 0; k < n && given < units; k++) {
                out[order[k]]++;
                given++;
            }
        }
        return out;
    }

    /** Sorts the first n indices by remainder, largest first, ties to the lower index (a merge sort on primitives). */
    private static void sortByRemainder(int[] a, int n, double[] rem, int[] tmp) {
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    int x = a[i];
                    int y = a[j];
                    tmp[k++] = rem[x] > rem[y] || rem[x] == rem[y] && x < y ? a[i++] : a[j++];
                }
                while (i < mid) {
                    tmp[k++] = a[i++];
                }
                while (j < hi) {
                    tmp[k++] = a[j++];
                }
                System.arraycopy(tmp, lo, a, lo, hi - lo);
            }
        }
    }

    /** Moves, adds or removes agents of a role so each plaza has its desired count. */
    static void reassign(Sim m, int[] desired, Role role) {
        MersenneTwisterFast r = m.stream(role == Role.SOLDIER ? "military-deployment" : "police-deployment");
        List<Person> pool = new ArrayList<>();
        for (Plaza z : m.plazas()) {
            while (z.count(role) > desired[z.index()]) {
                pool.add(z.withdrawLast(role));
            }
        }
        for (Plaza z : m.plazas()) {
            while (z.count(role) < desired[z.index()]) {
                Person p;
                if (pool.isEmpty()) {
                    p = new Person(m.nextPersonId(), role, null, z.index(), role == Role.SOLDIER, m.scale());
                    if (role == Role.POLICE) {
                        p.drawCorruption(z.corruption(), r);
                    }
                } else {
                    p = pool.remove(pool.size() - 1);
                }
                z.station(p);
            }
        }
    }

}
