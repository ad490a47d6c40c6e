package plaza.model;

import java.time.YearMonth;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.core.Submodel;
import plaza.core.World;
import plaza.output.Event;
import plaza.output.RunListener;
import plaza.params.ParameterValues;
import sim.engine.SimState;

/**
 * The Plaza model: the U.S.-Mexico drug trade as a MASON simulation, one step per month.
 *
 * <p>A thin {@code SimState}: it builds the {@link World}, and schedules the {@link SubmodelRegistry}
 * phase by phase, one MASON ordering per {@link Phase}, each running its submodels in registry order.
 * It holds no agent or mechanism logic.
 *
 * <p>The simulation starts in January 1995 under the PRI-era protection regime (M2), which fades after
 * the December 2000 transition; 1995-2006 is history before the Calderon offensive of December 2006
 * (000:15): no troop deployments, lower leader targeting and cooperation. Outputs start in January
 * 2007 unless {@code --from} asks for earlier months.
 */
public final class PlazaModel extends SimState implements Sim {

    private static final long serialVersionUID = 1L;

    RunConfig config; // package-private, with given, params and reads, for Checkpoint (a continued world's run)
    /** The values as given (levers with paths); {@link #params} is them resolved for the current month. */
    ParameterValues given;
    ParameterValues params;
    private transient RunListener listener;
    final boolean[] reads = new boolean[plaza.params.ParameterCatalog.size()]; // parameters read so far (Checkpoint)
    private final Streams streams;
    private final World world = new World();
    private final SubmodelRegistry registry;
    private final Recorder recorder;
    private int monthIndex;
    private YearMonth month = RunConfig.START; // kept with monthIndex: mechanisms ask for it many times a month
    private boolean started;

    public PlazaModel(RunConfig config, RunListener listener) {
        super(config.seed());
        this.config = config;
        this.given = Checkpoint.noting(config.params(), reads);
        this.params = given.at(RunConfig.START);
        this.listener = listener;
        this.streams = new Streams(config.seed());
        this.recorder = new Recorder(this);
        this.registry = new SubmodelRegistry(recorder);
    }

    @Override
    public void start() {
        super.start();
        monthIndex = 0;
        month = RunConfig.START;
        WorldBuilder.build(this);
        for (Phase phase : Phase.values()) {
            List<Submodel> steps = registry.of(phase);
            boolean first = phase.ordinal() == 0;
            boolean last = phase == Phase.RECORDING;
            schedule.scheduleRepeating(0, phase.ordinal(), s -> {
                if (first) {
                    params = given.at(month()); // levers with paths take this month's values
                    streams.startMonth(monthIndex);
                }
                for (Submodel sub : steps) {
                    sub.step().step(this);
                }
                if (last) {
                    world.endMonth();
                    month = RunConfig.START.plusMonths(++monthIndex);
                }
            }, 1);
        }
        started = true;
    }

    /** Runs the model from its start to {@code config.until()}, streaming months to the listener. */
    public static void run(RunConfig config, RunListener listener) {
        PlazaModel m = new PlazaModel(config, listener);
        m.start();
        while (m.stepMonth()) { /* each call advances one month */ }
        m.finish();
    }

    /** Advances one month; false once the last month has been recorded. */
    public boolean stepMonth() {
        if (!started) {
            start();
        }
        return !finished() && schedule.step(this) && !finished();
    }

    /** True once the month after {@code until} is reached. */
    public boolean finished() { return month().isAfter(config.until()); }
    public RunConfig config() { return config; }
    public ParameterValues params() { return params; }
    public MersenneTwisterFast stream(String submodel) { return streams.get(submodel); }
    public double keyed(String submodel, long entity, int draw) { return streams.keyed(Streams.index(submodel), entity, monthIndex, draw); }
    public double scale() { return config.scale(); }
    public World world() { return world; }
    public SubmodelRegistry registry() { return registry; }

    public int monthIndex() { return monthIndex; } // months since January 1995 (the simulation start)
    /** The month being simulated. */
    public YearMonth month() { return month; }

    /** True from January 2007, the default output start (earlier months go to the listener's spin-up methods). */
    public boolean recording() { return !month().isBefore(RunConfig.OUTPUT_START); }

    RunListener listener() { return listener; }

    /**
     * Changes parameter values while running (the classroom sliders): mechanisms read levers every
     * month, so the change takes effect from the next month; an event marks it in the outputs.
     */
    public void setParams(ParameterValues next, String what) {
        this.given = Checkpoint.noting(next, reads);
        this.params = given.at(month());
        event(Event.EventType.LEVER_CHANGED, "", "", what);
    }

    /** Replaces the listener (the GUI attaches its charts after construction). */
    public void setListener(RunListener l) { this.listener = l; }

    /** Person-agents alive in the model: members, deployed soldiers and police, and those in court or prison. */
    public long personAgents() {
        long n = (long) registry.courts.awaiting() + registry.courts.imprisoned();
        for (TraffickingOrganization o : organizations()) {
            n += (o.leader() != null ? 1 : 0) + o.lieutenants().size() + o.traffickers().size() + o.enforcers().size();
        }
        for (Plaza z : plazas()) {
            n += z.soldiers().size() + z.police().size();
        }
        return n;
    }

    /** The current value of an output, for tests and the GUI: the last recorded row. */
    public double[] lastRow() { return recorder.lastRow(); }
}
