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
            int left = Math.min(units - given, n);
            selectLargest(order, n, left, rem);
            for (int k = 0; k < left; k++) {
                out[order[k]]++;
            }
        }
        return out;
    }

    /** Whether index x comes before y: a larger remainder, or the same and the lower index. */
    private static boolean before(int x, int y, double[] rem) {
        return rem[x] > rem[y] || rem[x] == rem[y] && x < y;
    }

    /**
     * Moves the l indices with the largest remainders (ties to the lower index) among the first n
     * to the front, in no particular order: only which indices get a unit matters, so a selection
     * (Wirth's, in time proportional to n) does what a full sort did.
     */
    static void selectLargest(int[] a, int n, int l, double[] rem) {
        if (l <= 0 || l >= n) {
            return;
        }
        int k = l - 1;
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int pivot = a[k];
            int i = lo;
            int j = hi;
            do {
                while (before(a[i], pivot, rem)) {
                    i++;
                }
                while (before(pivot, a[j], rem)) {
                    j--;
                }
                if (i <= j) {
                    int t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            } while (i <= j);
            if (j < k) {
                lo = i;
            }
            if (k < i) {
                hi = j;
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
