package plaza.core;

/**
 * The named channels of the {@link World}: values one submodel leaves for another. Each has one
 * writer; the writer names it in its {@link Submodel#writes()}, every reader in its
 * {@link Submodel#reads()}, and {@code DeclarationTest} fails when a submodel touches a channel it
 * does not declare (the world records every access while the test runs).
 */
public enum Channel {
    CRIMES_BY_PLAZA("crimesByPlaza", "crimes counted in each plaza in the month (violence; arrests read them the next month, the impunity window the same month)"),
    DESERTER_POOL("deserterPool", "deserters willing to be hired (desertions; emptied by recruitment)"),
    ARRESTS_THIS_MONTH("arrestsThisMonth", "members arrested so far this month (arrests; read by extraditions)"),
    CONVICTIONS_THIS_MONTH("convictionsThisMonth", "verdicts of guilty this month (verdicts; read by the impunity window and member risk)"),
    MEMBERS_KILLED_THIS_MONTH("membersKilledThisMonth", "members killed this month (violence; read by member risk)"),
    MEMBER_RISK("memberRisk", "last month's chance that a member was killed or convicted (member risk; read by recruitment)"),
    RELEASED_POOL("releasedPool", "released or escaped prisoners going back to the trade (verdicts; emptied by recruitment)"),
    COMPLAINTS_BY_PLAZA("complaintsByPlaza", "complaints against troops in each plaza last month (desertions; read by institutions)"),
    CONTEST_RESTRAINT("contestRestraint", "share of would-be attacks on each plaza the protection regime lets happen (state protection; read by the territorial contest)"),
    EXPECTED_LOSS("expectedLoss", "each drug's tons-weighted expected loss to seizure on the planned routes, and its first value (route planning; read by the drug market, crops, labs and shipments through the price)");

    private final String label;
    private final String meaning;

    Channel(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** The name used in the generated documentation. */
    public String label() { return label; }

    /** What it carries, who writes it and who reads it. */
    public String meaning() { return meaning; }

    @Override
    public String toString() { return label; }
}
