package plaza.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;

import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import plaza.params.IntelligenceParameters;
import plaza.scenario.ScenarioLibrary;
import sim.display.Console;

/**
 * The classroom on a projector: laid out for 1280x720 (and 1024x768, presentation mode), it plays a
 * year, takes a lever, and then — read from the component tree — every window lies on the screen,
 * no label, button or chooser is narrower than its text, nothing of the model tab is cut off by its
 * window, the charts are large enough to read and have data, the legends say what is drawn, and
 * the snapshot and CSV export work.
 */
class ClassroomFitTest {

    @ParameterizedTest
    @CsvSource({"1280x720, false", "1280x720, true", "1024x768, true"})
    void fitsTheProjectorAndChartsHaveData(String size, boolean present) throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            Assumptions.abort("no display: run the GUI test under xvfb-run (.ci/run does this)");
        }
        System.setProperty("plaza.gui.screen", size);
        Rectangle screen = PlazaWithUI.screen();
        Path home = Path.of("..").toAbsolutePath().normalize();
        ScenarioLibrary library = new ScenarioLibrary(home.resolve("scenarios"));
        PlazaWithUI gui = new PlazaWithUI(library, library.load("baseline"), 3, 100, YearMonth.of(2012, 12), false, present);
        Console console = ClassroomConsoleTest.open(gui);
        try {
            ClassroomCharts charts = gui.charts();
            // before play the time axis already shows the simulation's years, not 1970
            SwingUtilities.invokeAndWait(() -> assertTrue(charts.image(0, 600, 300).getWidth() == 600));
            ClassroomInspector inspector = (ClassroomInspector) gui.getInspector();
            int kingpin = gui.levers().all().indexOf(IntelligenceParameters.KINGPIN_INTENSITY);
            assertTrue(kingpin >= 0 && kingpin < Levers.KEY.size(), "a key lever is in front: " + kingpin);
            // a lever set before play is marked from the first month and named in the legend
            SwingUtilities.invokeAndWait(() -> inspector.properties().setValue(kingpin, "2"));
            ClassroomConsoleTest.runUntilPaused(console, (int) ClassroomConsole.SPIN_UP_MONTHS + 12);
            SwingUtilities.invokeAndWait(() -> { });
            Thread.sleep(300);
            SwingUtilities.invokeAndWait(() -> { });
            int[] points = new int[1];
            String[] label = new String[1];
            boolean[] legend = new boolean[1];
            SwingUtilities.invokeAndWait(() -> {
                points[0] = charts.runPoints(0);
                label[0] = charts.runLabel();
                legend[0] = charts.baselineInLegend();
            });
            assertEquals(12, points[0], "a year charted");
            assertTrue(label[0].contains("kingpin_intensity"), "the legend names the lever moved: " + label[0]);
            assertFalse(legend[0], "no baseline legend entry while the comparison is off");
            assertEquals(1, charts.markers(0), "the lever set before play is marked");

            List<String> problems = new ArrayList<>();
            SwingUtilities.invokeAndWait(() -> {
                for (Window w : List.of(console, gui.charts().frame(), (Window) SwingUtilities.getWindowAncestor(charts.panels().get(0)))) {
                    if (!screen.contains(w.getBounds())) {
                        problems.add(w.getName() + " " + w.getBounds() + " leaves the " + size + " screen");
                    }
                }
                check(console, console, problems);
                check(map(gui), map(gui), problems);
                check(gui.charts().frame(), gui.charts().frame(), problems);
                for (ChartPanel p : charts.panels()) {
                    // six charts on a 1280x720 screen: about 265x190 each (the presentation mode shows two, large)
                    if (p.getWidth() < (present ? 300 : 250) || p.getHeight() < (present ? 300 : 160)) {
                        problems.add("chart " + p.getChart().getTitle().getText() + " only " + p.getWidth() + "x" + p.getHeight());
                    }
                }
            });
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            assertEquals(present ? 2 : 6, charts.panels().size());

            Path out = Files.createTempDirectory("plaza-classroom");
            SwingUtilities.invokeAndWait(() -> {
                try {
                    gui.saveSnapshot(out.resolve("snap.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                gui.exportCsv(out.resolve("run.csv"));
            });
            assertTrue(javax.imageio.ImageIO.read(out.resolve("snap.png").toFile()).getWidth() > 500, "snapshot of map and charts");
            List<String> csv = Files.readAllLines(out.resolve("run.csv"));
            assertEquals(1 + 12, csv.size(), "header and the year run");
            assertTrue(csv.get(1).startsWith("baseline,3,2007-01,"), csv.get(1));
            if (size.equals("1280x720")) {
                Path shot = Files.createDirectories(home.resolve("results")).resolve(present ? "gui-present-1280x720.png" : "gui-1280x720.png");
                SwingUtilities.invokeAndWait(() -> {
                    try {
                        javax.imageio.ImageIO.write(new java.awt.Robot().createScreenCapture(screen), "png", shot.toFile());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        } finally {
            System.clearProperty("plaza.gui.screen");
            SwingUtilities.invokeAndWait(() -> {
                console.pressStop();
                gui.quit();
                console.dispose();
            });
        }
    }

    @org.junit.jupiter.api.Test
    void theAutomaticPauseCountsShownMonths() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            Assumptions.abort("no display: run the GUI test under xvfb-run (.ci/run does this)");
        }
        ScenarioLibrary library = new ScenarioLibrary(Path.of("..", "scenarios"));
        PlazaWithUI gui = new PlazaWithUI(library, library.load("baseline"), 3, 100, YearMonth.of(2008, 12), false);
        ClassroomConsole[] box = new ClassroomConsole[1];
        SwingUtilities.invokeAndWait(() -> box[0] = new ClassroomConsole(gui));
        ClassroomConsole console = box[0];
        try {
            // "pause at 12" as typed in the console: after twelve shown months, i.e. December 2007
            SwingUtilities.invokeAndWait(() -> {
                console.setWhenShouldPause(12);
                console.pressPlay();
            });
            long end = System.currentTimeMillis() + 30_000;
            while (!(console.getPlayState() == Console.PS_PAUSED) && System.currentTimeMillis() < end) {
                Thread.sleep(20);
            }
            assertEquals(Console.PS_PAUSED, console.getPlayState());
            assertEquals(YearMonth.of(2008, 1), ((plaza.model.PlazaModel) gui.state).month(), "twelve months shown: January 2008 next");
        } finally {
            SwingUtilities.invokeAndWait(() -> {
                console.pressStop();
                gui.quit();
                console.dispose();
            });
        }
    }

    /**
     * Every showing label, button and chooser at least as wide as its text, and (outside scroll
     * panes, which scroll rather than clip) inside its window.
     */
    private static void check(Window w, Container c, List<String> problems) {
        for (Component k : c.getComponents()) {
            if (!k.isShowing()) {
                continue;
            }
            boolean text = k instanceof JLabel || k instanceof AbstractButton || k instanceof JComboBox;
            if (text && k.getWidth() + 2 < k.getPreferredSize().width && !(k.getParent() instanceof JViewport)) {
                problems.add(describe(k) + " is " + k.getWidth() + " px wide for " + k.getPreferredSize().width + " px of text");
            }
            if (text && SwingUtilities.getAncestorOfClass(JViewport.class, k) == null) {
                Rectangle r = SwingUtilities.convertRectangle(k.getParent(), k.getBounds(), w);
                Rectangle inside = new Rectangle(0, 0, w.getWidth(), w.getHeight());
                if (!inside.contains(r)) {
                    problems.add(describe(k) + " at " + r + " is cut off by its window " + inside);
                }
            }
            if (k instanceof JViewport v && v.getView() != null && v.getView().getWidth() > v.getWidth() + 2
                    && SwingUtilities.getAncestorOfClass(ChartPanel.class, v) == null && !(v.getView() instanceof sim.display.Display2D.InnerDisplay2D)) {
                problems.add("a scroll pane needs sideways scrolling: its " + v.getView().getClass().getSimpleName() + " is "
                        + v.getView().getWidth() + " px wide in " + v.getWidth() + " px");
            }
            if (k instanceof Container inner) {
                check(w, inner, problems);
            }
        }
    }

    private static Window map(PlazaWithUI gui) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w instanceof javax.swing.JFrame f && f.getTitle().contains("network")) {
                return w;
            }
        }
        throw new AssertionError("no map window");
    }

    private static String describe(Component k) {
        String t = k instanceof JLabel l ? l.getText() : k instanceof AbstractButton b ? b.getText() : k.getClass().getSimpleName();
        return k.getClass().getSimpleName() + " '" + (t == null ? "" : t.length() > 50 ? t.substring(0, 50) + "..." : t) + "'";
    }
}
