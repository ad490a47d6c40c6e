package plaza.core;

import java.util.ArrayList;
import java.util.List;

import plaza.agents.BorderCrossing;
import plaza.agents.ListView;
import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.output.Event;

/**
 * The shared world the submodels act on: plazas, crossings and organizations, the month's tally and
 * events, and the named {@link Channels} through which one submodel passes a value to another.
 */
public final class World implements java.io.Serializable {

    private final ArrayList<Plaza> plazas = new ArrayList<>();
    private final ArrayList<BorderCrossing> crossings = new ArrayList<>();
    private final ArrayList<TraffickingOrganization> organizations = new ArrayList<>();
    private final List<Plaza> plazaView = new ListView<>(plazas);
    private final List<BorderCrossing> crossingView = new ListView<>(crossings);
    private final List<TraffickingOrganization> organizationView = new ListView<>(organizations);
    private final MonthTally tally = new MonthTally();
    private final MoneyLedger ledger = new MoneyLedger();
    private final List<Event> events = new ArrayList<>();
    private final Channels channels = new Channels();
    private int nextPersonId;
    private int nextOrganizationId;
    /** Factions named so far in each founding organization's family (a name is never reused, even after its holder dissolved). */
    private final java.util.HashMap<String, Integer> factionsNamed = new java.util.HashMap<>();


    public List<Plaza> plazas() { return plazaView; }
    public List<BorderCrossing> crossings() { return crossingView; }

    /** Organizations still in existence, in order of founding (a read-only view). */
    public List<TraffickingOrganization> organizations() { return organizationView; }

    public MonthTally tally() { return tally; }
    public MoneyLedger ledger() { return ledger; }

    /** The named channels between submodels. */
    public Channels channels() { return channels; }

    /** Records every channel and tally access in {@code l} from now on (for the declaration check). */
    public void observe(AccessLog l) {
        channels.observe(l);
        tally.observe(l);
    }
    public int nextPersonId() { return nextPersonId++; }
    public int nextOrganizationId() { return nextOrganizationId++; }

    /** The next faction's name in a family: "Juarez-1", "Juarez-2", ..., counting every faction ever named, dissolved ones included. */
    public String nextFactionName(String family) {
        return family + "-" + factionsNamed.merge(family, 1, Integer::sum);
    }

    /** Adds a plaza at setup; its index is its position. */
    public void addPlaza(Plaza p) {
        plazas.add(p);
    }

    /** Adds a border crossing at setup; its index is its position. */
    public void addCrossing(BorderCrossing c) {
        crossings.add(c);
    }

    /** Adds a new organization (at the start, or a faction after a split). */
    public void addOrganization(TraffickingOrganization o) {
        organizations.add(o);
    }

    /** Removes organizations that have dissolved. */
    public void pruneOrganizations() {
        organizations.removeIf(o -> !o.alive());
    }

    public void event(Event.EventType type, String organization, String plaza, String detail) {
        events.add(new Event(type, organization, plaza, detail, ""));
    }

    /** An event about a leader: where it happened and the plaza where the leader was based. */
    public void event(Event.EventType type, String organization, String plaza, String detail, String basePlaza) {
        events.add(new Event(type, organization, plaza, detail, basePlaza));
    }

    /** The events of the month so far, in order (a copy). */
    public List<Event> events() { return new ArrayList<>(events); }

    /** Opens a month: flows and per-month agent counters start from zero. */
    public void beginMonth() {
        tally.begin();
        ledger.beginMonth();
        channels.beginMonth();
        for (Plaza p : plazas) {
            p.beginMonth();
        }
        for (BorderCrossing c : crossings) {
            c.beginMonth();
        }
        for (TraffickingOrganization o : organizations) {
            o.beginMonth();
        }
    }

    /**
     * Closes a month after recording. Events are cleared here, not at the start of a month, so that
     * events raised between months (a lever changed in the classroom) are recorded with the next month.
     */
    public void endMonth() {
        events.clear();
    }
}
