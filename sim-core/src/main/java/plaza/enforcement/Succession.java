package plaza.enforcement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Person;
import plaza.agents.Plaza;
import plaza.agents.Presence;
import plaza.agents.TraffickingOrganization;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.output.Event;
import plaza.output.Metric;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.params.ViolenceParameters;
import plaza.trafficking.Trafficking;
import plaza.world.Geography;

/**
 * Submodel "leadership removal, succession, fragmentation" (M1): when a leader falls, the most
 * senior lieutenant takes over; with probability split x (1 - cohesion) another lieutenant breaks
 * away with 30-50% of the members, cash and guns and a region of the plazas (the farthest from the
 * leader's seat and those nearest it, up to dto.split_region_share of their value: {@link #region}),
 * and the two feud, attacking each other's plazas for a while. Cohesion drops at each loss and
 * recovers slowly, so repeated blows make splits likelier. An organization with nobody left to lead
 * it dissolves into its largest rival. Sources: 001:463-469 (four organizations became at least
 * seven; smaller is not more manageable), 001:190-193 (splintered, not weakened), 001:492-501
 * (the enforcer wing that broke away), 002:58 (leadership hits in the 1990s).
 */
public final class Succession implements java.io.Serializable {

    /** Handles the loss of an organization's leader this month. */

    private final Trafficking trafficking;

    public Succession(Trafficking trafficking) {
        this.trafficking = trafficking;
    }

    public void onLeaderLoss(TraffickingOrganization o, Sim m) {
        ParameterValues p = m.params();
        MersenneTwisterFast r = m.stream("leader-removal");
        double cohesion = o.cohesion();
        o.markLeaderLoss();
        o.setCohesion(cohesion - p.get(OrganizationParameters.COHESION_LOSS));
        Person successor = o.promoteSuccessor(r);
        if (successor == null) {
            dissolveInto(o, largestOther(o, m), m);
            return;
        }
        m.event(Event.EventType.SUCCESSION, o.name(), m.plazas().get(successor.plaza()).name(), "successor #" + successor.id());
        double pSplit = p.get(OrganizationParameters.SPLIT_PROBABILITY) * (1 - cohesion);
        if (!o.lieutenants().isEmpty() && m.keyed("leader-removal", o.id(), 1) < pSplit) {
            double share = 0.3 + 0.2 * m.keyed("leader-removal", o.id(), 2);
            split(o, share, share, "breaks away", m, r);
        }
    }

    /**
     * A lieutenant breaks away with shares of the traffickers and of the enforcers (and the
     * enforcers' share of cash and guns) and a region of the parent's plazas ({@link #region}); the two
     * feud. Used after a leader's loss and, by {@code territory.Fragmentation}, when the enforcer
     * wing breaks away. A split divides territory: an organization holding fewer than two plazas
     * has none to give a faction, so its succession stays an internal fight (no new organization).
     * Returns the faction, or null if there was no lieutenant to lead it or no plaza to take.
     */
    public TraffickingOrganization split(TraffickingOrganization parent, double traffickers, double enforcers, String how,
                                         Sim m, MersenneTwisterFast r) {
        List<Plaza> held = new ArrayList<>();
        for (Plaza z : m.plazas()) {
            if (z.controller() == parent) {
                held.add(z);
            }
        }
        if (parent.lieutenants().isEmpty() || held.size() < 2) {
            return null;
        }
        ParameterValues p = m.params();
        TraffickingOrganization faction = new TraffickingOrganization(m.nextOrganizationId(),
                factionName(parent, m), p.get(OrganizationParameters.INITIAL_COHESION) * 0.8);
        Person head = parent.takeJuniorLieutenant();
        faction.setLeader(head);
        parent.transferShareTo(faction, traffickers, enforcers, r);
        List<Plaza> region = region(held, p.get(OrganizationParameters.SPLIT_REGION_SHARE));
        for (Plaza z : region) {
            z.setController(faction);
        }
        int taken = region.size();
        int feud = (int) p.get(ViolenceParameters.SUCCESSION_VIOLENCE);
        parent.declareEnemy(faction, feud);
        faction.declareEnemy(parent, feud);
        m.world().addOrganization(faction);
        trafficking.initializeRoutes(faction, m);
        m.tally().add(Metric.SPLITS, 1);
        // the event names the plaza the faction's region starts from (the farthest from the parent's seat)
        String where = region.get(0).name();
        m.event(Event.EventType.SPLIT, parent.name(), where, faction.name() + " " + how + " with " + taken + " plazas");
        return faction;
    }

    /**
     * The region a faction takes: the parent's plaza farthest from its seat (its most valuable plaza),
     * then the plazas nearest that one, while the faction's part of the value of the plazas the parent
     * held stays within {@code share} (at least one plaza; never the seat). A regional commander breaks
     * away with the territory he runs, far from the leader. {@code held} has at least two plazas.
     */
    static List<Plaza> region(List<Plaza> held, double share) {
        List<Plaza> byValue = new ArrayList<>(held);
        byValue.sort(Comparator.comparingDouble(Plaza::value).reversed().thenComparingInt(Plaza::index));
        Plaza seat = byValue.get(0);
        Plaza start = byValue.get(1);
        double total = 0;
        for (Plaza z : byValue) {
            total += z.value();
            if (Geography.distance(seat.index(), z.index()) > Geography.distance(seat.index(), start.index())) {
                start = z;
            }
        }
        Plaza from = start;
        List<Plaza> byNear = new ArrayList<>(byValue);
        byNear.remove(seat);
        byNear.sort(Comparator.comparingDouble((Plaza z) -> Geography.distance(from.index(), z.index())).thenComparingInt(Plaza::index));
        List<Plaza> region = new ArrayList<>();
        double got = 0;
        for (Plaza z : byNear) {
            if (!region.isEmpty() && got + z.value() > total * share) {
                break;
            }
            region.add(z);
            got += z.value();
        }
        return region;
    }

    /** The faction's name: its founding organization's name and the family's next number (never one in use or used before). */
    private static String factionName(TraffickingOrganization parent, Sim m) {
        String family = parent.name().contains("-") ? parent.name().substring(0, parent.name().indexOf('-')) : parent.name();
        return m.world().nextFactionName(family);
    }

    private static TraffickingOrganization largestOther(TraffickingOrganization o, Sim m) {
        TraffickingOrganization best = null;
        for (TraffickingOrganization x : m.organizations()) {
            if (x != o && x.alive() && (best == null || x.members() > best.members())) {
                best = x;
            }
        }
        return best;
    }

    /** Dissolves an organization into an heir: people, cash, guns and plazas move; attacks end. */
    public static void dissolveInto(TraffickingOrganization o, TraffickingOrganization heir, Sim m) {
        if (heir == null) {
            return;
        }
        String where = m.plazas().get(Presence.home(o, m.plazas())).name();
        o.transferAllTo(heir);
        for (Plaza z : m.plazas()) {
            if (z.controller() == o) {
                z.setController(heir);
            }
            z.removeAttacker(o);
        }
        o.dissolve();
        m.event(Event.EventType.ORGANIZATION_DISSOLVED, o.name(), where, "absorbed by " + heir.name());
    }
}
