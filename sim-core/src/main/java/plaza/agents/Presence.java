package plaza.agents;

import java.util.List;

/**
 * Where an organization's members are: spread over the plazas it holds in proportion to their
 * corridor value, and over the plazas it attacks at twice that weight (fighters go to the front).
 * Returns, for each organization in list order, the share of its members in each plaza.
 */
public final class Presence implements java.io.Serializable {

    private Presence() {}

    /** The first plaza (by index) the organization holds, where its new members start; 0 if none. */
    public static int home(TraffickingOrganization o, List<Plaza> plazas) {
        for (Plaza z : plazas) {
            if (z.controller() == o) {
                return z.index();
            }
        }
        return 0;
    }

    public static double[][] shares(List<TraffickingOrganization> orgs, List<Plaza> plazas) {
        double[][] out = new double[orgs.size()][plazas.size()];
        for (int k = 0; k < orgs.size(); k++) {
            TraffickingOrganization o = orgs.get(k);
            double total = 0;
            for (Plaza z : plazas) {
                double w = 0;
                if (z.controller() == o) {
                    w = z.value();
                } else if (z.attackedBy(o)) {
                    w = 2 * z.value();
                }
                out[k][z.index()] = w;
                total += w;
            }
            if (total > 0) {
                for (int i = 0; i < plazas.size(); i++) {
                    out[k][i] /= total;
                }
            }
        }
        return out;
    }

    /**
     * Enforcement pressure on each organization (list order): the troop strength (0..1) of the
     * plazas where its members are, weighted by its presence there, plus 1 within twelve months of
     * losing a leader (M23; read by violence and by the transit zone).
     */
    public static double[] pressure(List<TraffickingOrganization> orgs, List<Plaza> plazas, double[] troopStrength) {
        double[][] share = shares(orgs, plazas);
        double[] out = new double[orgs.size()];
        for (int k = 0; k < orgs.size(); k++) {
            double troops = 0;
            for (Plaza z : plazas) {
                troops += share[k][z.index()] * troopStrength[z.index()];
            }
            out[k] = troops + (orgs.get(k).monthsSinceLeaderLoss() < 12 ? 1 : 0);
        }
        return out;
    }

    /** What an organization holds: corridor value, residents, plazas held and fronts (contested held plazas plus attacks). */
    public record Holdings(double value, double residents, int held, int fronts) implements java.io.Serializable {}

    public static Holdings holdings(TraffickingOrganization o, List<Plaza> plazas) {
        double value = 0;
        double residents = 0;
        int held = 0;
        int fronts = 0;
        for (Plaza z : plazas) {
            if (z.controller() == o) {
                value += z.value();
                residents += z.population();
                held++;
                if (z.contested()) {
                    fronts++;
                }
            } else if (z.attackedBy(o)) {
                fronts++;
            }
        }
        return new Holdings(value, residents, held, fronts);
    }
}
