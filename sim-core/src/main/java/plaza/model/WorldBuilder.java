package plaza.model;

import ec.util.MersenneTwisterFast;
import plaza.agents.BorderCrossing;
import plaza.agents.Person;
import plaza.agents.Plaza;
import plaza.agents.Role;
import plaza.agents.TraffickingOrganization;
import plaza.core.Streams;
import plaza.core.World;
import plaza.params.JusticeParameters;
import plaza.params.OrganizationParameters;
import plaza.world.CrossingSite;
import plaza.world.Geography;
import plaza.world.PlazaSite;

/**
 * Initialization (January 1995): the plazas of the geography table (cities, ports, production
 * zones and one rest-of-state node per state) and 16 crossings; the initial
 * organizations, each holding the plazas nearest its home corridor, with members in proportion to
 * the corridor value they hold; leaders and lieutenants one-to-one, everyone else at the run's scale.
 */
final class WorldBuilder implements java.io.Serializable {

    private WorldBuilder() {}

    static void build(PlazaModel m) {
        MersenneTwisterFast r = m.stream("setup");
        int[][] neighbours = Geography.neighbours();
        double c0 = m.p(JusticeParameters.CORRUPTION_INITIAL);
        World w = m.world();
        for (int i = 0; i < Geography.SITES.size(); i++) {
            w.addPlaza(new Plaza(i, Geography.SITES.get(i), neighbours[i], c0));
        }
        for (int i = 0; i < Geography.CROSSINGS.size(); i++) {
            CrossingSite site = Geography.CROSSINGS.get(i);
            w.addCrossing(new BorderCrossing(i, site, Geography.siteIndex(site.plazaId())));
        }

        foundOrganizations(m, r);
        m.registry().drugMarket().initialize(m);
        m.registry().crops().initialize(m);
        m.registry().labs().initialize(m);
        m.registry().usLabs().initialize(m);
        m.registry().gunMarket().initialize(m);
        m.registry().recruitment().initialize(m);
        m.registry().institutions().initialize(m);
        m.registry().trafficking().initialize(m);
        m.registry().finance().initialize(m, m.organizations());
    }

    /**
     * The initial organizations hold the plazas nearest their home corridors, and each at least one border-crossing
     * city, and are staffed by the value they hold.
     */
    private static void foundOrganizations(PlazaModel m, MersenneTwisterFast r) {
        World w = m.world();
        int count = (int) m.p(OrganizationParameters.INITIAL_ORGANIZATIONS);
        double cohesion = m.p(OrganizationParameters.INITIAL_COHESION);
        TraffickingOrganization[] orgs = new TraffickingOrganization[count];
        int[] homes = new int[count];
        for (int k = 0; k < count; k++) {
            orgs[k] = new TraffickingOrganization(m.nextOrganizationId(), Geography.ORGANIZATION_NAMES[k], cohesion);
            homes[k] = Geography.siteIndex(Geography.HOME_CORRIDORS[k]);
            w.addOrganization(orgs[k]);
        }
        double[] value = new double[count];
        for (Plaza p : w.plazas()) {
            int best = 0;
            for (int k = 1; k < count; k++) {
                if (Geography.distance(p.index(), homes[k]) < Geography.distance(p.index(), homes[best])) {
                    best = k;
                }
            }
            p.setController(orgs[best]);
        }
        holdBorderCities(w, orgs, homes);
        for (Plaza p : w.plazas()) {
            for (int k = 0; k < count; k++) {
                if (p.controller() == orgs[k]) {
                    value[k] += p.value();
                }
            }
        }
        double totalValue = 0;
        for (double v : value) {
            totalValue += v;
        }

        double members = m.p(OrganizationParameters.MEMBERS_TOTAL);
        double enforcerShare = m.p(OrganizationParameters.ENFORCER_SHARE);
        int lieutenants = (int) m.p(OrganizationParameters.LIEUTENANTS);
        double scale = m.scale();
        for (int k = 0; k < count; k++) {
            TraffickingOrganization o = orgs[k];
            o.setLeader(new Person(m.nextPersonId(), Role.LEADER, o, homes[k], false, 1));
            for (int l = 0; l < lieutenants; l++) {
                o.addMember(new Person(m.nextPersonId(), Role.LIEUTENANT, o, homes[k], false, 1));
            }
            double real = members * value[k] / totalValue - 1 - lieutenants;
            int agents = Streams.stochasticRound(real / scale, r);
            int enforcers = (int) Math.round(agents * enforcerShare);
            for (int a = 0; a < agents; a++) {
                Role role = a < enforcers ? Role.ENFORCER : Role.TRAFFICKER;
                o.hire(role, m.nextPersonId(), homes[k], false, scale);
            }
        }
    }

    /**
     * Each founder operates across the border (002:58: the four main organizations worked on both sides of it;
     * 001:455-457: their plazas were the crossings into the U.S.): one holding no border-crossing city by
     * nearness takes the one nearest its home that is no founder's home.
     */
    private static void holdBorderCities(World w, TraffickingOrganization[] orgs, int[] homes) {
        for (int k = 0; k < orgs.length; k++) {
            Plaza nearest = null;
            boolean holds = false;
            for (Plaza p : w.plazas()) {
                if (p.site().kind() == PlazaSite.Kind.BORDER) {
                    holds |= p.controller() == orgs[k];
                    if (java.util.Arrays.stream(homes).anyMatch(h -> h == p.index())) {
                        continue; // a founder's home stays its own
                    }
                    if (nearest == null || Geography.distance(p.index(), homes[k]) < Geography.distance(nearest.index(), homes[k])) {
                        nearest = p;
                    }
                }
            }
            if (!holds && nearest != null) {
                nearest.setController(orgs[k]);
            }
        }
    }
}
