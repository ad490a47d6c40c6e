package plaza.core;

import plaza.world.Drug;

/**
 * The named {@link Channel}s through which one submodel passes a value to another. A channel has
 * one writer and is named in the {@link Submodel#writes()} of that writer and the
 * {@link Submodel#reads()} of every reader, so no value travels between mechanisms unannounced;
 * while an {@link AccessLog} observes them, every access is recorded for {@code DeclarationTest}.
 */
public final class Channels implements java.io.Serializable {

    private double[] crimesByPlaza;
    private double deserterPool;
    private double arrestsThisMonth;
    private double memberRisk;
    private double releasedPool;
    private double[] complaintsByPlaza;
    private double[] contestRestraint;
    private double convictionsThisMonth;
    private double membersKilledThisMonth;
    private final double[] expectedLoss = new double[Drug.values().length];
    private final double[] startExpectedLoss = new double[Drug.values().length];
    private AccessLog log;

    void observe(AccessLog l) {
        log = l;
    }

    /** Opens a month: the counts of this month start from zero. */
    void beginMonth() {
        arrestsThisMonth = 0;
        convictionsThisMonth = 0;
        membersKilledThisMonth = 0;
    }

    /** Crimes counted in each plaza last month (written by violence, read by police arrests); 0 before the first. */
    public double crimesLastMonth(int plaza) {
        read(Channel.CRIMES_BY_PLAZA);
        return crimesByPlaza == null ? 0 : crimesByPlaza[plaza];
    }

    /** All crimes last month, or infinity before the first month is recorded (crimes before the start are not counted). */
    public double totalCrimesLastMonth() {
        read(Channel.CRIMES_BY_PLAZA);
        if (crimesByPlaza == null) {
            return Double.POSITIVE_INFINITY;
        }
        double total = 0;
        for (double c : crimesByPlaza) {
            total += c;
        }
        return total;
    }

    public void setCrimes(double[] crimes) {
        wrote(Channel.CRIMES_BY_PLAZA);
        crimesByPlaza = crimes.clone();
    }

    /** Adds deserters willing to be hired (real persons; written by the military). */
    public void addDeserters(double persons) {
        wrote(Channel.DESERTER_POOL);
        deserterPool += persons;
    }

    /** Takes every deserter waiting to be hired (read and emptied by recruitment). */
    public double takeDeserters() {
        double d = taken(Channel.DESERTER_POOL, deserterPool);
        deserterPool = 0;
        return d;
    }

    /** Members arrested so far this month (written by police arrests, read by drug intelligence). */
    public double arrestsThisMonth() { return read(Channel.ARRESTS_THIS_MONTH, arrestsThisMonth); }

    public void addArrests(double persons) {
        wrote(Channel.ARRESTS_THIS_MONTH);
        arrestsThisMonth += persons;
    }

    /** Last month's chance that a member was killed or convicted (written after violence, read by recruitment). */
    public double memberRisk() { return read(Channel.MEMBER_RISK, memberRisk); }

    public void setMemberRisk(double risk) {
        wrote(Channel.MEMBER_RISK);
        memberRisk = risk;
    }

    /** Adds released or escaped prisoners going back to the trade (real persons; written by the courts). */
    public void addReleased(double persons) {
        wrote(Channel.RELEASED_POOL);
        releasedPool += persons;
    }

    /** Takes every released prisoner waiting to be hired (read and emptied by recruitment). */
    public double takeReleased() {
        double d = taken(Channel.RELEASED_POOL, releasedPool);
        releasedPool = 0;
        return d;
    }

    /** Complaints of abuses by troops in each plaza last month (written by desertions, read by institutions); 0 before the first. */
    public double complaintsLastMonth(int plaza) {
        read(Channel.COMPLAINTS_BY_PLAZA);
        return complaintsByPlaza == null ? 0 : complaintsByPlaza[plaza];
    }

    public void setComplaints(double[] complaints) {
        wrote(Channel.COMPLAINTS_BY_PLAZA);
        complaintsByPlaza = complaints.clone();
    }

    /**
     * Share of would-be attacks on a plaza that the protection regime lets happen (written by state
     * protection, read by the territorial contest); 1 = no restraint, also before it is first written.
     */
    public double contestRestraint(int plaza) {
        read(Channel.CONTEST_RESTRAINT);
        return contestRestraint == null ? 1 : contestRestraint[plaza];
    }

    public void setContestRestraint(double[] shares) {
        wrote(Channel.CONTEST_RESTRAINT);
        contestRestraint = new double[shares.length];
        for (int i = 0; i < shares.length; i++) {
            contestRestraint[i] = Math.max(0, Math.min(1, shares[i]));
        }
    }

    /** All crimes counted this month, read after violence has counted them (the impunity window). */
    public double crimesThisMonth() {
        read(Channel.CRIMES_BY_PLAZA);
        double total = 0;
        for (double c : crimesByPlaza == null ? new double[0] : crimesByPlaza) {
            total += c;
        }
        return total;
    }

    /** Verdicts of guilty so far this month (written by the courts, read after violence). */
    public double convictionsThisMonth() { return read(Channel.CONVICTIONS_THIS_MONTH, convictionsThisMonth); }

    public void addConvictions(double persons) {
        wrote(Channel.CONVICTIONS_THIS_MONTH);
        convictionsThisMonth += persons;
    }

    /** Members killed so far this month (written by violence, read by member risk). */
    public double membersKilledThisMonth() { return read(Channel.MEMBERS_KILLED_THIS_MONTH, membersKilledThisMonth); }

    public void addMembersKilled(double persons) {
        wrote(Channel.MEMBERS_KILLED_THIS_MONTH);
        membersKilledThisMonth += persons;
    }

    /**
     * A drug's tons-weighted expected loss to seizure on the routes planned this month (written by
     * route planning, read by the drug market, crops and labs); 0 before the first plan.
     */
    public double expectedLoss(Drug d) { return read(Channel.EXPECTED_LOSS, expectedLoss[d.ordinal()]); }

    /** The first expected loss planned for a drug: the reference of the price's risk factor. */
    public double startExpectedLoss(Drug d) { return read(Channel.EXPECTED_LOSS, startExpectedLoss[d.ordinal()]); }

    /** Sets a drug's expected loss, kept within [0, 0.9]; the first value set is kept as the reference. */
    public void setExpectedLoss(Drug d, double loss) {
        wrote(Channel.EXPECTED_LOSS);
        int i = d.ordinal();
        double l = Math.max(0, Math.min(0.9, loss));
        if (startExpectedLoss[i] == 0 && expectedLoss[i] == 0) {
            startExpectedLoss[i] = l;
        }
        expectedLoss[i] = l;
    }

    private void read(Channel c) {
        if (log != null) {
            log.channel(c, false);
        }
    }

    private double read(Channel c, double value) {
        read(c);
        return value;
    }

    private void wrote(Channel c) {
        if (log != null) {
            log.channel(c, true);
        }
    }

    /** A pool read and emptied. */
    private double taken(Channel c, double value) {
        wrote(c);
        return read(c, value);
    }
}
