package plaza.violence;

import java.util.List;
import java.util.function.BiPredicate;

import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;

/**
 * Rule "organizations allocate their fighters across fronts" (M1, M4, M23): each organization
 * spreads its enforcers (deserters it hired included) over the plazas it is present in, in
 * proportion to their stakes ({@code Plaza.value()}), a front (a contested plaza it holds or
 * attacks) weighing {@code front weight} times a quiet plaza it only garrisons. A bigger pool sends
 * more fighters to every front (a joint front beside an ally counts as one, territory.Alliances),
 * more fronts spread them thinner, and a higher stake draws more of
 * them. A plaza's fighters are the sum over the sides present; a plaza holds at most
 * {@code cap per 1,000 residents} fighters at once (a saturation, not meant to bind in most
 * plaza-months), its load is fighters over that cap.
 *
 * <pre>
 * w_kz         = value_z x (front weight if z is a front of k, 1 if k holds z quietly, else 0)
 * fighters_kz  = enforcers_k x w_kz / sum_z w_kz
 * load_z       = sum_k fighters_kz / (cap x residents_z / 1000)
 * </pre>
 * Sources: 001:492-501 (deserters as the armed wing), 001:414-420 (fighting concentrates in the
 * contested trafficking nodes).
 */
final class Fronts implements java.io.Serializable {

    /** Fighters of each organization (list order) in each plaza, real persons. */
    final double[][] fighters;
    /** Fighters in each plaza, all sides. */
    final double[] total;
    /** Fighters over the plaza's capacity (1 = at saturation). */
    final double[] load;

    Fronts(List<TraffickingOrganization> orgs, List<Plaza> plazas, double frontWeight, double capPer1000) {
        this(orgs, plazas, frontWeight, capPer1000, (o, z) -> false);
    }

    /** With {@code joins}: whether an organization fights in a plaza alongside an ally (a joint front, weighed as a front). */
    Fronts(List<TraffickingOrganization> orgs, List<Plaza> plazas, double frontWeight, double capPer1000,
           BiPredicate<TraffickingOrganization, Plaza> joins) {
        fighters = new double[orgs.size()][plazas.size()];
        total = new double[plazas.size()];
        load = new double[plazas.size()];
        for (int k = 0; k < orgs.size(); k++) {
            TraffickingOrganization o = orgs.get(k);
            double sum = 0;
            for (Plaza z : plazas) {
                double w = 0;
                if (z.controller() == o) {
                    w = z.contested() ? frontWeight * z.value() : z.value();
                } else if (z.contested() && (z.attackedBy(o) || joins.test(o, z))) {
                    // an uncontested plaza has no attacker and no joint front (the partner and
                    // the enemy they fight would both have to be sides there): asked only of fights
                    w = frontWeight * z.value();
                }
                fighters[k][z.index()] = w;
                sum += w;
            }
            double pool = o.enforcerCount();
            if (sum > 0) {
                double[] row = fighters[k];
                for (int i = 0; i < row.length; i++) {
                    if (row[i] != 0) { // where the organization is not, its weight stays 0 and adds nothing
                        row[i] = pool * row[i] / sum;
                        total[i] += row[i];
                    }
                }
            }
        }
        for (Plaza z : plazas) {
            load[z.index()] = total[z.index()] / (capPer1000 * z.population() / 1000);
        }
    }

    /** Whether fighters beyond the plaza's capacity add no violence this month. */
    boolean saturated(int plaza) {
        return load[plaza] > 1;
    }
}
