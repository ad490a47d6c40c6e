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
 * no label, button, chooser or value field is narrower than its text, nothing is cut off by the
 * panel or scroll pane it lies in, nothing of the model tab is cut off by its
 * window, the charts are large enough to read and have data, the legends say what is drawn, and
 * the snapshot and CSV export work.
 */
class ClassroomFitTest {

    @ParameterizedTest
    @CsvSource({"1280x720, false", "1280x720, true", "1024x768, false", "1024x768, true"})
    void fitsTheProjectorAndChartsHaveData(String size, boolean present) throws Exception {
        needDisplay();
        System.setProperty("plaza.gui.screen", size);
        Rectangle screen = ClassroomLayout.screen();
        Path home = Path.of("..").toAbsolutePath().normalize();
        ScenarioLibrary library = new ScenarioLibrary(home.resolve("scenarios"));
        PlazaWithUI gui = new PlazaWithUI(library, library.load("baseline"), 3, 100, YearMonth.of(2012, 12), false, present);
        Console console = ClassroomConsoleTest.open(gui);
        try {
            ClassroomCharts charts = gui.charts();
            // before play the time axis already shows the simulation's years, not 1970
            SwingUtilities.invokeAndWait(() -> {
                for (int c = 0; c < charts.size(); c++) {
                    var axis = (org.jfree.chart.axis.DateAxis) charts.chart(c).getXYPlot().getDomainAxis();
                    assertEquals("2007-01 2012-12", new java.text.SimpleDateFormat("yyyy-MM").format(axis.getMinimumDate()) + " "
                            + new java.text.SimpleDateFormat("yyyy-MM").format(axis.getMaximumDate()), "chart " + c + " before play");
                }
                // MASON's movie button (it needs JMF) and PDF snapshot are gone from the map's header
                for (Component k : gui.map().display().header.getComponents()) {
                    assertTrue(k != gui.map().display().movieButton && k != gui.map().display().snapshotButton, "no movie or PDF button");
                }
            });
            ClassroomInspector inspector = (ClassroomInspector) gui.getInspector();
            int kingpin = gui.choices().levers().all().indexOf(IntelligenceParameters.KINGPIN_INTENSITY);
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
            assertTrue(label[0].contains("Leader targeting"), "the legend names the lever moved: " + label[0]);
            assertFalse(legend[0], "no baseline legend entry while the comparison is off");
            assertEquals(1, charts.markers(0), "the lever set before play is marked");
            // impunity on a fixed 0-1 axis, not zoomed to the third decimal
            var impunity = charts.chart(4).getXYPlot().getRangeAxis();
            assertEquals("Impunity", charts.chart(4).getTitle().getText());
            assertEquals(0.0, impunity.getLowerBound());
            assertEquals(1.0, impunity.getUpperBound());

            // two more levers in January 2008, as a class would: three labels near each other, a long legend
            int troops = gui.choices().levers().all().indexOf(plaza.params.ParameterCatalog.byName("military.troops_deployed_2009", "test"));
            int guns = gui.choices().levers().all().indexOf(plaza.params.ParameterCatalog.byName("policy.gun_control_intensity", "test"));
            SwingUtilities.invokeAndWait(() -> {
                inspector.properties().setValue(troops, "60000");
                inspector.properties().setValue(guns, "1");
            });
            ClassroomConsoleTest.runUntilPaused(console, 24 + 13);
            Thread.sleep(300);
            SwingUtilities.invokeAndWait(() -> {
                label[0] = charts.runLabel();
                charts.frame().repaint();
            });
            assertEquals(3, charts.markers(0), "each change marked");
            assertTrue(label[0].contains("Leader targeting") && label[0].contains("Troops deployed from 2009")
                    && label[0].contains("Gun trafficking control"), "the run is named with every lever moved: " + label[0]);
            Thread.sleep(300);
            SwingUtilities.invokeAndWait(() -> { });

            List<String> problems = new ArrayList<>();
            SwingUtilities.invokeAndWait(() -> {
                for (Window w : List.of(console, gui.charts().frame(), (Window) SwingUtilities.getWindowAncestor(charts.panels().get(0)))) {
                    if (!screen.contains(w.getBounds())) {
                        problems.add(w.getName() + " " + w.getBounds() + " leaves the " + size + " screen");
                    }
                }
                check(console, console, problems);
                if (System.getProperty("plaza.dumpTree") != null) {
                    dump(console, "");
                }
                check(map(gui), map(gui), problems);
                check(gui.charts().frame(), gui.charts().frame(), problems);
                for (int c = 0; c < charts.size(); c++) {
                    MarkerLabels m = charts.markerLabels(c);
                    if (m.leftOut() > 0) {
                        problems.add("chart " + c + ": " + m.leftOut() + " lever labels found no room");
                    }
                    for (int i = 0; i < m.drawn().size(); i++) {
                        for (int j = i + 1; j < m.drawn().size(); j++) {
                            if (m.drawn().get(i).intersects(m.drawn().get(j))) {
                                problems.add("chart " + c + ": lever labels " + i + " and " + j + " overlap");
                            }
                        }
                    }
                    for (java.awt.geom.Rectangle2D r : m.drawn()) {
                        if (!m.area().contains(r)) {
                            problems.add("chart " + c + ": lever label at " + r + " cut off by the plot " + m.area());
                        }
                    }
                }
                for (ChartPanel p : charts.panels()) {
                    // the title and the legend items as last drawn lie inside the chart (JFreeChart cuts them off otherwise)
                    var info = p.getChartRenderingInfo();
                    var drawnIn = info.getChartArea().getBounds2D();
                    drawnIn.add(new java.awt.geom.Point2D.Double(drawnIn.getMaxX() + 1, drawnIn.getMaxY() + 1));
                    int titles = 0;
                    for (Object e : info.getEntityCollection().getEntities()) {
                        if (e instanceof org.jfree.chart.entity.TitleEntity || e instanceof org.jfree.chart.entity.LegendItemEntity) {
                            titles++;
                            var at = ((org.jfree.chart.entity.ChartEntity) e).getArea().getBounds2D();
                            if (!drawnIn.contains(at)) {
                                problems.add("chart " + p.getChart().getTitle().getText() + ": " + e.getClass().getSimpleName() + " at "
                                        + at + " cut off by the chart " + drawnIn);
                            }
                        }
                    }
                    var range = p.getChart().getXYPlot().getRangeAxis();
                    int axisText = p.getFontMetrics(range.getLabelFont()).stringWidth(range.getLabel());
                    if (axisText > info.getPlotInfo().getDataArea().getHeight() + 20) {
                        problems.add("chart " + p.getChart().getTitle().getText() + ": axis label '" + range.getLabel() + "' (" + axisText
                                + " px) longer than the axis (" + (int) info.getPlotInfo().getDataArea().getHeight() + " px)");
                    }
                    if (titles == 0) {
                        problems.add("chart " + p.getChart().getTitle().getText() + ": no title or legend drawn");
                    }
                    // six charts on a 1280x720 screen: about 265x190 each (the presentation mode shows two, large)
                    if (p.getWidth() < (present ? 300 : 250) || p.getHeight() < (present ? 300 : 160)) {
                        problems.add("chart " + p.getChart().getTitle().getText() + " only " + p.getWidth() + "x" + p.getHeight());
                    }
                }
            });
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            assertMapReadable(gui, size);
            assertEquals(present ? 2 : size.equals("1024x768") ? 4 : 6, charts.panels().size(), "charts on screen at a time");
            if (present) {
                List<String> small = new ArrayList<>();
                SwingUtilities.invokeAndWait(() -> {
                    for (Window w : List.of(console, gui.charts().frame(), map(gui))) {
                        smallType(w, small);
                    }
                    for (ChartPanel p : charts.panels()) {
                        smallType(p.getChart(), small);
                    }
                });
                assertTrue(small.isEmpty(), "presentation type below " + PRESENT_POINTS + " pt:\n" + String.join("\n", small));
                assertTrue(gui.map().textPoints() >= PRESENT_POINTS, "the map's legend in large type");
                // each slot chooses its chart
                SwingUtilities.invokeAndWait(() -> {
                    List<JComboBox<?>> choosers = new ArrayList<>();
                    collect(gui.charts().frame().getContentPane(), JComboBox.class, choosers);
                    assertEquals(2, choosers.size(), "a chooser per slot");
                    choosers.get(1).setSelectedIndex(2);
                    assertTrue(charts.panels().get(1).getChart() == charts.chart(2), "the second slot now shows the third chart");
                    choosers.get(1).setSelectedIndex(3); // back to revenue for the screenshot
                });
            }

            // the README screenshots, before the export below writes its temporary path into the message line
            {
                Path shot = Files.createDirectories(home.resolve("results")).resolve("gui-" + (present ? "present-" : "") + size + ".png");
                SwingUtilities.invokeAndWait(() -> {
                    try {
                        javax.imageio.ImageIO.write(new java.awt.Robot().createScreenCapture(screen), "png", shot.toFile());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
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
            assertEquals(1 + 13, csv.size(), "header and the months run");
            assertTrue(csv.get(1).startsWith("baseline,3,2007-01,"), csv.get(1));
        } finally {
            System.clearProperty("plaza.gui.screen");
            close(console, gui);
        }
    }

    /**
     * The map's toolbar shows a rounded zoom ("Scale: 0.5", not 0.535593220338983), and the
     * organization legend, as last drawn, lists the organizations holding plazas and covers no border
     * crossing (the crossings' positions computed here from their coordinates).
     */
    private static void assertMapReadable(PlazaWithUI gui, String size) throws Exception {
        String[] zoom = new String[1];
        SwingUtilities.invokeAndWait(() -> {
            zoom[0] = gui.map().display().scaleField.getField().getText();
            gui.map().display().repaint();
        });
        assertTrue(zoom[0].matches("[0-9](\\.[0-9][05]?)?"), size + ": a rounded zoom, not " + zoom[0]);
        Thread.sleep(400);
        SwingUtilities.invokeAndWait(() -> { });
        NetworkMap.LegendDrawn drawn = gui.map().legendDrawn();
        assertTrue(drawn != null, "the legend was drawn");
        int covered = 0;
        StringBuilder which = new StringBuilder();
        for (plaza.world.CrossingSite c : plaza.world.Geography.CROSSINGS) {
            double x = drawn.x0() + MapGeometry.x(c.lon()) * drawn.unit();
            double y = drawn.y0() + MapGeometry.y(c.lat()) * drawn.unit();
            if (drawn.box().intersects(x - 5, y - 5, 10, 10)) {
                covered++;
                which.append(' ').append(c.name()).append(String.format(" at %.0f,%.0f (origin %.0f,%.0f, unit %.1f)", x, y, drawn.x0(), drawn.y0(), drawn.unit()));
            }
        }
        assertEquals(0, covered, size + ": crossings under the legend at " + drawn.box() + ":" + which);
        var legend = gui.map().snapshot().legend();
        assertFalse(legend.isEmpty(), "the legend lists the organizations holding plazas");
        long held = java.util.Arrays.stream(gui.map().snapshot().controllers()).filter(java.util.Objects::nonNull).count();
        assertEquals(held, legend.stream().mapToInt(MapSnapshot.LegendEntry::plazas).sum(), "every held plaza counted in the legend");
    }

    @org.junit.jupiter.api.Test
    void theStatusSaysFinishedWhenTheRunEnds() throws Exception {
        needDisplay();
        ScenarioLibrary library = new ScenarioLibrary(Path.of("..", "scenarios"));
        PlazaWithUI gui = new PlazaWithUI(library, library.load("baseline"), 3, 100, YearMonth.of(2007, 6), false);
        Console console = ClassroomConsoleTest.open(gui);
        try {
            ClassroomInspector inspector = (ClassroomInspector) gui.getInspector();
            SwingUtilities.invokeAndWait(console::pressPlay);
            String[] shown = new String[1];
            long end = System.currentTimeMillis() + 30_000;
            do {
                Thread.sleep(50);
                SwingUtilities.invokeAndWait(() -> shown[0] = inspector.statusShown());
            } while (!(console.getPlayState() == Console.PS_STOPPED && shown[0].contains("Finished")) && System.currentTimeMillis() < end);
            assertEquals(Console.PS_STOPPED, console.getPlayState(), "the console stops at the last month");
            assertTrue(shown[0].contains("Finished") && shown[0].contains("2007-06"), "the message line says the run finished: " + shown[0]);
            assertFalse(shown[0].contains("Running"), shown[0]);
            int[] points = new int[1];
            SwingUtilities.invokeAndWait(() -> points[0] = gui.charts().runPoints(0));
            assertEquals(6, points[0], "January to June charted");
        } finally {
            close(console, gui);
        }
    }

    @org.junit.jupiter.api.Test
    void theAutomaticPauseCountsShownMonths() throws Exception {
        needDisplay();
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
            close(console, gui);
        }
    }

    /**
     * Every showing label, button, chooser and text field at least as wide as its text, every showing component
     * whole inside its ancestors (see {@link #clipped}), and no scroll pane needing sideways scrolling.
     */
    private static void check(Window w, Container c, List<String> problems) {
        for (Component k : c.getComponents()) {
            if (!k.isShowing()) {
                continue;
            }
            boolean text = k instanceof JLabel || k instanceof AbstractButton || k instanceof JComboBox
                    || k instanceof javax.swing.text.JTextComponent;
            if (text && k.getWidth() + 2 < textWidth(k) && !(k.getParent() instanceof JViewport)) {
                problems.add(describe(k) + " is " + k.getWidth() + " px wide for " + textWidth(k) + " px of text");
            }
            clipped(w, k, problems);
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

    /**
     * Whether any part of a showing component is cut off: checked against every ancestor up to its
     * window (a panel, a tab, a split pane clips what lies outside it), and inside a scroll pane
     * against the viewport sideways (scroll panes here scroll only vertically, except the map's and a
     * chart's own). A text field or slider pushed past the right edge of the model tab is caught here.
     */
    private static void clipped(Window w, Component k, List<String> problems) {
        if (k.getWidth() <= 0 || k.getHeight() <= 0) {
            return;
        }
        for (Container a = k.getParent(); a != null; a = a.getParent()) {
            Rectangle r = SwingUtilities.convertRectangle(k.getParent(), k.getBounds(), a);
            if (a instanceof JViewport v) {
                if (v.getView() instanceof sim.display.Display2D.InnerDisplay2D) {
                    return;
                }
                if (r.x < -1 || r.x + r.width > v.getWidth() + 1) {
                    problems.add(describe(k) + " at x " + r.x + "-" + (r.x + r.width) + " is cut off by the right or left edge of a "
                            + v.getWidth() + " px scroll pane");
                }
                return; // vertically a scroll pane scrolls; the viewport itself is checked against its own ancestors
            }
            if (r.x < -1 || r.y < -1 || r.x + r.width > a.getWidth() + 1 || r.y + r.height > a.getHeight() + 1) {
                problems.add(describe(k) + " at " + r + " is cut off by its " + a.getClass().getSimpleName() + " ("
                        + a.getWidth() + "x" + a.getHeight() + ")");
                return;
            }
            if (a == w) {
                return;
            }
        }
    }

    /**
     * The width a component needs to show its text: a plain label its text (MASON reserves room for
     * long step counts in its preferred size), anything else its preferred width.
     */
    private static int textWidth(Component k) {
        if (k instanceof JLabel l && l.getText() != null && !l.getText().startsWith("<html>")) {
            java.awt.Insets in = l.getInsets();
            int icon = l.getIcon() == null ? 0 : l.getIcon().getIconWidth() + l.getIconTextGap();
            return l.getFontMetrics(l.getFont()).stringWidth(l.getText()) + in.left + in.right + icon;
        }
        return k.getPreferredSize().width;
    }

    @SuppressWarnings("unchecked")
    private static <T> void collect(Container c, Class<?> type, List<T> into) {
        for (Component k : c.getComponents()) {
            if (type.isInstance(k)) {
                into.add((T) k);
            }
            if (k instanceof Container inner) {
                collect(inner, type, into);
            }
        }
    }

    private static void needDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            Assumptions.abort("no display: run the GUI test under xvfb-run (.ci/run does this)");
        }
    }

    private static void close(Console console, PlazaWithUI gui) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            console.pressStop();
            gui.quit();
            console.dispose();
        });
    }

    /** Type read from the back of a room: at least 16 points (a 12-point desktop font is 1.5 times smaller). */
    private static final int PRESENT_POINTS = 16;

    private static void smallType(Container c, List<String> small) {
        for (Component k : c.getComponents()) {
            if (!k.isShowing()) {
                continue;
            }
            boolean text = k instanceof JLabel l && l.getText() != null && !l.getText().isBlank()
                    || k instanceof AbstractButton b && b.getText() != null && !b.getText().isBlank()
                    || k instanceof JComboBox || k instanceof javax.swing.text.JTextComponent || k instanceof javax.swing.JTabbedPane;
            if (text && k.getFont().getSize2D() < PRESENT_POINTS) {
                small.add(describe(k) + " in " + k.getFont().getSize2D() + " pt");
            }
            if (k instanceof Container inner) {
                smallType(inner, small);
            }
        }
    }

    private static void smallType(org.jfree.chart.JFreeChart chart, List<String> small) {
        String name = chart.getTitle().getText();
        List<java.awt.Font> fonts = new ArrayList<>(List.of(chart.getTitle().getFont(), chart.getLegend().getItemFont()));
        var plot = chart.getXYPlot();
        fonts.addAll(List.of(plot.getDomainAxis().getTickLabelFont(), plot.getRangeAxis().getTickLabelFont(),
                plot.getRangeAxis().getLabelFont()));
        for (Object a : plot.getAnnotations()) {
            if (a instanceof MarkerLabels m) {
                fonts.add(m.font()); // the lever-change labels
            }
        }
        for (java.awt.Font f : fonts) {
            if (f.getSize2D() < PRESENT_POINTS) {
                small.add("chart '" + name + "': " + f);
            }
        }
    }

    private static void dump(Component c, String indent) {
        if (!c.isShowing()) {
            return;
        }
        System.out.println(indent + describe(c) + " " + c.getBounds() + " pref " + c.getPreferredSize().width + " min " + c.getMinimumSize().width);
        if (c instanceof Container k) {
            for (Component x : k.getComponents()) {
                dump(x, indent + "  ");
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
        String t = k instanceof JLabel l ? l.getText() : k instanceof AbstractButton b ? b.getText()
                : k instanceof javax.swing.text.JTextComponent f ? f.getText() : k.getClass().getSimpleName();
        return k.getClass().getSimpleName() + " '" + (t == null ? "" : t.length() > 50 ? t.substring(0, 50) + "..." : t) + "'";
    }
}
