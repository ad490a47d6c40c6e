package plaza.agents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.world.PlazaSite;

/**
 * Rule: a plaza is held by one organization or fought over by several; its police drift toward the
 * corruption that the bribes paid there and judicial reform imply, and its residents' trust (hence
 * crime reporting) falls with violence and rises with judicial capacity. Sources: 001:414-420
 * (violence concentrates in trafficking nodes), 001:524-536 (police corruption), 001:538-539
 * (three-quarters of crimes unreported), 001:352-354 (eroding confidence).
 */
public final class Plaza implements java.io.Serializable {

    private final int index;
    private final PlazaSite site;
    private final int[] neighbours;
    private TraffickingOrganization controller;
    private final ArrayList<TraffickingOrganization> attackers = new ArrayList<>();
    private final List<Person> soldiers = new ArrayList<>();
    private final Officers police = new Officers();
    private final List<TraffickingOrganization> attackerView = new ListView<>(attackers);
    private final List<Person> soldierView = Collections.unmodifiableList(soldiers);
    private final List<Person> policeView = new PoliceView();

    /** A read-only view of the packed officers (a named class, so a saved world can hold it). */
    private final class PoliceView extends java.util.AbstractList<Person> implements java.io.Serializable {
        @Override public Person get(int i) { return police.get(i); }
        @Override public int size() { return police.size(); }
    }
    private double corruption;
    private double trust = 1;
    private double bribesThisMonth;
    private double bribesLastMonth;
    private double predatoryExtortionThisMonth;
    private double homicidesThisMonth;
    private double tonsThroughThisMonth;
    private double valueThroughThisMonth;
    private double stake;
    private double homicidesTrailing12;
    private final double[] homicideHistory = new double[12];
    private double reformedPoliceOfficers;
    private double corruptOfficers;
    private int monthsContested;
    private double fighters;
    private double fighterLoad;

    public Plaza(int index, PlazaSite site, int[] neighbours, double initialCorruption) {
        this.index = index;
        this.site = site;
        this.neighbours = neighbours;
        this.corruption = initialCorruption;
        this.stake = site.corridorValue();
    }

    public int index() { return index; }
    /** Where the plaza is: city, port, production zone or rest of a state (see world/Geography). */
    public PlazaSite site() { return site; }
    /** The plaza's short ASCII id ({@code juarez}, {@code chih_rest}). */
    public String id() { return site.id(); }
    /** The plaza's name as written in Mexico (UTF-8), used in events. */
    public String name() { return site.name(); }
    /** The code of the state the plaza is in; state levers and outputs gather its plazas by it. */
    public String stateCode() { return site.stateCode(); }
    /** The state's position in world/Geography.STATES (-1 for a test plaza). */
    public int stateIndex() { return site.stateIndex(); }
    /** The state's name (its code for a test plaza outside the 32 states). */
    public String stateName() { return site.stateIndex() >= 0 ? plaza.world.Geography.STATES.get(site.stateIndex()).name() : site.stateCode(); }
    public double population() { return site.population(); }
    /**
     * What the plaza is worth fighting for: its stake, computed monthly from the value of the drugs
     * passing through it and its local rents (see trafficking/Stakes), in corridor-weight units
     * (the national total of 2005 equals the total corridor weight); it starts at the corridor weight.
     */
    public double value() { return stake; }
    /** The geography's fixed corridor weight (border, port, production), the stake's starting point. */
    public double corridorWeight() { return site.corridorValue(); }
    public void setStake(double s) { stake = s; }
    public int[] neighbours() { return neighbours; }
    public TraffickingOrganization controller() { return controller; }
    /** Read-only views: attacks start and end, and agents are stationed or withdrawn, through this plaza's methods. */
    public List<TraffickingOrganization> attackers() { return attackerView; }
    public List<Person> soldiers() { return soldierView; }
    public List<Person> police() { return policeView; }

    /** Soldier- or officer-agents stationed here. */
    public int count(Role role) { return role == Role.SOLDIER ? soldiers.size() : police.size(); }

    /** Stations a soldier or officer here (by its role). */
    public void station(Person p) {
        p.setPlaza(index);
        if (p.role() == Role.SOLDIER) {
            soldiers.add(p);
            return;
        }
        police.add(p, index);
    }

    /** Withdraws the last-stationed agent of the role. */
    public Person withdrawLast(Role role) {
        if (role == Role.SOLDIER) {
            return soldiers.remove(soldiers.size() - 1);
        }
        return police.removeLast();
    }

    /** Redraws the payroll status of the officer at position i with the plaza's corruption level. */
    public void redrawCorruption(int i, MersenneTwisterFast random) {
        police.redraw(i, corruption, random);
    }

    /** Removes the soldiers at the given ascending positions (deserters); returns them, last position first. */
    public List<Person> removeSoldiersAt(int[] positions) {
        return SwapRemove.positions(soldiers, positions);
    }
    public double corruption() { return corruption; }
    public double trust() { return trust; }
    public double homicidesThisMonth() { return homicidesThisMonth; }
    public double tonsThroughThisMonth() { return tonsThroughThisMonth; }
    public double homicidesTrailing12() { return homicidesTrailing12; }
    public double reformedPoliceOfficers() { return reformedPoliceOfficers; }
    /** Enforcers committed to the fight here this month (0 when not contested), and all fighters present over the plaza's capacity. */
    public double fighters() { return fighters; }
    public double fighterLoad() { return fighterLoad; }

    public void setFighting(double committed, double load) {
        fighters = committed;
        fighterLoad = load;
    }

    public boolean contested() { return !attackers.isEmpty(); }

    /** Months the current fight has lasted (0 when not contested). */
    public int monthsContested() { return monthsContested; }

    /** True if the organization holds or attacks this plaza. */
    public boolean involves(TraffickingOrganization o) {
        return controller == o || attackedBy(o);
    }

    /** True if the organization attacks this plaza ({@code attackers().contains(o)}, without the view; asked many times a month). */
    public boolean attackedBy(TraffickingOrganization o) {
        for (int i = 0, n = attackers.size(); i < n; i++) {
            if (attackers.get(i) == o) {
                return true;
            }
        }
        return false;
    }

    public void setController(TraffickingOrganization o) {
        controller = o;
        attackers.remove(o);
    }

    public void addAttacker(TraffickingOrganization o) {
        if (o != controller && !attackers.contains(o)) {
            attackers.add(o);
        }
    }

    public void removeAttacker(TraffickingOrganization o) {
        attackers.remove(o);
    }

    public void setReformedPolice(double officers) { reformedPoliceOfficers = officers; }

    /** Soldiers present, in real troops (every soldier-agent has the run's weight). */
    public double troops() {
        return soldiers.isEmpty() ? 0 : soldiers.size() * soldiers.get(0).weight();
    }

    /** Federal police present, in real officers. */
    public double policeOfficers() { return police.people(); }

    /** Recounts the officers on a payroll after the month's deployment and draws. */
    public void recountCorruptOfficers() {
        corruptOfficers = police.corruptPeople(); // the count is kept up to date: no walk over the officers
    }

    /** Officer-agents stationed here who are on a payroll (kept up to date, not recounted). */
    public int corruptOfficerAgents() { return police.corruptAgents(); }

    /**
     * Corruption seen by an operation here: half from local police, half from the federal officers
     * deployed (their monthly payroll draws; reformed, vetted officers count as clean). Where no
     * federal officers are present the local level applies throughout.
     */
    public double operationalCorruption() {
        double officers = reformedPoliceOfficers + policeOfficers();
        double federal = officers == 0 ? corruption : corruptOfficers / officers;
        return 0.5 * federal + 0.5 * corruption;
    }

    public void addBribes(double usd) { bribesThisMonth += usd; }

    /** Extortion and kidnapping taken here this month beyond the baseline rate (USD), M11, M12. */
    public void addPredatoryExtortion(double usd) { predatoryExtortionThisMonth += usd; }
    public double predatoryExtortion() { return predatoryExtortionThisMonth; }

    /** Bribes paid here last month (institutions adjust before this month's are paid). */
    public double bribesLastMonth() { return bribesLastMonth; }

    public void addHomicides(double h) { homicidesThisMonth += h; }

    /** Tons passing with their value on this leg of the route (USD). */
    public void addTonsThrough(double t, double usd) {
        tonsThroughThisMonth += t;
        valueThroughThisMonth += usd;
    }

    /** Value (USD at this leg's price) of the drugs that passed through this month. */
    public double valueThroughThisMonth() { return valueThroughThisMonth; }

    /** Start of month: clear the month's flows. */
    public void beginMonth() {
        bribesLastMonth = bribesThisMonth;
        bribesThisMonth = 0;
        predatoryExtortionThisMonth = 0;
        homicidesThisMonth = 0;
        tonsThroughThisMonth = 0;
        valueThroughThisMonth = 0;
    }

    /**
     * Corruption moves toward {@code target} at {@code speed}; trust moves toward
     * {@code trustTarget} at the same speed.
     */
    public void adjustInstitutions(double target, double trustTarget, double speed) {
        corruption += speed * (target - corruption);
        trust += speed * (trustTarget - trust);
    }

    /** End of month: roll the 12-month homicide window. */
    public void closeMonth(int monthIndex) {
        monthsContested = contested() ? monthsContested + 1 : 0;
        int slot = Math.floorMod(monthIndex, 12);
        homicidesTrailing12 += homicidesThisMonth - homicideHistory[slot];
        homicideHistory[slot] = homicidesThisMonth;
    }

    /** Annualized homicides per 100,000 residents over the last 12 months. */
    public double homicideRate() {
        return homicidesTrailing12 / population() * 1e5;
    }
}
