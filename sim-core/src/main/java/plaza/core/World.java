package plaza.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import plaza.agents.BorderCrossing;
import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.output.Event;

/**
 * The shared world the submodels act on: plazas, crossings and organizations, the month's tally and
 * events, and the named channels through which one submodel passes a value to another. A channel has
 * one writer and is named in the {@link Submodel#writes()} of that writer and the
 * {@link Submodel#reads()} of every reader, so no value travels between mechanisms unannounced.
 */
public final class World implements java.io.Serializable {

    /** Channel names, as they appear in submodel declarations. */
    public static final String CRIMES_LAST_MONTH = "crimesLastMonth";
    public static final String DESERTER_POOL = "deserterPool";
    public static final String ARRESTS_THIS_MONTH = "arrestsThisMonth";
    public static final String MEMBER_RISK = "memberRisk";
    public static final String RELEASED_POOL = "releasedPool";
    public static final String COMPLAINTS_BY_PLAZA = "complaintsByPlaza";
    public static final String CONTEST_RESTRAINT = "contestRestraint";

    private final List<Plaza> plazas = new ArrayList<>();
    private final List<BorderCrossing> crossings = new ArrayList<>();
    private final List<TraffickingOrganization> organizations = new ArrayList<>();
    private final List<Plaza> plazaView = Collections.unmodifiableList(plazas);
    private final List<BorderCrossing> crossingView = Collections.unmodifiableList(crossings);
    private final List<TraffickingOrganization> organizationView = Collections.unmodifiableList(organizations);
    private final MonthTally tally = new MonthTally();
    private final MoneyLedger ledger = new MoneyLedger();
    private final List<Event> events = new ArrayList<>();
    private int nextPersonId;
    private int nextOrganizationId;

    private double[] crimesLastMonth;
    private double deserterPool;
    private double arrestsThisMonth;
    private double memberRisk;
    private double releasedPool;
    private double[] complaintsByPlaza;
    private double[] contestRestraint;

    public List<Plaza> plazas() { return plazaView; }
    public List<BorderCrossing> crossings() { return crossingView; }

    /** Organizations still in existence, in order of founding (a read-only view). */
    public List<TraffickingOrganization> organizations() { return organizationView; }

    public MonthTally tally() { return tally; }
    public MoneyLedger ledger() { return ledger; }
    public int nextPersonId() { return nextPersonId++; }
    public int nextOrganizationId() { return nextOrganizationId++; }

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
        arrestsThisMonth = 0;
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

    // ---- channels ----

    /** Crimes counted in each plaza last month (written by violence, read by police arrests); null before the first. */
    public double crimesLastMonth(int plaza) {
        return crimesLastMonth == null ? 0 : crimesLastMonth[plaza];
    }

    /** All crimes last month, or infinity before the first month is recorded (crimes before the start are not counted). */
    public double totalCrimesLastMonth() {
        if (crimesLastMonth == null) {
            return Double.POSITIVE_INFINITY;
        }
        double total = 0;
        for (double c : crimesLastMonth) {
            total += c;
        }
        return total;
    }

    public void setCrimesLastMonth(double[] crimes) {
        crimesLastMonth = crimes.clone();
    }

    /** Adds deserters willing to be hired (real persons; written by the military). */
    public void addDeserters(double persons) {
        deserterPool += persons;
    }

    /** Takes every deserter waiting to be hired (read and emptied by recruitment). */
    public double takeDeserters() {
        double d = deserterPool;
        deserterPool = 0;
        return d;
    }

    /** Members arrested so far this month (written by police arrests, read by drug intelligence). */
    public double arrestsThisMonth() { return arrestsThisMonth; }

    public void addArrests(double persons) {
        arrestsThisMonth += persons;
    }

    /** Last month's chance that a member was killed or convicted (written after violence, read by recruitment). */
    public double memberRisk() { return memberRisk; }

    public void setMemberRisk(double risk) {
        memberRisk = risk;
    }

    /** Adds released or escaped prisoners going back to the trade (real persons; written by the courts). */
    public void addReleased(double persons) {
        releasedPool += persons;
    }

    /** Takes every released prisoner waiting to be hired (read and emptied by recruitment). */
    public double takeReleased() {
        double d = releasedPool;
        releasedPool = 0;
        return d;
    }

    /** Complaints of abuses by troops in each plaza last month (written by desertions, read by institutions); 0 before the first. */
    public double complaintsLastMonth(int plaza) {
        return complaintsByPlaza == null ? 0 : complaintsByPlaza[plaza];
    }

    public void setComplaints(double[] complaints) {
        complaintsByPlaza = complaints.clone();
    }

    /**
     * Share of would-be attacks on a plaza that the protection regime lets happen (written by state
     * protection, read by the territorial contest); 1 = no restraint, also before it is first written.
     */
    public double contestRestraint(int plaza) {
        return contestRestraint == null ? 1 : contestRestraint[plaza];
    }

    public void setContestRestraint(double[] shares) {
        contestRestraint = new double[shares.length];
        for (int i = 0; i < shares.length; i++) {
            contestRestraint[i] = Math.max(0, Math.min(1, shares[i]));
        }
    }
}
