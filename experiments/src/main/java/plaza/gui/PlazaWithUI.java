package plaza.gui;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.swing.SwingUtilities;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.RunListener;
import plaza.params.InputException;
import plaza.params.Parameter;
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
 * seed, runs the 2005-2006 spin-up silently, and shows January 2007 on; one step of the console is
 * one month. With "compare with baseline" on, a second model runs the baseline scenario with the same
 * seed in lock-step and the charts draw it dashed, so the class sees the policy's effect rather than
 * the noise of a different draw. A lever moved while running takes effect from the next month.
 */
public final class PlazaWithUI extends GUIState {

    /** The classroom's message line: what last changed, or why a change was refused. */
    record Status(String text, boolean error) {}

    private final ScenarioLibrary library;
    private final double scale;
    private final YearMonth until;
    private final Levers levers = new Levers();
    private final List<Runnable> listeners = new ArrayList<>();

    private Scenario scenario;
    private ParameterValues values;
    private volatile boolean compare;
    private volatile boolean running;
    private PlazaModel baseline;
    private Status status = new Status("Press play to start; one step is one month.", false);

    private final boolean present;
    /** The run's months as drawn (for "Export CSV"): month and the row of every metric. */
    private final List<YearMonth> exportMonths = new ArrayList<>();
    private final List<double[]> exportRows = new ArrayList<>();
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
        this.scenario = scenario;
        this.values = scenario.values();
        this.scale = scale;
        this.until = until;
        this.compare = compare;
        this.present = present;
        if (present) {
            largeType();
        }
    }

    /** Type in presentation mode: 1.5 times the look and feel's, and never below this many points. */
    static final float PRESENT_FACTOR = 1.5f;
    static final int PRESENT_MIN_POINTS = 16;
    /** The fonts replaced by presentation mode, put back on quit (null: none replaced). */
    private java.util.Map<Object, Object> normalType;

    /**
     * Scales every Swing font before the console and windows are built (MASON's console builds its
     * widgets from the look and feel's fonts), for the back of a room; {@link #quit} restores them.
     */
    private void largeType() {
        javax.swing.UIDefaults d = javax.swing.UIManager.getLookAndFeelDefaults();
        normalType = new java.util.HashMap<>();
        for (Object key : java.util.Collections.list(d.keys())) {
            if (d.get(key) instanceof java.awt.Font f) {
                normalType.put(key, javax.swing.UIManager.get(key));
                float size = Math.max(PRESENT_MIN_POINTS, f.getSize2D() * PRESENT_FACTOR);
                javax.swing.UIManager.put(key, new javax.swing.plaf.FontUIResource(f.deriveFont(size)));
            }
        }
    }

    boolean presenting() {
        return present;
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

    /** Brings the model tab (scenario, comparison, levers) to the front of a console. */
    public static void showModelTab(sim.display.Console console) {
        javax.swing.JTabbedPane tabs = console.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if ("Model".equals(tabs.getTitleAt(i))) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        charts = new ClassroomCharts(RunConfig.OUTPUT_START, until, present, chartSlots(present));
        charts.setCompare(compare);
        map = new NetworkMap(this, 960, 590, present);
        c.registerFrame(charts.frame());
        c.registerFrame(map.frame());
        layout(c);
        map.frame().setVisible(true);
        charts.frame().setVisible(true);
    }

    /**
     * Charts on screen at a time: two in presentation mode; four where the charts' window is narrower
     * than six readable charts need (a 1024-pixel projector: six would be about 210x130 px each); else six.
     */
    static int chartSlots(boolean present) {
        return present ? 2 : screen().width - consoleWidth() >= 780 ? 6 : 4;
    }

    /** Console on the left, the map top right, the charts below it, within the screen. */
    private void layout(Controller c) {
        Rectangle screen = screen();
        int consoleWidth = consoleWidth();
        int rest = screen.width - consoleWidth;
        // on a small screen (a projector at 1280x720 or 1024x768) the charts keep at least 45% of the height
        int mapHeight = Math.min(Math.min(screen.height / 2 + 60, (int) (rest * 0.62)), screen.height * (present ? 50 : chartSlots(false) < 6 ? 45 : 55) / 100);
        if (c instanceof java.awt.Window w) {
            w.setBounds(screen.x, screen.y, consoleWidth, screen.height);
        }
        map.frame().setBounds(screen.x + consoleWidth, screen.y, rest, mapHeight);
        map.fitTo(rest, mapHeight);
        charts.frame().setBounds(screen.x + consoleWidth, screen.y + mapHeight, rest, screen.height - mapHeight);
        charts.frame().setMinimumSize(new Dimension(Math.min(600, rest), Math.min(350, screen.height - mapHeight)));
    }

    /**
     * The area the classroom lays itself out in: the screen, or a smaller one given as
     * {@code -Dplaza.gui.screen=1280x720} (a projector's resolution on a larger desktop; tests).
     */
    /** Width of the console window (with the model tab) on this screen. */
    static int consoleWidth() {
        return Math.min(600, screen().width * 3 / 8);
    }

    static Rectangle screen() {
        Rectangle s = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        String want = System.getProperty("plaza.gui.screen");
        if (want != null && want.matches("[0-9]+x[0-9]+")) {
            String[] wh = want.split("x");
            return new Rectangle(s.x, s.y, Math.min(s.width, Integer.parseInt(wh[0])), Math.min(s.height, Integer.parseInt(wh[1])));
        }
        return s;
    }

    @Override
    public void start() {
        PlazaModel m = newModel(scenario.name(), values, state.seed());
        state = m;
        super.start();
        while (m.month().isBefore(RunConfig.OUTPUT_START)) {
            m.stepMonth();
        }
        baseline = compare ? baselineAt(m) : null;
        running = true;
        String name = scenario.name();
        List<String> preset = levers.differing(values, scenario.values());
        boolean cmp = compare;
        synchronized (exportRows) {
            exportMonths.clear();
            exportRows.clear();
        }
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
        setStatus(new Status("Running " + name + " with seed " + m.seed() + (compare ? ", compared with baseline" : "")
                + ".", false));
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
        if (!status.text().startsWith("Finished")) {
            setStatus(new Status("Finished: " + scenario.name() + " ran to " + until + " (seed " + m.seed()
                    + "). Save a snapshot or export the CSV; press play to run again.", false));
        }
    }

    @Override
    public void finish() {
        super.finish();
        running = false;
        if (!status.text().startsWith("Finished") && !status.error()) {
            setStatus(new Status("Stopped. Press play to run again.", false));
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (normalType != null) {
            normalType.forEach(javax.swing.UIManager::put);
            normalType = null;
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
        m.setListener(new ChartFeed(m, false));
        return m;
    }

    /** A baseline model with the same seed, brought to the month the run is at. */
    private PlazaModel baselineAt(PlazaModel run) {
        Scenario base = library.load(ScenarioLibrary.BASELINE);
        PlazaModel b = newModel(base.name(), base.values(), run.seed());
        b.setListener(new ChartFeed(b, true));
        b.start();
        while (b.month().isBefore(run.month()) && !b.finished()) {
            b.stepMonth();
        }
        return b;
    }

    /** Passes each recorded month to the charts on the Swing thread. */
    private final class ChartFeed implements RunListener {
        private final PlazaModel source;
        private final boolean isBaseline;

        ChartFeed(PlazaModel source, boolean isBaseline) {
            this.source = source;
            this.isBaseline = isBaseline;
        }

        @Override
        public void month(YearMonth month, double[] values) {
            double[] row = values.clone();
            SwingUtilities.invokeLater(() -> {
                // a run replaced since (restart, comparison switched off) must not draw
                if (isBaseline ? source == baseline : source == state) {
                    if (isBaseline) {
                        charts.addBaseline(month, row);
                    } else {
                        charts.addRun(month, row);
                        synchronized (exportRows) {
                            exportMonths.add(month);
                            exportRows.add(row);
                        }
                    }
                }
            });
        }
    }

    // ---- what the model tab calls ----

    Levers levers() {
        return levers;
    }

    /** The values in force: the running model's, or those the next run will start with. */
    synchronized ParameterValues values() {
        return values;
    }

    /**
     * What the sliders show: running, the values with every lever's path resolved for the month the
     * model simulates next; stopped, the values as set (those the next run starts from).
     */
    ParameterValues valuesThisMonth() {
        ParameterValues v = values();
        return running && state instanceof PlazaModel m ? v.at(m.month()) : v;
    }

    Scenario scenario() {
        return scenario;
    }

    ScenarioLibrary library() {
        return library;
    }

    boolean compare() {
        return compare;
    }

    boolean running() {
        return running;
    }

    Status status() {
        return status;
    }

    ClassroomCharts charts() {
        return charts;
    }

    NetworkMap map() {
        return map;
    }

    /** Called (on the Swing thread) whenever values, scenario, comparison or status change. */
    void onChange(Runnable r) {
        listeners.add(r);
    }

    /**
     * Moves one lever. Running: the model uses it from the next month and the charts mark that month.
     * Stopped: the next run starts with it. A value the catalog refuses changes nothing and says why.
     */
    void changeLever(Parameter p, double value) {
        synchronized (state.schedule) {
            ParameterValues before = values();
            if (running && state instanceof PlazaModel m && before.path(p) != null && before.at(m.month()).get(p) == value) {
                return; // the slider shows the value its path puts in force this month: nothing was moved
            }
            ParameterValues next;
            try {
                next = Levers.with(before, p, value);
            } catch (InputException e) {
                setStatus(new Status("Not changed: " + e.getMessage(), true));
                return;
            }
            if (next.equals(before)) {
                return;
            }
            apply(next, levers.change(p, before, next));
        }
    }

    /** Loads a scenario by name or file: the next run's scenario, or applied from next month if running. */
    void loadScenario(String nameOrPath) {
        synchronized (state.schedule) {
            Scenario s;
            try {
                s = library.load(nameOrPath);
            } catch (InputException e) {
                setStatus(new Status("Not loaded: " + e.getMessage(), true));
                return;
            }
            scenario = s;
            if (running) {
                String what = "scenario " + s.name() + " loaded";
                apply(s.values(), new Levers.Change(what, what, "scenario " + s.name(), List.of("scenario " + s.name())));
            } else {
                synchronized (this) {
                    values = s.values();
                }
                setStatus(new Status("Scenario " + s.name() + " loaded: " + s.description()
                        + ". Press play to run it.", false));
            }
        }
    }

    private void apply(ParameterValues next, Levers.Change c) {
        synchronized (this) {
            values = next;
        }
        if (running) {
            PlazaModel m = (PlazaModel) state;
            YearMonth from = m.month();
            m.setParams(next, c.logged());
            SwingUtilities.invokeLater(() -> charts.mark(from, c.marker(), c.names()));
            setStatus(new Status("From " + from + ": " + c.said(), false));
        } else {
            setStatus(new Status("For the next run: " + c.said(), false));
        }
    }

    /** Switches the baseline comparison; switched on while running, the baseline catches up at once. */
    void setCompare(boolean on) {
        synchronized (state.schedule) {
            if (on == compare) {
                return;
            }
            compare = on;
            SwingUtilities.invokeLater(() -> charts.setCompare(on));
            if (!running) {
                setStatus(new Status("Baseline comparison " + (on ? "on" : "off") + " from the next run.", false));
                return;
            }
            baseline = on ? baselineAt((PlazaModel) state) : null;
            if (!on) {
                SwingUtilities.invokeLater(() -> charts.clearBaseline());
            }
            setStatus(new Status("Baseline comparison " + (on ? "on (dashed lines)" : "off") + ".", false));
        }
    }

    /** "Save snapshot": the map and the charts side by side in one PNG, as on screen. */
    void saveSnapshot(java.nio.file.Path file) throws java.io.IOException {
        java.awt.Component a = map.frame().getContentPane();
        java.awt.Component b = charts.frame().getContentPane();
        int w = a.getWidth() + b.getWidth();
        int h = Math.max(a.getHeight(), b.getHeight());
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(Math.max(1, w), Math.max(1, h), java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        a.printAll(g);
        g.translate(a.getWidth(), 0);
        b.printAll(g);
        g.dispose();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", bytes);
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        java.nio.file.Path tmp = plaza.io.AtomicFiles.temporaryFor(file);
        java.nio.file.Files.write(tmp, bytes.toByteArray());
        plaza.io.AtomicFiles.commit(tmp, file);
        setStatus(new Status("Snapshot saved: " + file, false));
    }

    /** "Export CSV": this run's months so far, in the columns of plaza run's timeseries.csv. */
    void exportCsv(java.nio.file.Path file) {
        List<YearMonth> months;
        List<double[]> rows;
        synchronized (exportRows) {
            months = List.copyOf(exportMonths);
            rows = List.copyOf(exportRows);
        }
        String name = scenario.name();
        long seed = ((PlazaModel) state).seed();
        plaza.io.AtomicFiles.write(file, w -> {
            org.apache.commons.csv.CSVPrinter out = new org.apache.commons.csv.CSVPrinter(w,
                    org.apache.commons.csv.CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
            out.printRecord(plaza.io.RunWriter.header());
            for (int i = 0; i < rows.size(); i++) {
                List<String> r = new ArrayList<>(List.of(name, Long.toString(seed), months.get(i).toString()));
                for (double v : rows.get(i)) {
                    r.add(plaza.io.Numbers.format(v));
                }
                out.printRecord(r);
            }
            out.flush();
        });
        setStatus(new Status("Exported " + rows.size() + " months to " + file, false));
    }

    private void setStatus(Status s) {
        status = s;
        SwingUtilities.invokeLater(() -> listeners.forEach(Runnable::run));
    }
}
