package plaza.api;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.Event;
import plaza.output.PlazaRow;
import plaza.output.RunListener;

/**
 * One run of a scenario: a seed, a period and a scale, as {@code plaza run SCENARIO --seed N
 * --from YYYY-MM --until YYYY-MM --scale X}. Immutable: every setter returns a new run, checked at
 * once with the command line's messages. A run is a pure function of its scenario, seed, period and
 * scale: the same run twice gives the same numbers, and the numbers of {@code plaza run}.
 *
 * <pre>{@code
 * RunOutputs out = Run.of(Scenarios.bundled().load("baseline")).seed(3).until(YearMonth.of(2012, 12)).outputs();
 * double homicides2009 = out.summary(Metric.HOMICIDES, YearMonth.of(2009, 1), YearMonth.of(2009, 12));
 * }</pre>
 */
public final class Run {

    /** The first month written by default: January 2007. */
    public static final YearMonth DEFAULT_FROM = RunConfig.OUTPUT_START;
    /** The last month simulated by default: December 2012, the end of the Calderon term. */
    public static final YearMonth DEFAULT_UNTIL = RunConfig.DEFAULT_UNTIL;
    /** The default scale: one person-agent stands for 100 people. */
    public static final double DEFAULT_SCALE = RunConfig.DEFAULT_SCALE;

    private final Scenario scenario;
    private final RunConfig config;
    private final YearMonth from;

    private Run(Scenario scenario, RunConfig config, YearMonth from) {
        this.scenario = scenario;
        this.config = config;
        this.from = from;
    }

    /**
     * A run of a scenario with seed 1, the default period and scale.
     *
     * @param scenario the scenario, with its changes
     * @return the run
     */
    public static Run of(Scenario scenario) {
        return new Run(scenario, new RunConfig(scenario.name(), scenario.values(), 1, DEFAULT_UNTIL, DEFAULT_SCALE), DEFAULT_FROM);
    }

    /**
     * This run with another seed.
     *
     * @param seed the one seed all randomness flows from
     * @return a new run
     */
    public Run seed(long seed) {
        return new Run(scenario, config.withSeed(seed), from);
    }

    /**
     * This run to another last month, as {@code --until}.
     *
     * @param until the last month simulated, 2007-01 to 2030-12
     * @return a new run
     * @throws InvalidInputException when the month is out of range (the message gives the range)
     */
    public Run until(YearMonth until) {
        return Errors.guard(() -> new Run(scenario, config.withUntil(until), from));
    }

    /**
     * This run writing from another first month, as {@code --from}: the simulation always starts in
     * 1995-01, and months before {@code from} are simulated but not passed on.
     *
     * @param from the first month passed on, 1995-01 to 2007-01
     * @return a new run
     * @throws InvalidInputException when the month is out of range
     */
    public Run from(YearMonth from) {
        return Errors.guard(() -> new Run(scenario, config, RunConfig.checkFrom(from)));
    }

    /**
     * This run at another scale, as {@code --scale}.
     *
     * @param scale real people per rank-and-file person-agent, 1 (the full population) to 10000
     * @return a new run
     * @throws InvalidInputException when the scale is out of range
     */
    public Run scale(double scale) {
        return Errors.guard(() -> new Run(scenario, config.withScale(scale), from));
    }

    /**
     * The scenario run.
     *
     * @return the scenario with its changes
     */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * The seed.
     *
     * @return the seed
     */
    public long seed() {
        return config.seed();
    }

    /**
     * The first month passed on.
     *
     * @return the first month of the outputs
     */
    public YearMonth from() {
        return from;
    }

    /**
     * The last month simulated.
     *
     * @return the last month of the outputs
     */
    public YearMonth until() {
        return config.until();
    }

    /**
     * The scale.
     *
     * @return people per person-agent
     */
    public double scale() {
        return config.scale();
    }

    /**
     * Runs the model and keeps every month's outputs in memory (a run to 2012-12 holds 72 months of
     * the time series and about 2,300 plaza rows).
     *
     * @return the outputs
     * @throws RunFailedException when an output stops being a finite number
     */
    public RunOutputs outputs() {
        List<MonthRow> rows = new ArrayList<>();
        Map<YearMonth, List<PlazaRow>> plazas = new LinkedHashMap<>();
        Map<YearMonth, List<Event>> events = new LinkedHashMap<>();
        run(new RunObserver() {
            @Override
            public void month(MonthRow row) {
                rows.add(row);
            }

            @Override
            public void plazas(YearMonth month, List<PlazaRow> list) {
                plazas.put(month, list);
            }

            @Override
            public void events(YearMonth month, List<Event> list) {
                events.put(month, list);
            }
        });
        return new RunOutputs(this, rows, plazas, events);
    }

    /**
     * Runs the model and passes each month's outputs to an observer as they are produced, keeping
     * nothing: for long runs, many runs, or an output of one's own.
     *
     * @param observer what receives the months, from {@link #from()} to {@link #until()}
     * @throws RunFailedException when an output stops being a finite number
     */
    public void run(RunObserver observer) {
        Errors.guardRun(scenario.name(), () -> {
            PlazaModel.run(config, new Relay(observer, from));
            return null;
        });
    }

    /** The model's listener, passing the written months on to the observer as immutable copies. */
    private static final class Relay implements RunListener {
        private final RunObserver observer;
        private final YearMonth from;

        Relay(RunObserver observer, YearMonth from) {
            this.observer = observer;
            this.from = from;
        }

        @Override
        public void month(YearMonth month, double[] values) {
            if (!month.isBefore(from)) {
                observer.month(new MonthRow(month, values));
            }
        }

        @Override
        public void plazas(YearMonth month, List<PlazaRow> rows) {
            if (!month.isBefore(from)) {
                observer.plazas(month, List.copyOf(rows));
            }
        }

        @Override
        public void events(YearMonth month, List<Event> events) {
            if (!month.isBefore(from)) {
                observer.events(month, List.copyOf(events));
            }
        }

        @Override
        public void spinUpMonth(YearMonth month, double[] values) {
            month(month, values);
        }

        @Override
        public void spinUpPlazas(YearMonth month, List<PlazaRow> rows) {
            plazas(month, rows);
        }

        @Override
        public void spinUpEvents(YearMonth month, List<Event> events) {
            events(month, events);
        }
    }

    /**
     * The run as a command line.
     *
     * @return the {@code plaza run} command that gives the same outputs
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("plaza run ").append(scenario.file()).append(" --seed ").append(seed())
                .append(" --from ").append(from).append(" --until ").append(until())
                .append(" --scale ").append(plaza.io.Numbers.exact(scale()));
        for (String o : scenario.overrides()) {
            b.append(" --set ").append(plaza.io.Numbers.shellWord(o));
        }
        return b.toString();
    }
}
