package plaza.territory;

import java.util.List;

import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;

/**
 * What the contest asks of every organization, found once a month for all of them (no plaza
 * changes hands while organizations pick their targets): which plazas lie next to one each holds,
 * and how many plazas each attacks.
 */
final class Reach {

    private Reach() {}

    /**
     * For each organization (list order) and plaza (by index): whether the organization holds a
     * plaza next to it (a neighbour of it, or one it neighbours); one pass over the plazas'
     * neighbours for all organizations.
     */
    static boolean[][] nearHeld(List<Plaza> plazas, List<TraffickingOrganization> orgs) {
        int[] position = positionById(orgs);
        boolean[][] near = new boolean[orgs.size()][plazas.size()];
        for (Plaza x : plazas) {
            int c = x.controller() == null ? -1 : position(x.controller(), position);
            for (int n : x.neighbours()) {
                if (c >= 0) {
                    near[c][n] = true;
                }
                TraffickingOrganization d = plazas.get(n).controller();
                int k = d == null ? -1 : position(d, position);
                if (k >= 0) {
                    near[k][x.index()] = true;
                }
            }
        }
        return near;
    }

    /** Each organization's position in the list, by id (-1 for none). */
    private static int[] positionById(List<TraffickingOrganization> orgs) {
        int maxId = -1;
        for (TraffickingOrganization o : orgs) {
            maxId = Math.max(maxId, o.id());
        }
        int[] position = new int[maxId + 1];
        java.util.Arrays.fill(position, -1);
        for (int k = 0; k < orgs.size(); k++) {
            position[orgs.get(k).id()] = k;
        }
        return position;
    }

    private static int position(TraffickingOrganization o, int[] position) {
        return o.id() < position.length ? position[o.id()] : -1;
    }

    /** How many plazas each organization attacks, by organization id. */
    static int[] attacksById(List<Plaza> plazas, List<TraffickingOrganization> orgs) {
        int[] attacks = new int[positionById(orgs).length];
        for (Plaza z : plazas) {
            for (TraffickingOrganization a : z.attackers()) {
                if (a.id() < attacks.length) {
                    attacks[a.id()]++;
                }
            }
        }
        return attacks;
    }
}
