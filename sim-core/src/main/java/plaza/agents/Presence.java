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
        int n = orgs.size();
        double[][] out = new double[n][plazas.size()];
        if (n == 0) {
            return out;
        }
        // each plaza's holder and attackers are found by id (a handful of organizations, 32 plazas):
        // one pass over the plazas instead of asking every plaza about every organization
        int maxId = 0;
        for (int k = 0; k < n; k++) {
            maxId = Math.max(maxId, orgs.get(k).id());
        }
        int[] position = new int[maxId + 1];
        java.util.Arrays.fill(position, -1);
        for (int k = 0; k < n; k++) {
            position[orgs.get(k).id()] = k;
        }
        double[] total = new double[n];
        for (int i = 0, np = plazas.size(); i < np; i++) {
            Plaza z = plazas.get(i);
            int c = positionOf(z.controller(), orgs, position);
            if (c >= 0) {
                out[c][z.index()] = z.value();
                total[c] += z.value();
            }
            List<TraffickingOrganization> attackers = z.attackers();
            for (int a = 0, na = attackers.size(); a < na; a++) {
                int k = positionOf(attackers.get(a), orgs, position);
                if (k >= 0 && k != c && out[k][z.index()] == 0) {
                    double w = 2 * z.value();
                    out[k][z.index()] = w;
                    total[k] += w;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            if (total[k] > 0) {
                double[] row = out[k];
                for (int i = 0; i < row.length; i++) {
                    if (row[i] != 0) { // most plazas hold none of an organization's members
                        row[i] /= total[k];
                    }
                }
            }
        }
        return out;
    }

    /** The organization's position in {@code orgs}, or -1 if it is not there (or null). */
    private static int positionOf(TraffickingOrganization o, List<TraffickingOrganization> orgs, int[] position) {
        if (o == null || o.id() < 0 || o.id() >= position.length) {
            return -1;
        }
        int k = position[o.id()];
        return k >= 0 && orgs.get(k) == o ? k : -1;
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
