package plaza.agents;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.market.Drug;

/**
 * Rule: an organization sells drugs through the plazas it holds, spends its revenue on wages, bribes
 * and guns, recruits as many members as it can pay, attacks a rival's plaza when the rival looks
 * weak, and may split into factions when its leader falls. Sources: 001:463-469 (fragmentation),
 * 004:63 and 004:165 (revenue buys corruption, arms, personnel), 001:396-407 and 001:812-816
 * (diversification into extortion), 001:492-501 (deserters as enforcers).
 *
 * <p>This class holds the organization's state and the bookkeeping that keeps its members and
 * money consistent; the decisions that involve other agents live in the mechanisms
 * ({@code plaza.mechanisms}): finance, recruitment, territorial contests, succession.
 */
public final class TraffickingOrganization {

    private final int id;
    private final String name;
    private Person leader;
    private final List<Person> lieutenants = new ArrayList<>();
    private final List<Person> traffickers = new ArrayList<>();
    private final List<Person> enforcers = new ArrayList<>();
    private double trainedEnforcerWeight;
    private double cash;
    private double arsenal;
    private double cohesion;
    private final double[] revenueByDrug = new double[Drug.values().length];
    private double extortionRevenue;
    private double bribes;
    private double payroll;
    private double predation;
    private double netRevenue;
    private boolean unpaid;
    private int monthsSinceLeaderLoss = 1000;
    private boolean alive = true;
    /** Per drug: route mix over (border plaza, crossing) options, kept between months (inertia). */
    private final double[][] routeMix = new double[Drug.values().length][];
    private final double[] expectedLoss = new double[Drug.values().length];
    private final List<TraffickingOrganization> enemies = new ArrayList<>();
    private final List<Integer> enemyMonthsLeft = new ArrayList<>();

    public TraffickingOrganization(int id, String name, double cohesion) {
        this.id = id;
        this.name = name;
        this.cohesion = cohesion;
    }

    public int id() { return id; }
    public String name() { return name; }
    public Person leader() { return leader; }
    public List<Person> lieutenants() { return lieutenants; }
    public List<Person> traffickers() { return traffickers; }
    public List<Person> enforcers() { return enforcers; }
    public double cash() { return cash; }
    public double arsenal() { return arsenal; }
    public double cohesion() { return cohesion; }
    public double predation() { return predation; }
    public boolean unpaid() { return unpaid; }
    public boolean alive() { return alive; }
    public int monthsSinceLeaderLoss() { return monthsSinceLeaderLoss; }
    public double[] routeMix(Drug d) { return routeMix[d.ordinal()]; }
    public double expectedLoss(Drug d) { return expectedLoss[d.ordinal()]; }
    public double revenue(Drug d) { return revenueByDrug[d.ordinal()]; }
    public double extortionRevenue() { return extortionRevenue; }
    public double bribes() { return bribes; }
    public double payroll() { return payroll; }

    public void setLeader(Person p) {
        leader = p;
        if (p != null) {
            p.promote(Role.LEADER);
            p.setOrganization(this);
        }
    }

    public void setRouteMix(Drug d, double[] mix) { routeMix[d.ordinal()] = mix; }
    public void setExpectedLoss(Drug d, double loss) { expectedLoss[d.ordinal()] = loss; }
    public void setCohesion(double c) { cohesion = Math.max(0, Math.min(1, c)); }
    public void setPredation(double p) { predation = p; }

    /** Revenue that reached the organization this month: drug sales less cash seized going south, plus extortion. */
    public double netRevenue() { return netRevenue; }
    public void setNetRevenue(double usd) { netRevenue = usd; }
    public void setUnpaid(boolean u) { unpaid = u; }
    public void markLeaderLoss() { monthsSinceLeaderLoss = 0; }

    /** Total members in real persons (leader and lieutenants count one each). */
    public double members() {
        return (leader != null ? 1 : 0) + lieutenants.size() + weight(traffickers) + weight(enforcers);
    }

    /** Armed members in real persons. */
    public double enforcerCount() {
        return weight(enforcers);
    }

    /** Share of enforcers (by weight) with military training. */
    public double trainedShare() {
        double e = weight(enforcers);
        return e == 0 ? 0 : trainedEnforcerWeight / e;
    }

    private static double weight(List<Person> list) {
        return list.isEmpty() ? 0 : list.size() * list.get(0).weight();
    }

    /** Adds an active rank-and-file member. */
    public void addMember(Person p) {
        p.setOrganization(this);
        if (p.role() == Role.ENFORCER) {
            enforcers.add(p);
            if (p.militaryTraining()) {
                trainedEnforcerWeight += p.weight();
            }
        } else if (p.role() == Role.LIEUTENANT) {
            lieutenants.add(p);
        } else {
            traffickers.add(p);
        }
    }

    /** Removes a random rank-and-file member of the role (swap-remove, O(1)); null if none. */
    public Person removeRandom(Role role, MersenneTwisterFast random) {
        List<Person> list = role == Role.ENFORCER ? enforcers : traffickers;
        if (list.isEmpty()) {
            return null;
        }
        return removeAt(list, random.nextInt(list.size()));
    }

    /** Removes the member at position i of the list (swap with last). */
    public Person removeAt(List<Person> list, int i) {
        Person p = list.get(i);
        Person last = list.remove(list.size() - 1);
        if (i < list.size()) {
            list.set(i, last);
        }
        if (list == enforcers && p.militaryTraining()) {
            trainedEnforcerWeight -= p.weight();
        }
        return p;
    }

    /** Removes a lieutenant (arrested, killed or promoted). */
    public void removeLieutenant(Person p) {
        lieutenants.remove(p);
    }

    /** Promotes the most senior lieutenant (or, lacking one, a trafficker) to leader; null if nobody is left. */
    public Person promoteSuccessor(MersenneTwisterFast random) {
        Person next = null;
        if (!lieutenants.isEmpty()) {
            next = lieutenants.remove(0);
        } else if (!traffickers.isEmpty()) {
            next = removeAt(traffickers, random.nextInt(traffickers.size()));
        }
        setLeader(next);
        return next;
    }

    // ---- money: every change goes through these so the ledger balances ----

    public void earnDrugRevenue(Drug d, double usd) {
        revenueByDrug[d.ordinal()] += usd;
        cash += usd;
    }

    public void earnExtortion(double usd) {
        extortionRevenue += usd;
        cash += usd;
    }

    /** Takes up to {@code usd} from cash and returns what was actually taken. */
    public double spend(double usd) {
        double s = Math.max(0, Math.min(cash, usd));
        cash -= s;
        return s;
    }

    public void recordPayroll(double usd) { payroll += usd; }
    public void recordBribes(double usd) { bribes += usd; }

    public void addArsenal(double guns) { arsenal = Math.max(0, arsenal + guns); }
    public void receiveCash(double usd) { cash += usd; }

    /** Start of month: clear flows, age the clock since the last leadership loss. */
    public void beginMonth() {
        java.util.Arrays.fill(revenueByDrug, 0);
        extortionRevenue = 0;
        netRevenue = 0;
        bribes = 0;
        payroll = 0;
        monthsSinceLeaderLoss++;
        for (int i = enemies.size() - 1; i >= 0; i--) {
            int left = enemyMonthsLeft.get(i) - 1;
            if (left <= 0 || !enemies.get(i).alive()) {
                enemies.remove(i);
                enemyMonthsLeft.remove(i);
            } else {
                enemyMonthsLeft.set(i, left);
            }
        }
    }

    public double drugRevenue() {
        double r = 0;
        for (double v : revenueByDrug) {
            r += v;
        }
        return r;
    }

    /** Declares a feud (after a split) lasting {@code months}. */
    public void declareEnemy(TraffickingOrganization other, int months) {
        int i = enemies.indexOf(other);
        if (i >= 0) {
            enemyMonthsLeft.set(i, Math.max(months, enemyMonthsLeft.get(i)));
        } else {
            enemies.add(other);
            enemyMonthsLeft.add(months);
        }
    }

    public boolean isEnemy(TraffickingOrganization other) {
        return enemies.contains(other);
    }

    /** The organization ceases to exist; its remaining people and money must have been moved first. */
    public void dissolve() {
        alive = false;
    }

    /** Moves everything to {@code heir}; returns the cash moved. */
    public double transferAllTo(TraffickingOrganization heir) {
        for (Person p : traffickers) {
            heir.addMember(p);
        }
        for (Person p : enforcers) {
            heir.addMember(p);
        }
        for (Person p : lieutenants) {
            p.promote(Role.TRAFFICKER);
            heir.traffickers.add(p);
            p.setOrganization(heir);
        }
        if (leader != null) {
            leader.promote(Role.TRAFFICKER);
            heir.traffickers.add(leader);
            leader.setOrganization(heir);
        }
        traffickers.clear();
        enforcers.clear();
        lieutenants.clear();
        leader = null;
        trainedEnforcerWeight = 0;
        heir.arsenal += arsenal;
        arsenal = 0;
        double c = cash;
        heir.cash += c;
        cash = 0;
        return c;
    }

    /** Moves a share of members, cash and guns to a new faction (a split); returns the cash moved. */
    public double transferShareTo(TraffickingOrganization faction, double share, MersenneTwisterFast random) {
        int nt = (int) Math.round(traffickers.size() * share);
        for (int i = 0; i < nt && !traffickers.isEmpty(); i++) {
            faction.addMember(removeAt(traffickers, random.nextInt(traffickers.size())));
        }
        int ne = (int) Math.round(enforcers.size() * share);
        for (int i = 0; i < ne && !enforcers.isEmpty(); i++) {
            faction.addMember(removeAt(enforcers, random.nextInt(enforcers.size())));
        }
        double guns = arsenal * share;
        arsenal -= guns;
        faction.arsenal += guns;
        double c = cash * share;
        cash -= c;
        faction.cash += c;
        return c;
    }

    @Override
    public String toString() {
        return name;
    }
}
