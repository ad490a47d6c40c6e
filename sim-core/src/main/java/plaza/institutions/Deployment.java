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
        while (given < units) {
            int best = -1;
            for (int i = 0; i < rem.length; i++) {
                if (weight[i] > 0 && (best < 0 || rem[i] > rem[best])) {
                    best = i;
                }
            }
            out[best]++;
            rem[best] = -1;
            given++;
        }
        return out;
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
