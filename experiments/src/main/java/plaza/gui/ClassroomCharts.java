package plaza.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JPanel;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * The classroom's charts window: the six {@link ChartSpec charts} (all at once, or two or four slots
 * that each choose their chart), the running difference from the baseline above them, and the run's
 * name with the levers moved so far. The run is drawn in solid lines; the baseline with the same
 * seed, when compared, in dashed lines of the same colour. Lever changes are marked by a vertical
 * line at the month they take effect.
 *
 * <p>All methods must be called on the Swing event thread.
 */
final class ClassroomCharts {

    private final List<ClassroomChart> charts = new ArrayList<>();
    private final List<ChartPanel> panels = new ArrayList<>();
    private final JFrame frame;
    private final boolean present;
    private boolean comparing;
    private final LinkedHashSet<String> moved = new LinkedHashSet<>();
    /** The headline measure's running difference from the baseline, above the charts while comparing. */
    private final BaselineDifference difference;
    private String scenario = "";

    /** The charts first shown in each slot when fewer than six are shown: homicides, revenue, organizations, tons. */
    private static final int[] FIRST = {0, 3, 1, 2};

    /**
     * The charts of a run from {@code from} to {@code until}; {@code present}: large type;
     * {@code slots}: how many charts are on screen at a time (2 or 4, each slot choosing its chart, or all 6).
     */
    ClassroomCharts(YearMonth from, YearMonth until, boolean present, int slots) {
        this.present = present;
        JPanel grid = new JPanel(slots == 2 ? new GridLayout(1, 2, 6, 6) : slots == 4 ? new GridLayout(2, 2, 4, 4) : new GridLayout(2, 3, 4, 4));
        grid.setBackground(Color.WHITE);
        for (ChartSpec spec : ChartSpec.ALL) {
            charts.add(new ClassroomChart(spec, from, until, present));
        }
        boolean choosing = slots < ChartSpec.ALL.size();
        for (int i = 0; i < (choosing ? slots : ChartSpec.ALL.size()); i++) {
            int first = choosing ? FIRST[i] : i;
            ChartPanel panel = new ChartPanel(chart(first));
            panel.setMinimumDrawWidth(200);
            panel.setMinimumDrawHeight(150);
            panel.setMaximumDrawWidth(2400);
            panel.setMaximumDrawHeight(1600);
            panels.add(panel);
            grid.add(choosing ? slot(panel, first) : panel);
        }
        difference = new BaselineDifference(present);
        setCompare(false);
        frame = new JFrame("Plaza classroom: charts");
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        frame.getContentPane().add(difference.label(), BorderLayout.NORTH);
        frame.getContentPane().add(grid);
    }

    /** Fewer charts than six (presentation, a small screen): a slot whose chooser sets the chart it shows. */
    private JPanel slot(ChartPanel panel, int first) {
        JPanel slot = new JPanel(new BorderLayout());
        JComboBox<String> choose = new JComboBox<>(ChartSpec.ALL.stream().map(ChartSpec::shortTitle).toArray(String[]::new));
        choose.setSelectedIndex(first);
        choose.addActionListener(e -> panel.setChart(chart(choose.getSelectedIndex())));
        slot.add(choose, BorderLayout.NORTH);
        slot.add(panel, BorderLayout.CENTER);
        return slot;
    }

    /** Shows the baseline (legends, dashes subtitle, the difference above the charts) only while comparing. */
    void setCompare(boolean on) {
        comparing = on;
        showDifference();
        charts.forEach(c -> c.setCompare(on));
    }

    /** Whether any chart's legend, as it would be drawn, names the baseline (for tests). */
    boolean baselineInLegend() {
        return charts.stream().anyMatch(ClassroomChart::baselineInLegend);
    }

    /** The chart at {@code index} (for tests). */
    JFreeChart chart(int index) {
        return charts.get(index).chart();
    }

    /** The charts on screen (two in presentation mode, four on a small screen, else all six). */
    List<ChartPanel> panels() {
        return List.copyOf(panels);
    }

    /**
     * What names the run in the first chart: its legend entry, and the line under the chart where the
     * legend entry is too long to fit (for tests).
     */
    String runLabel() {
        return charts.get(0).runLabel();
    }

    JFrame frame() {
        return frame;
    }

    int size() {
        return charts.size();
    }

    /** Empties every chart and fixes the time axis to the run's months; names the run's lines. */
    void reset(String scenario, YearMonth from, YearMonth until) {
        this.scenario = scenario;
        moved.clear();
        charts.forEach(c -> c.reset(from, until));
        name("this run: " + scenario);
        showDifference();
    }

    /**
     * Names the run in the single-line charts: in the legend entry where it fits the narrowest chart
     * on screen, else (a long scenario name, several levers, presentation type on a small screen) in
     * a line under the chart that wraps, the legend entry saying only "this run".
     */
    private void name(String key) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, ChartStyle.legendPoints(present));
        int narrowest = panels.stream().mapToInt(Component::getWidth).filter(w -> w > 0).min().orElse(present ? 300 : 250);
        boolean fits = frame.getFontMetrics(font).stringWidth(key) + 40 <= narrowest;
        charts.stream().filter(ClassroomChart::single).forEach(c -> c.name(key, fits));
    }

    /** Adds a month of the run (values by metric ordinal, in the model's units). */
    void addRun(YearMonth ym, double[] values) {
        charts.forEach(c -> c.add(false, ym, values));
        showDifference();
    }

    /** Adds a month of the baseline run. */
    void addBaseline(YearMonth ym, double[] values) {
        charts.forEach(c -> c.add(true, ym, values));
        showDifference();
    }

    /** Removes the baseline lines (comparison switched off). */
    void clearBaseline() {
        charts.forEach(ClassroomChart::clearBaseline);
        showDifference();
    }

    private void showDifference() {
        if (difference != null) {
            difference.show(runValues(0), comparing ? baselineValues(0) : null);
        }
    }

    /** The running difference from the baseline as shown above the charts ("" while not comparing), for tests. */
    String differenceShown() {
        return difference.shown();
    }

    /**
     * Marks a lever change on every chart at the month it takes effect; the run's legend entry names
     * the levers moved so far ("this run: baseline + Leader targeting, Troops deployed from 2009").
     */
    void mark(YearMonth ym, String label, List<String> levers) {
        moved.addAll(levers);
        name("this run: " + scenario + (moved.isEmpty() ? "" : " + " + String.join(", ", moved)));
        charts.forEach(c -> c.mark(ym, label));
    }

    /** The lever-change labels of chart {@code index}, as last drawn (for tests). */
    MarkerLabels markerLabels(int index) {
        return charts.get(index).markerLabels();
    }

    /** The number of points drawn for the run in chart {@code index} (for tests). */
    int runPoints(int index) {
        return charts.get(index).runPoints();
    }

    /** The number of points drawn for the baseline in chart {@code index} (for tests). */
    int baselinePoints(int index) {
        return charts.get(index).baselinePoints();
    }

    /** The run's values of the first line of chart {@code index}, in month order (for tests). */
    double[] runValues(int index) {
        return charts.get(index).runValues();
    }

    /** The baseline's values of the first line of chart {@code index} (for tests). */
    double[] baselineValues(int index) {
        return charts.get(index).baselineValues();
    }

    /** Lever-change markers on chart {@code index} (for tests). */
    int markers(int index) {
        return charts.get(index).markers();
    }

    /** Renders one chart to an image (for screenshots). */
    BufferedImage image(int index, int width, int height) {
        return chart(index).createBufferedImage(width, height);
    }
}
