package plaza.gui;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import javax.swing.SwingUtilities;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.RunListener;
import plaza.params.ParameterValues;
import plaza.scenario.Scenario;
import plaza.scenario.ScenarioLibrary;
import sim.display.Controller;
import sim.display.GUIState;
import sim.portrayal.Inspector;

/**
 * Plaza's classroom: MASON's console over the same {@link PlazaModel} the batch runner uses, with
 * the levers in the model tab, a map of the network and live charts.
 *
 * <p>Each start builds a fresh model from the chosen scenario, the levers as set, and the console's
 * seed, runs the 1995-2006 history silently, and shows January 2007 on; one step of the console is
 * one month. With "compare with baseline" on, a second model runs the baseline scenario with the same
 * seed in lock-step and the charts draw it dashed, so the class sees the policy's effect rather than
 * the noise of a different draw. A lever moved while running takes effect from the next month.
 */
public final class PlazaWithUI extends GUIState {

    private final ScenarioLibrary library;
    private final double scale;
    private final YearMonth until;
    private final MessageLine messages = new MessageLine();
    private final RunChoices choices;
    private volatile boolean running;
    private PlazaModel baseline;

    private final boolean present;
    /** Presentation mode's enlarged fonts, put back on quit (null: none replaced). */
    private PresentationType type;
    /** The run's months as drawn (for "Export CSV"). */
    private final RunExport export = new RunExport();
    private ClassroomCharts charts;
    private NetworkMap map;
    private ClassroomInspector inspector;

    /**
     * @param library  where scenarios are found (for the chooser and the baseline)
     * @param scenario the scenario to start with
     * @param seed     the first seed shown in the console
     * @param scale    people per person-agent
     * @param until    last month simulated
     * @param compare  start with the baseline comparison on
     */
    public PlazaWithUI(ScenarioLibrary library, Scenario scenario, long seed, double scale, YearMonth until,
                       boolean compare) {
        this(library, scenario, seed, scale, until, compare, false);
    }

    /** As above; {@code present}: presentation mode (large type, two charts at a time, chosen in each slot). */
    public PlazaWithUI(ScenarioLibrary library, Scenario scenario, long seed, double scale, YearMonth until,
                       boolean compare, boolean present) {
        super(new PlazaModel(new RunConfig(scenario.name(), scenario.values(), seed, until, scale), NO_OUTPUT));
        this.library = library;
        this.choices = new RunChoices(library, scenario, compare, messages, new Live());
        this.scale = scale;
        this.until = until;
        this.present = present;
        if (present) {
            type = PresentationType.enlarge(); // before the console and windows are built
        }
    }

    private static final RunListener NO_OUTPUT = (month, row) -> { };

    public static String getName() {
        return "Plaza classroom";
    }

    /** The console's "About" tab. */
    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>Plaza classroom</h2>"
                + "<p>The U.S.-Mexico drug trade as an agent-based model: organizations fight over plazas and"
                + " move drugs to the border; Mexican and U.S. agencies act with the money they are given.</p>"
                + "<p><b>Model tab:</b> choose a scenario, switch on <i>compare with baseline</i>, and move the"
                + " policy levers. A lever moved while the model runs takes effect from the next month and is"
                + " marked on the charts by a dashed red line.</p>"
                + "<p><b>Map:</b> click a plaza or a crossing to inspect it. <b>Charts:</b> solid = this run,"
                + " dashed = baseline with the same seed.</p><p>One step = one month, January 2007 on.</p></body></html>";
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        charts = new ClassroomCharts(RunConfig.OUTPUT_START, until, present, ClassroomLayout.chartSlots(present));
        charts.setCompare(choices.compare());
        map = new NetworkMap(this, 960, 590, present);
        c.registerFrame(charts.frame());
        c.registerFrame(map.frame());
        ClassroomLayout.place(c, map, charts, present);
        map.frame().setVisible(true);
        charts.frame().setVisible(true);
    }

    @Override
    public void start() {
        Scenario scenario = choices.scenario();
        ParameterValues values = choices.values();
        boolean compare = choices.compare();
        PlazaModel m = newModel(scenario.name(), values, state.seed());
        state = m;
        super.start();
        while (m.month().isBefore(RunConfig.OUTPUT_START)) {
            m.stepMonth();
        }
        baseline = compare ? baselineAt(m) : null;
        running = true;
        String name = scenario.name();
        List<String> preset = choices.levers().differing(values, scenario.values());
        boolean cmp = compare;
        export.clear();
        SwingUtilities.invokeLater(() -> {
            charts.reset(name, RunConfig.OUTPUT_START, until);
            charts.setCompare(cmp);
            if (!preset.isEmpty()) {
                // levers moved before play are in force from the first month: marked there, named in the legend
                charts.mark(RunConfig.OUTPUT_START, "set before start: " + String.join(", ", preset), preset);
            }
        });
        // the map's copy is refreshed after each month, before the display (registered by reset) repaints
        scheduleRepeatingImmediatelyAfter(s -> map.update((PlazaModel) state));
        map.setModel(m);
        messages.say("Running " + name + " with seed " + m.seed() + (compare ? ", compared with baseline" : "") + ".");
    }

    @Override
    public boolean step() {
        PlazaModel m = (PlazaModel) state;
        if (m.finished()) {
            finished(m);
            return false;
        }
        boolean more = super.step();
        PlazaModel b = baseline;
        if (b != null && !b.finished()) {
            b.stepMonth();
        }
        if (m.finished()) {
            finished(m);
        }
        return more && !m.finished();
    }

    private void finished(PlazaModel m) {
        if (!messages.status().text().startsWith("Finished")) {
            messages.say("Finished: " + choices.scenario().name() + " ran to " + until + " (seed " + m.seed()
                    + "). Save a snapshot or export the CSV; press play to run again.");
        }
    }

    @Override
    public void finish() {
        super.finish();
        running = false;
        MessageLine.Status status = messages.status();
        if (!status.text().startsWith("Finished") && !status.error()) {
            messages.say("Stopped. Press play to run again.");
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (type != null) {
            type.restore();
            type = null;
        }
        if (charts != null) {
            charts.frame().dispose();
        }
        if (map != null) {
            map.frame().dispose();
        }
    }

    @Override
    public Inspector getInspector() {
        if (inspector == null) {
            inspector = new ClassroomInspector(this);
        }
        return inspector;
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 100;
    }

    private PlazaModel newModel(String name, ParameterValues v, long seed) {
        PlazaModel m = new PlazaModel(new RunConfig(name, v, seed, until, scale), null);
        m.setListener(new ChartFeed(() -> m == state, (month, row) -> {
            charts.addRun(month, row);
            export.add(month, row);
        }));
        return m;
    }

    /** A baseline model with the same seed, brought to the month the run is at. */
    private PlazaModel baselineAt(PlazaModel run) {
        Scenario base = library.load(ScenarioLibrary.BASELINE);
        PlazaModel b = newModel(base.name(), base.values(), run.seed());
        b.setListener(new ChartFeed(() -> b == baseline, (month, row) -> charts.addBaseline(month, row)));
        b.start();
        while (b.month().isBefore(run.month()) && !b.finished()) {
            b.stepMonth();
        }
        return b;
    }

    /** The model tab's choices: scenario, levers, comparison. */
    RunChoices choices() {
        return choices;
    }

    MessageLine messages() {
        return messages;
    }

    ClassroomCharts charts() {
        return charts;
    }

    NetworkMap map() {
        return map;
    }

    /** The run in progress as the model tab's changes reach it: under the schedule's lock, from the next month. */
    private final class Live implements RunChoices.Live {
        @Override
        public Object lock() {
            return state.schedule;
        }

        @Override
        public YearMonth month() {
            return running && state instanceof PlazaModel m ? m.month() : null;
        }

        @Override
        public YearMonth apply(ParameterValues next, Levers.Change c) {
            if (!running) {
                return null;
            }
            PlazaModel m = (PlazaModel) state;
            YearMonth from = m.month();
            m.setParams(next, c.logged());
            SwingUtilities.invokeLater(() -> charts.mark(from, c.marker(), c.names()));
            return from;
        }

        @Override
        public boolean compare(boolean on) {
            SwingUtilities.invokeLater(() -> charts.setCompare(on));
            if (!running) {
                return false;
            }
            baseline = on ? baselineAt((PlazaModel) state) : null;
            if (!on) {
                SwingUtilities.invokeLater(() -> charts.clearBaseline());
            }
            return true;
        }
    }

    /** "Save snapshot": the map and the charts side by side in one PNG, as on screen. */
    void saveSnapshot(Path file) throws java.io.IOException {
        SnapshotImage.write(map.frame().getContentPane(), charts.frame().getContentPane(), file);
        messages.say("Snapshot saved: " + file);
    }

    /** "Export CSV": this run's months so far, in the columns of plaza run's timeseries.csv. */
    void exportCsv(Path file) {
        int months = export.write(file, choices.scenario().name(), ((PlazaModel) state).seed());
        messages.say("Exported " + months + " months to " + file);
    }
}
