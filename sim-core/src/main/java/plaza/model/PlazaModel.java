package plaza.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agencies.BorderAgency;
import plaza.agencies.Courts;
import plaza.agencies.DrugIntelligence;
import plaza.agencies.FederalPolice;
import plaza.agencies.FinancialIntelligence;
import plaza.agencies.FirearmsAgency;
import plaza.agencies.MexicanMilitary;
import plaza.agents.BorderCrossing;
import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.funding.MeridaInitiative;
import plaza.funding.SecurityBudgets;
import plaza.market.DrugMarket;
import plaza.market.GunMarket;
import plaza.mechanisms.Institutions;
import plaza.mechanisms.OrganizationFinance;
import plaza.mechanisms.Recruitment;
import plaza.mechanisms.Succession;
import plaza.mechanisms.TerritorialContest;
import plaza.mechanisms.Trafficking;
import plaza.mechanisms.Violence;
import plaza.output.Event;
import plaza.output.RunListener;
import plaza.params.Parameter;
import plaza.params.ParameterValues;
import sim.engine.SimState;
import sim.field.network.Network;

/**
 * The Plaza model: the U.S.-Mexico drug trade as a MASON simulation, one step per month.
 *
 * <p>This class wires the world (plazas, crossings, organizations, people), the agencies, funding
 * programs and markets, and schedules the phases of a month ({@link Phase}) as orderings of one
 * time step. It holds no agent logic: each agent type lives in {@code plaza.agents}, each agency in
 * {@code plaza.agencies}, each cross-cutting mechanism in {@code plaza.mechanisms}.
 *
 * <p>The simulation starts in January 2005 with a two-year spin-up under the pre-crackdown regime
 * (no troop deployments, lower leader targeting and cooperation), so that the Calderon offensive of
 * December 2006 (000:15) acts on a settled market rather than on arbitrary initial conditions.
 * Outputs start in January 2007.
 */
public final class PlazaModel extends SimState {

    private static final long serialVersionUID = 1L;

    private final RunConfig config;
    /** The values as given (levers with paths); {@link #params} is them resolved for the current month. */
    private ParameterValues given;
    private ParameterValues params;
    private RunListener listener;
    private final Streams streams;
    private final MonthTally tally = new MonthTally();
    private final List<Event> events = new ArrayList<>();

    final List<Plaza> plazas = new ArrayList<>();
    final List<BorderCrossing> crossings = new ArrayList<>();
    final List<TraffickingOrganization> organizations = new ArrayList<>();
    /** The route network: production zones, plazas, crossings and U.S. markets (for display and routes). */
    final Network network = new Network(true);

    private final MeridaInitiative merida;
    private final SecurityBudgets budgets;
    private final DrugMarket drugMarket;
    private final GunMarket gunMarket;
    private final MexicanMilitary military;
    private final FederalPolice police;
    private final Courts courts;
    private final BorderAgency border;
    private final DrugIntelligence intelligence;
    private final FirearmsAgency firearms;
    private final FinancialIntelligence financialIntelligence;
    private final Institutions institutions;
    private final Trafficking trafficking;
    private final OrganizationFinance finance;
    private final Recruitment recruitment;
    private final TerritorialContest territory;
    private final Violence violence;
    private final Succession succession;
    private final Recorder recorder;

    private int monthIndex;
    private int nextPersonId;
    private int nextOrganizationId;
    private boolean started;

    public PlazaModel(RunConfig config, RunListener listener) {
        super(config.seed());
        this.config = config;
        this.given = config.params();
        this.params = given.at(RunConfig.SPIN_UP_START);
        this.listener = listener;
        this.streams = new Streams(random);
        this.merida = new MeridaInitiative();
        this.budgets = new SecurityBudgets();
        this.drugMarket = new DrugMarket();
        this.gunMarket = new GunMarket();
        this.military = new MexicanMilitary();
        this.police = new FederalPolice();
        this.courts = new Courts();
        this.border = new BorderAgency();
        this.intelligence = new DrugIntelligence();
        this.firearms = new FirearmsAgency();
        this.financialIntelligence = new FinancialIntelligence();
        this.institutions = new Institutions();
        this.trafficking = new Trafficking();
        this.finance = new OrganizationFinance();
        this.recruitment = new Recruitment();
        this.territory = new TerritorialContest();
        this.violence = new Violence();
        this.succession = new Succession();
        this.recorder = new Recorder(this);
    }

    @Override
    public void start() {
        super.start();
        monthIndex = 0;
        WorldBuilder.build(this);
        schedule.scheduleRepeating(0, Phase.FUNDING.ordinal(), s -> {
            beginMonth();
            merida.month(this);
            budgets.month(this);
        }, 1);
        schedule.scheduleRepeating(0, Phase.INSTITUTIONS.ordinal(), s -> {
            institutions.update(this);
            military.deploy(this);
            police.deploy(this);
        }, 1);
        schedule.scheduleRepeating(0, Phase.MARKET.ordinal(), s -> {
            drugMarket.month(this);
            trafficking.plan(this);
        }, 1);
        schedule.scheduleRepeating(0, Phase.TRAFFICKING.ordinal(), s -> trafficking.move(this), 1);
        schedule.scheduleRepeating(0, Phase.FINANCE.ordinal(), s -> {
            finance.month(this);
            recruitment.month(this);
        }, 1);
        schedule.scheduleRepeating(0, Phase.ENFORCEMENT.ordinal(), s -> {
            military.desertionsAndComplaints(this);
            police.arrests(this);
            intelligence.month(this);
            courts.verdicts(this);
        }, 1);
        schedule.scheduleRepeating(0, Phase.TERRITORY.ordinal(), s -> territory.month(this), 1);
        schedule.scheduleRepeating(0, Phase.VIOLENCE.ordinal(), s -> violence.month(this), 1);
        schedule.scheduleRepeating(0, Phase.RECORDING.ordinal(), s -> {
            recorder.record();
            // cleared after recording, not at the start of a month, so that events raised between
            // months (a lever changed in the classroom) are recorded with the next month
            events.clear();
            monthIndex++;
        }, 1);
        started = true;
    }

    /** Runs the model from its start to {@code config.until()}, streaming months to the listener. */
    public static void run(RunConfig config, RunListener listener) {
        PlazaModel m = new PlazaModel(config, listener);
        m.start();
        while (m.stepMonth()) {
            // each call advances one month
        }
        m.finish();
    }

    /** Advances one month; false once the last month has been recorded. */
    public boolean stepMonth() {
        if (!started) {
            start();
        }
        if (finished()) {
            return false;
        }
        schedule.step(this);
        return !finished();
    }

    /** True once the month after {@code until} is reached. */
    public boolean finished() {
        return month().isAfter(config.until());
    }

    private void beginMonth() {
        params = given.at(month());
        tally.begin();
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

    // ---- accessors used by agents, agencies and mechanisms ----

    public RunConfig config() { return config; }
    public ParameterValues params() { return params; }
    public double p(Parameter parameter) { return params.get(parameter); }
    public MersenneTwisterFast stream(Streams.Name n) { return streams.get(n); }
    public MonthTally tally() { return tally; }
    public double scale() { return config.scale(); }
    public List<Plaza> plazas() { return plazas; }
    public List<BorderCrossing> crossings() { return crossings; }
    /** Organizations still in existence, in order of founding. */
    public List<TraffickingOrganization> organizations() { return organizations; }
    public Network network() { return network; }
    public MeridaInitiative merida() { return merida; }
    public SecurityBudgets budgets() { return budgets; }
    public DrugMarket drugMarket() { return drugMarket; }
    public GunMarket gunMarket() { return gunMarket; }
    public MexicanMilitary military() { return military; }
    public FederalPolice police() { return police; }
    public Courts courts() { return courts; }
    public BorderAgency border() { return border; }
    public DrugIntelligence intelligence() { return intelligence; }
    public FirearmsAgency firearms() { return firearms; }
    public FinancialIntelligence financialIntelligence() { return financialIntelligence; }
    public Institutions institutions() { return institutions; }
    public Trafficking trafficking() { return trafficking; }
    public Succession succession() { return succession; }
    public Recruitment recruitment() { return recruitment; }
    public OrganizationFinance finance() { return finance; }

    /** Months since January 2005. */
    public int monthIndex() { return monthIndex; }

    /** The month being simulated. */
    public YearMonth month() {
        return RunConfig.SPIN_UP_START.plusMonths(monthIndex);
    }

    /** True from December 2006, when the Calderon offensive began (000:15). */
    public boolean crackdown() {
        return !month().isBefore(YearMonth.of(2006, 12));
    }

    /** True once outputs are written (from January 2007). */
    public boolean recording() {
        return !month().isBefore(RunConfig.OUTPUT_START);
    }

    public int nextPersonId() { return nextPersonId++; }
    public int nextOrganizationId() { return nextOrganizationId++; }

    public void event(Event.EventType type, String organization, String plaza, String detail) {
        events.add(new Event(type, organization, plaza, detail));
    }

    List<Event> events() { return events; }
    RunListener listener() { return listener; }

    /**
     * Changes parameter values while running (the classroom sliders): mechanisms read levers every
     * month, so the change takes effect from the next month; an event marks it in the outputs.
     */
    public void setParams(ParameterValues next, String what) {
        this.given = next;
        this.params = next.at(month());
        event(Event.EventType.LEVER_CHANGED, "", "", what);
    }

    /** Replaces the listener (the GUI attaches its charts after construction). */
    public void setListener(RunListener l) { this.listener = l; }

    /** Adds a new organization (a faction after a split). */
    public void addOrganization(TraffickingOrganization o) {
        organizations.add(o);
    }

    /** Removes organizations that have dissolved. */
    public void pruneOrganizations() {
        organizations.removeIf(o -> !o.alive());
    }

    /** Person-agents alive in the model: members, deployed soldiers and police, and those in court or prison. */
    public long personAgents() {
        long n = (long) courts.awaiting() + courts.imprisoned();
        for (TraffickingOrganization o : organizations) {
            n += (o.leader() != null ? 1 : 0) + o.lieutenants().size() + o.traffickers().size() + o.enforcers().size();
        }
        for (Plaza z : plazas) {
            n += z.soldiers().size() + z.police().size();
        }
        return n;
    }

    /** The current value of an output, for tests and the GUI: the last recorded row. */
    public double[] lastRow() {
        return recorder.lastRow();
    }
}
