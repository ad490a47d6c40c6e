package plaza.agents;

import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.world.Drug;

/**
 * Rule: an organization sells drugs through the plazas it holds, spends its revenue on wages, bribes
 * and guns, recruits as many members as it can pay, attacks a rival's plaza when the rival looks
 * weak, and may split into factions when its leader falls. Sources: 001:463-469, 004:63, 004:165,
 * 001:396-407, 001:812-816, 001:492-501. This class holds the organization's state and the
 * bookkeeping that keeps its members, money and expected income consistent; the decisions that
 * involve other agents live in the submodels (finance, recruitment, contests, succession).
 */
public final class TraffickingOrganization implements java.io.Serializable {

    private final int id;
    private final String name;
    private Person leader;
    private final Ranks ranks = new Ranks(this);
    private double cash, arsenal, cohesion;
    private final double[] revenueByDrug = new double[Drug.values().length];
    private double extortionRevenue, bribes, payroll;
    private double predation;
    private double netRevenue;
    private boolean unpaid;
    private int monthsSinceLeaderLoss = 1000;
    private boolean alive = true;
    /** Per drug: route mix over (border plaza, crossing) options, kept between months (inertia). */
    private final double[][] routeMix = new double[Drug.values().length][];
    private final double[] expectedLoss = new double[Drug.values().length];
    private final Feuds feuds = new Feuds();
    private final IncomeMemory incomeMemory = new IncomeMemory();

    public TraffickingOrganization(int id, String name, double cohesion) {
        this.id = id;
        this.name = name;
        this.cohesion = cohesion;
    }

    public int id() { return id; }
    public String name() { return name; }
    public Person leader() { return leader; }
    /** Read-only views: membership changes go through the organization's own methods. */
    public List<Person> lieutenants() { return ranks.lieutenantView(); }
    public List<Person> traffickers() { return ranks.traffickerView(); }
    public List<Person> enforcers() { return ranks.enforcerView(); }
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
    /** Recent and reference levels of its drug income (finance.Predation); they move with members in splits and mergers. */
    public IncomeMemory incomeMemory() { return incomeMemory; }

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
        return (leader != null ? 1 : 0) + ranks.people();
    }

    /** Armed members in real persons. */
    public double enforcerCount() { return ranks.enforcerWeight(); }

    /** Share of enforcers (by weight) with military training. */
    public double trainedShare() { return ranks.trainedShare(); }

    /** Adds an active rank-and-file member. */
    public void addMember(Person p) {
        p.setOrganization(this);
        ranks.add(p);
    }

    /** Adds a rank-and-file member without making an object (a hire): as {@code addMember(new Person(id, role, this, ...))}. */
    public void hire(Role role, int id, int plaza, boolean trained, double weight) {
        if (role == Role.LIEUTENANT) {
            addMember(new Person(id, role, this, plaza, trained, weight));
        } else {
            ranks.add(role, id, plaza, trained, weight);
        }
    }

    /** Removes a random rank-and-file member of the role (swap-remove, O(1)) as a person (for the courts); null if none. */
    public Person removeRandom(Role role, MersenneTwisterFast random) {
        Members list = ranks.list(role);
        return list.isEmpty() ? null : ranks.removeRandom(list, random);
    }

    /** As {@link #removeRandom} (the same draw) for a member the model does not follow (killed): returns the people they stood for, 0 if none. */
    public double dropRandom(Role role, MersenneTwisterFast random) {
        Members list = ranks.list(role);
        return list.isEmpty() ? 0 : ranks.dropAt(list, random.nextInt(list.size()));
    }

    /** Removes members at ascending positions (a {@code Streams.select} hazard) whom the model does not follow (they quit); returns the people. */
    public double dropAt(Role role, int[] positions) {
        return ranks.dropAt(ranks.list(role), positions);
    }

    /** Rank-and-file members of a role, in agents. */
    public int agents(Role role) { return ranks.list(role).size(); }

    /** Takes the most junior lieutenant out of the ranks (to lead a breakaway faction); null if none. */
    public Person takeJuniorLieutenant() {
        return ranks.lieutenants.isEmpty() ? null : ranks.lieutenants.remove(ranks.lieutenants.size() - 1);
    }

    /** Removes a lieutenant (arrested, killed or promoted). */
    public void removeLieutenant(Person p) { ranks.lieutenants.remove(p); }

    /** Promotes the most senior lieutenant (or, lacking one, a trafficker) to leader; null if nobody is left. */
    public Person promoteSuccessor(MersenneTwisterFast random) {
        Person next = null;
        if (!ranks.lieutenants.isEmpty()) {
            next = ranks.lieutenants.remove(0);
        } else if (!ranks.traffickers.isEmpty()) {
            next = ranks.removeRandom(ranks.traffickers, random);
        }
        setLeader(next);
        return next;
    }

    // ---- money: only the world's MoneyLedger calls these, so every change is recorded ----

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
        feuds.age();
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
        feuds.declare(other, months);
    }

    public boolean isEnemy(TraffickingOrganization other) {
        return feuds.contains(other);
    }

    /** The organization ceases to exist; its remaining people and money must have been moved first. */
    public void dissolve() {
        alive = false;
    }

    /** Moves everything to {@code heir}: lieutenants and the leader join it as traffickers; returns the cash moved. */
    public double transferAllTo(TraffickingOrganization heir) {
        ranks.moveAllTo(heir.ranks);
        if (leader != null) {
            leader.promote(Role.TRAFFICKER);
            heir.addMember(leader);
        }
        leader = null;
        heir.arsenal += arsenal;
        arsenal = 0;
        double c = cash;
        heir.cash += c;
        cash = 0;
        heir.incomeMemory.absorb(incomeMemory);
        return c;
    }

    /** Moves shares of traffickers and of enforcers, and the enforcers' share of cash and guns, to a new faction (a split); returns the cash moved. */
    public double transferShareTo(TraffickingOrganization faction, double traffickers, double share, MersenneTwisterFast random) {
        for (Role role : new Role[] {Role.TRAFFICKER, Role.ENFORCER}) {
            Members list = ranks.list(role);
            int n = (int) Math.round(list.size() * (role == Role.TRAFFICKER ? traffickers : share));
            for (int i = 0; i < n && !list.isEmpty(); i++) {
                ranks.moveRandom(role, faction.ranks, random);
            }
        }
        double guns = arsenal * share;
        arsenal -= guns;
        faction.arsenal += guns;
        double c = cash * share;
        cash -= c;
        faction.cash += c;
        incomeMemory.splitTo(faction.incomeMemory, share); // the income it expects leaves with the members
        return c;
    }

    @Override
    public String toString() {
        return name;
    }
}
