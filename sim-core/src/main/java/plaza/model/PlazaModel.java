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
public final class PlazaModel extends SimState implements Sim, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The run's record; replaced (same seed and scale) when a saved world continues as another scenario. */
    private RunConfig config;
    /** The values as given (levers with paths); {@link #params} is them resolved for the current month. */
    private ParameterValues given;
    private ParameterValues params;
    /** Not part of a saved world: a continued run streams to its own listener. */
    private transient RunListener listener;
    private final Streams streams;
    /** The parameters this run has read so far (by catalog index): what a run continuing its saved world must share. */
    private final boolean[] reads = new boolean[plaza.params.ParameterCatalog.size()];
    private final World world = new World();
    private final SubmodelRegistry registry;
    private final Recorder recorder;
    private int monthIndex;
    private boolean started;

    public PlazaModel(RunConfig config, RunListener listener) {
        super(config.seed());
        this.config = config;
        this.given = config.params().tracking(reads);
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
        WorldBuilder.build(this);
        for (Phase phase : Phase.values()) {
            List<Submodel> steps = registry.of(phase);
            boolean first = phase.ordinal() == 0;
            boolean last = phase == Phase.RECORDING;
            schedule.scheduleRepeating(0, phase.ordinal(), s -> {
                if (first) {
                    params = given.at(month()); // levers with paths take this month's values
                }
                for (Submodel sub : steps) {
                    sub.step().step(this);
                }
                if (last) {
                    world.endMonth();
                    monthIndex++;
                }
            }, 1);
        }
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

    /**
     * Runs the model from its start through {@code last} (inclusive), streaming those months to the
     * listener, and returns it between months, ready to {@link #save}.
     */
    public static PlazaModel runThrough(RunConfig config, YearMonth last, RunListener listener) {
        if (last.isBefore(RunConfig.START) || !last.isBefore(config.until())) {
            throw new IllegalArgumentException("a world can be saved after a month from " + RunConfig.START
                    + " to the month before --until " + config.until() + ", not after " + last);
        }
        PlazaModel m = new PlazaModel(config, listener);
        m.start();
        while (!m.month().isAfter(last)) {
            m.stepMonth();
        }
        return m;
    }

    /**
     * The saved world: the whole model between two months (every agent, every mechanism's state, the
     * random streams and the schedule) as Java serialization bytes. {@link #resume} continues from
     * them, and the continued run's outputs equal the uninterrupted run's byte for byte.
     */
    public byte[] save() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(this);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot save the world of " + month() + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * Continues a saved world as the run {@code config}: same seed and scale, and, for every parameter
     * the saved run has read, the same value in every month already simulated. Other values may
     * differ, and any value from the next month on: that is how a scenario whose levers act later (a
     * lever changed from 2009, or one the model reads only from the December 2006 offensive) starts
     * from a baseline world. The world notes its reads as it runs, so the check is exact.
     *
     * @throws IllegalArgumentException if the bytes are not a world of this code, or the run cannot
     *                                  continue it (another seed or scale, or values that differed earlier)
     */
    public static PlazaModel resume(byte[] world, RunConfig config, RunListener listener) {
        PlazaModel m;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(world))) {
            m = (PlazaModel) in.readObject();
        } catch (java.io.IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException("not a saved world of this code: " + e.getMessage(), e);
        }
        RunConfig saved = m.config;
        if (config.seed() != saved.seed() || config.scale() != saved.scale()) {
            throw new CannotContinueException("the saved world has seed " + saved.seed() + " and scale " + saved.scale()
                    + "; it cannot continue as a run with seed " + config.seed() + " and scale " + config.scale());
        }
        if (m.month().isAfter(config.until())) {
            throw new CannotContinueException("the saved world is at " + m.month() + ", after --until " + config.until());
        }
        ParameterValues.Difference differs = saved.params().firstDifference(config.params(), RunConfig.START,
                m.month().minusMonths(1), m.reads);
        if (differs != null) {
            throw new CannotContinueException("the saved world of " + m.month() + " read " + differs.parameter().name() + " in "
                    + differs.month() + " with another value; only a run that agrees with it on every value it read can continue it");
        }
        m.config = config;
        m.given = config.params().tracking(m.reads);
        m.listener = listener;
        return m;
    }

    /** A run cannot continue a saved world: another seed or scale, or a value the world read differs. */
    public static final class CannotContinueException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        CannotContinueException(String message) {
            super(message);
        }
    }

    /** Continues a saved world to {@code config.until()} (see {@link #resume}), streaming the months to the listener. */
    public static void runFrom(byte[] world, RunConfig config, RunListener listener) {
        resume(world, config, listener).runToEnd();
    }

    /** Runs the remaining months to {@code until} and finishes. */
    public void runToEnd() {
        while (stepMonth()) {
            // each call advances one month
        }
        finish();
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
    public double scale() { return config.scale(); }
    public World world() { return world; }
    public SubmodelRegistry registry() { return registry; }

    /** Months since January 1995 (the simulation start). */
    public int monthIndex() { return monthIndex; }

    /** The month being simulated. */
    public YearMonth month() { return RunConfig.START.plusMonths(monthIndex); }

    /** True from January 2007, the default output start (earlier months go to the listener's spin-up methods). */
    public boolean recording() { return !month().isBefore(RunConfig.OUTPUT_START); }

    RunListener listener() { return listener; }

    /**
     * Changes parameter values while running (the classroom sliders): mechanisms read levers every
     * month, so the change takes effect from the next month; an event marks it in the outputs.
     */
    public void setParams(ParameterValues next, String what) {
        this.given = next.tracking(reads);
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
