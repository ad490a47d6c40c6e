package plaza.trafficking;

import java.util.List;

import plaza.agents.BorderCrossing;
import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.core.Sim;
import plaza.institutions.Institutions;
import plaza.params.BorderParameters;
import plaza.world.Drug;

/**
 * How an organization weighs routes (M9, M10): its access to each border corridor, the expected
 * share lost on the way through a crossing, and the route mix it would choose now, capacity x
 * e^(-sensitivity x expected loss) over the crossings it can use. Used by {@link Trafficking}.
 */
final class RouteChoice implements java.io.Serializable {

    /** Structural choice: an attacker moves some product through a corridor it is fighting for, at a third of a holder's access. */
    private static final double ATTACKER_ACCESS = 0.3;


    /** Share of a shipment seized by enforcement in a plaza it passes. */

    private final Institutions institutions;
    private final BorderAgency border;

    RouteChoice(Institutions institutions, BorderAgency border) {
        this.institutions = institutions;
        this.border = border;
    }

    double plazaSeizure(Plaza z, Sim m) {
        return Math.min(0.9, m.p(BorderParameters.ENROUTE_2007) * institutions.effectiveness(z)
                * m.p(plaza.params.SupplyParameters.INTERDICTION_PUSH)); // 1 in the baseline
    }

    /** Access of an organization to a border plaza: 1 if held, partial if attacking, else 0. */
    private static double access(TraffickingOrganization o, Plaza z) {
        if (z.controller() == o) {
            return 1;
        }
        return z.attackers().contains(o) ? ATTACKER_ACCESS : 0;
    }

    /** Expected share lost between the border plaza and the U.S. through a crossing. */
    double crossingLoss(BorderCrossing c, Drug d, Sim m) {
        double plaza = plazaSeizure(m.plazas().get(c.plaza()), m);
        double crossing = border.seizureProbability(c, d, m);
        return 1 - (1 - plaza) * (1 - crossing);
    }

    /** The route mix an organization would choose now, over all crossings (zeros where no access). */
    double[] targetMix(TraffickingOrganization o, Drug d, Sim m) {
        double beta = m.p(BorderParameters.ROUTE_SENSITIVITY);
        List<BorderCrossing> crossings = m.crossings();
        double[] w = new double[crossings.size()];
        double total = 0;
        for (BorderCrossing c : crossings) {
            double a = access(o, m.plazas().get(c.plaza()));
            if (a > 0) {
                w[c.index()] = a * c.smugglingCapacity() * Math.exp(-beta * crossingLoss(c, d, m));
                total += w[c.index()];
            }
        }
        if (total > 0) {
            for (int i = 0; i < w.length; i++) {
                w[i] /= total;
            }
        }
        return w;
    }

    /** Organization's share of the U.S. market: border capacity it holds (attacked corridors count partly). */
    static double marketWeight(TraffickingOrganization o, Sim m) {
        double w = 0;
        for (BorderCrossing c : m.crossings()) {
            w += access(o, m.plazas().get(c.plaza())) * c.smugglingCapacity();
        }
        return w;
    }
}
