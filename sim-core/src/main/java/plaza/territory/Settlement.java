package plaza.territory;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Plaza;
import plaza.agents.Presence;
import plaza.agents.TraffickingOrganization;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.finance.GunMarket;
import plaza.output.Event;

/**
 * Rule "contests are settled by firepower" (M1), part of {@code territorial-contest}: each contested
 * plaza is settled with a fixed monthly chance; the sides (holder and attackers) fight as
 * coalitions (allied sides together, with the allies that join the front: {@link Alliances}), the
 * odds of each coalition as its firepower squared; the plaza goes to the winning coalition's
 * holder if it is in it, else to its strongest side.
 *
 * <pre>
 * force_k,z  = enforcers_k x share of k's presence in z x lethality_k     (an ally joining a front
 *              counts the plaza at twice its value among its plazas, like an attack)
 * P(coalition c wins) = (sum_{k in c} force_k,z)^2 / sum_c' (...)^2
 * </pre>
 * Sources: 001:463-469, 001:414-420; pooling by allies is an assumption (001:453-458).
 */
final class Settlement implements java.io.Serializable {

    private Settlement() {}

    static void settle(Sim m, MersenneTwisterFast r, double resolution, GunMarket gunMarket, Alliances alliances) {
        double[][] share = Presence.shares(m.organizations(), m.plazas());
        for (Plaza z : m.plazas()) {
            if (!z.contested() && z.controller() != null) {
                continue;
            }
            if (z.attackers().isEmpty()) {
                continue;
            }
            if (m.keyed("territorial-contest", Streams.plazaKey(z.index()), 0) >= resolution) {
                continue;
            }
            List<TraffickingOrganization> sides = new ArrayList<>();
            if (z.controller() != null) {
                sides.add(z.controller());
            }
            sides.addAll(z.attackers());
            int[] coalition = new int[sides.size()];
            double[] own = new double[sides.size()];
            double[] w = new double[sides.size()];
            for (int i = 0; i < sides.size(); i++) {
                coalition[i] = i;
                for (int j = 0; j < i; j++) {
                    if (coalition[j] == j && alliances.allied(sides.get(i), sides.get(j))) {
                        coalition[i] = j;
                        break;
                    }
                }
                own[i] = force(sides.get(i), z, share, m, gunMarket);
                w[coalition[i]] += own[i];
            }
            joiners(z, sides, coalition, w, m, gunMarket, alliances);
            double total = 0;
            for (int i = 0; i < w.length; i++) {
                w[i] = coalition[i] == i ? w[i] * w[i] + 1e-9 : 0;
                total += w[i];
            }
            double u = m.keyed("territorial-contest", Streams.plazaKey(z.index()), 1) * total;
            int winner = 0;
            while (winner < w.length - 1 && u >= w[winner]) {
                u -= w[winner];
                winner++;
            }
            TraffickingOrganization won = winnerOf(winner, sides, coalition, own, z);
            TraffickingOrganization previous = z.controller();
            for (TraffickingOrganization s : sides) {
                z.removeAttacker(s);
            }
            z.setController(won);
            m.event(won == previous ? Event.EventType.PLAZA_HELD : Event.EventType.PLAZA_TAKEN, won.name(), z.name(),
                    previous == null ? "" : (won == previous ? "" : "from " + previous.name()));
        }
    }

    /** Allies that are not sides but join the front add their firepower to their partner's coalition. */
    private static void joiners(Plaza z, List<TraffickingOrganization> sides, int[] coalition, double[] w, Sim m,
                                GunMarket gunMarket, Alliances alliances) {
        if (alliances.standing() == 0) {
            return;
        }
        for (TraffickingOrganization o : m.organizations()) {
            TraffickingOrganization partner = alliances.joinedPartner(o, z);
            int i = partner == null ? -1 : sides.indexOf(partner);
            if (i >= 0) {
                w[coalition[i]] += o.enforcerCount() * jointShare(o, z, m) * gunMarket.lethality(o, m);
            }
        }
    }

    /** The share of an ally's presence it sends to a joint front: the plaza at twice its value, like an attack. */
    static double jointShare(TraffickingOrganization o, Plaza z, Sim m) {
        double total = 2 * z.value();
        for (Plaza x : m.plazas()) {
            if (x.controller() == o) {
                total += x.value();
            } else if (x.attackedBy(o)) {
                total += 2 * x.value();
            }
        }
        return total > 0 ? 2 * z.value() / total : 0;
    }

    private static double force(TraffickingOrganization s, Plaza z, double[][] share, Sim m, GunMarket gunMarket) {
        int k = m.organizations().indexOf(s);
        return k < 0 ? 0 : s.enforcerCount() * share[k][z.index()] * gunMarket.lethality(s, m);
    }

    /** The winning coalition's holder if it is in it, else its strongest side. */
    private static TraffickingOrganization winnerOf(int c, List<TraffickingOrganization> sides, int[] coalition, double[] own, Plaza z) {
        int best = -1;
        for (int i = 0; i < sides.size(); i++) {
            if (coalition[i] != c) {
                continue;
            }
            if (sides.get(i) == z.controller()) {
                return sides.get(i);
            }
            if (best < 0 || own[i] > own[best]) {
                best = i;
            }
        }
        return sides.get(best);
    }
}
