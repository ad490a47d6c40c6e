package plaza.output;

import java.util.List;


/**
 * Something discrete that happened: a leader removed, an organization split, a plaza taken.
 *
 * @param type         what happened
 * @param organization the organization concerned ("" if none)
 * @param plaza        the plaza concerned ("" if none)
 * @param detail       a few words more (successor, faction, size of a batch)
 * @param basePlaza    for a leader's removal, the plaza where the leader was based ("" otherwise)
 */
public record Event(EventType type, String organization, String plaza, String detail, String basePlaza) implements java.io.Serializable {

    /** The columns of events.csv after the run keys, declared once. */
    public static final List<Column<Event>> COLUMNS = List.of(
            new Column<>("event", Kind.KEY, "", "What happened (one of the event types, lower case)", e -> e.type().label()),
            new Column<>("organization", Kind.LABEL, "", "The organization concerned (empty if none)", Event::organization),
            new Column<>("plaza", Kind.LABEL, "", "The plaza concerned (empty if none)", Event::plaza),
            new Column<>("detail", Kind.LABEL, "", "A few words more: successor, faction, size of a batch", Event::detail),
            new Column<>("leader_plaza", Kind.LABEL, "", "For a leader arrested, killed or extradited: the plaza where the leader was based (empty otherwise)", Event::basePlaza));

    /** Kinds of event, as written in events.csv. */
    public enum EventType {
        LEADER_ARRESTED, LEADER_KILLED, LEADER_EXTRADITED, SUCCESSION, SPLIT, ORGANIZATION_DISSOLVED,
        PLAZA_ATTACKED, PLAZA_TAKEN, PLAZA_HELD, EXTRADITION_BATCH, TROOPS_DEPLOYED, LEVER_CHANGED,
        ALLIANCE_FORMED, ALLIANCE_BROKEN;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
