package plaza.output;

/**
 * Something discrete that happened: a leader removed, an organization split, a plaza taken.
 *
 * @param type         what happened
 * @param organization the organization concerned ("" if none)
 * @param plaza        the plaza concerned ("" if none)
 * @param detail       a few words more (successor, faction, size of a batch)
 */
public record Event(EventType type, String organization, String plaza, String detail) {

    /** Kinds of event, as written in events.csv. */
    public enum EventType {
        LEADER_ARRESTED, LEADER_KILLED, LEADER_EXTRADITED, SUCCESSION, SPLIT, ORGANIZATION_DISSOLVED,
        PLAZA_ATTACKED, PLAZA_TAKEN, PLAZA_HELD, EXTRADITION_BATCH, TROOPS_DEPLOYED, LEVER_CHANGED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
