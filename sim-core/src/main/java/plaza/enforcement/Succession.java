package plaza.enforcement;

import java.util.ArrayList;
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

/**
 * Submodel "leadership removal, succession, fragmentation" (M1): when a leader falls, the most
 * senior lieutenant takes over; with probability split x (1 - cohesion) another lieutenant breaks
 * away with 30-50% of the members, cash and guns and every third of the plazas (by value), and the
 * two feud, attacking each other's plazas for a while. Cohesion drops at each loss and
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
     * enforcers' share of cash and guns) and every third of the parent's plazas by value; the two
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
        held.sort((a, b) -> {
            int c = Double.compare(b.value(), a.value());
            return c != 0 ? c : Integer.compare(a.index(), b.index());
        });
        int taken = 0;
        for (int i = 1; i < held.size(); i += 3) {
            held.get(i).setController(faction);
            taken++;
        }
        int feud = (int) p.get(ViolenceParameters.SUCCESSION_VIOLENCE);
        parent.declareEnemy(faction, feud);
        faction.declareEnemy(parent, feud);
        m.world().addOrganization(faction);
        trafficking.initializeRoutes(faction, m);
        m.tally().add(Metric.SPLITS, 1);
        // the event names the faction's most valuable plaza
        String where = held.get(1).name();
        m.event(Event.EventType.SPLIT, parent.name(), where, faction.name() + " " + how + " with " + taken + " plazas");
        return faction;
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
