package plaza.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JFrame;
import javax.swing.JPanel;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import plaza.output.Metric;

/**
 * The classroom's live charts (JFreeChart, dates on the time axis): homicides, active organizations,
 * tons delivered, organizations' revenue by source, impunity and funding spent. The run is drawn in
 * solid lines; the baseline with the same seed, when compared, in dashed lines of the same colour.
 * Lever changes are marked by a vertical line at the month they take effect.
 *
 * <p>All methods must be called on the Swing event thread.
 */
final class ClassroomCharts {

    /** One line of a chart: a metric, its legend label, and the divisor to the chart's unit. */
    private record Line(Metric metric, String label, double divisor, Color colour) {}

    /** One chart: title, axis label, its lines, whether the value axis starts at zero, and a fixed range (null: automatic). */
    private record Spec(String title, String axis, boolean fromZero, List<Line> lines, double[] range) {
        Spec(String title, String axis, boolean fromZero, List<Line> lines) {
            this(title, axis, fromZero, lines, null);
        }

        /** The value axis label, short: a classroom chart is only 130-250 px high (the title names the quantity). */
        String shortAxis() {
            return axis.replace("homicides per month", "per month").replace("major organizations", "organizations")
                    .replace("tons per month", "tons/month").replace("USD millions per month", "$M/month")
                    .replace("share unsentenced (0-1)", "unsentenced");
        }

        /** The chart's name in the presentation mode's chooser: short, so a chooser fits half a 1024-pixel screen. */
        String shortTitle() {
            return title.replace("Drug-related ", "").replace("Active trafficking organizations", "Organizations")
                    .replace(" to U.S. markets", "").replace("Organizations' revenue", "Revenue").replace(" (all programs)", "");
        }
    }

    private static final Color RED = new Color(190, 30, 45);
    private static final List<Spec> SPECS = List.of(
            new Spec("Drug-related homicides", "homicides per month", true,
                    List.of(new Line(Metric.HOMICIDES, "homicides", 1, RED))),
            new Spec("Active trafficking organizations", "major organizations", true,
                    List.of(new Line(Metric.ACTIVE_DTOS, "organizations", 1, new Color(110, 60, 160)))),
            new Spec("Drugs delivered to U.S. markets", "tons per month", true,
                    List.of(new Line(Metric.TONS_DELIVERED, "tons", 1, new Color(30, 100, 170)))),
            new Spec("Organizations' revenue by source", "USD millions per month", true,
                    List.of(new Line(Metric.DTO_REVENUE_MARIJUANA_USD, "marijuana", 1e6, new Color(60, 150, 60)),
                            new Line(Metric.DTO_REVENUE_COCAINE_USD, "cocaine", 1e6, new Color(30, 100, 170)),
                            new Line(Metric.DTO_REVENUE_HEROIN_USD, "heroin", 1e6, new Color(140, 80, 40)),
                            new Line(Metric.DTO_REVENUE_METH_USD, "meth", 1e6, new Color(220, 130, 0)),
                            new Line(Metric.DTO_REVENUE_EXTORTION_USD, "extortion", 1e6, RED))),
            // a fixed 0-1 range: an automatic one spans 0.982-0.988 and makes half a point fill the chart
            new Spec("Impunity", "share unsentenced (0-1)", true,
                    List.of(new Line(Metric.IMPUNITY_RATE, "impunity", 1, new Color(90, 90, 90))), new double[] {0, 1}),
            new Spec("Funding spent (all programs)", "USD millions per month", true,
                    List.of(new Line(Metric.FUNDING_SPENT_USD, "funding", 1e6, new Color(0, 130, 130)))));

    private static final BasicStroke SOLID = new BasicStroke(2f);
    private static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            1f, new float[] {6f, 4f}, 0f);

    private static final String BASELINE_KEY = "baseline, same seed";
    private static final String RUN_KEY = "this run";
    /** Per chart, the line under it naming the run when the legend entry cannot (see {@link #name}). */
    private final List<TextTitle> runNames = new ArrayList<>();

    private final List<JFreeChart> charts = new ArrayList<>();
    private final List<List<TimeSeries>> run = new ArrayList<>();
    private final List<List<TimeSeries>> baseline = new ArrayList<>();
    private final List<ChartPanel> panels = new ArrayList<>();
    private final List<MarkerLabels> markerLabels = new ArrayList<>();
    private final JFrame frame;
    private final boolean present;
    private boolean comparing;
    private final java.util.LinkedHashSet<String> moved = new java.util.LinkedHashSet<>();
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
        for (Spec spec : SPECS) {
            TimeSeriesCollection data = new TimeSeriesCollection();
            List<TimeSeries> r = new ArrayList<>();
            List<TimeSeries> b = new ArrayList<>();
            for (Line line : spec.lines()) {
                TimeSeries s = new TimeSeries(line.label());
                r.add(s);
                data.addSeries(s);
            }
            for (Line line : spec.lines()) {
                TimeSeries s = new TimeSeries(line.label() + " (baseline)");
                b.add(s);
                data.addSeries(s);
            }
            JFreeChart chart = ChartFactory.createTimeSeriesChart(spec.title(), null, spec.shortAxis(), data,
                    true, true, false);
            style(chart, spec, present);
            // the simulation's months from the first frame (an empty time axis would read 1970)
            chart.getXYPlot().getDomainAxis().setRange(month(from).getFirstMillisecond(), month(until).getLastMillisecond());
            TextTitle runName = new TextTitle("", new Font(Font.SANS_SERIF, Font.ITALIC, legendPoints(present)));
            runName.setPosition(org.jfree.ui.RectangleEdge.BOTTOM);
            runName.setVisible(false);
            chart.addSubtitle(runName);
            runNames.add(runName);
            MarkerLabels labels = new MarkerLabels(new Font(Font.SANS_SERIF, Font.PLAIN, present ? 16 : 10));
            chart.getXYPlot().addAnnotation(labels);
            markerLabels.add(labels);
            charts.add(chart);
            run.add(r);
            baseline.add(b);
        }
        boolean choosing = slots < SPECS.size();
        for (int i = 0; i < (choosing ? slots : SPECS.size()); i++) {
            int first = choosing ? FIRST[i] : i;
            ChartPanel panel = new ChartPanel(charts.get(first));
            panel.setMinimumDrawWidth(200);
            panel.setMinimumDrawHeight(150);
            panel.setMaximumDrawWidth(2400);
            panel.setMaximumDrawHeight(1600);
            panels.add(panel);
            if (choosing) {
                // fewer charts than six (presentation, a small screen): each slot chooses which chart it shows
                JPanel slot = new JPanel(new java.awt.BorderLayout());
                javax.swing.JComboBox<String> choose = new javax.swing.JComboBox<>(SPECS.stream().map(Spec::shortTitle).toArray(String[]::new));
                choose.setSelectedIndex(first);
                choose.addActionListener(e -> panel.setChart(charts.get(choose.getSelectedIndex())));
                slot.add(choose, java.awt.BorderLayout.NORTH);
                slot.add(panel, java.awt.BorderLayout.CENTER);
                grid.add(slot);
            } else {
                grid.add(panel);
            }
        }
        difference = new BaselineDifference(present);
        setCompare(false);
        frame = new JFrame("Plaza classroom: charts");
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        frame.getContentPane().add(difference.label(), java.awt.BorderLayout.NORTH);
        frame.getContentPane().add(grid);
    }

    private static void style(JFreeChart chart, Spec spec, boolean present) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, present ? 26 : 13));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, legendPoints(present)));
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(new Color(250, 250, 250));
        plot.setDomainGridlinePaint(new Color(215, 215, 215));
        plot.setRangeGridlinePaint(new Color(215, 215, 215));
        DateAxis axis = (DateAxis) plot.getDomainAxis();
        // whole years only (1, 2, 5 or 10 apart, whichever fits), never the same year twice
        org.jfree.chart.axis.TickUnits years = new org.jfree.chart.axis.TickUnits();
        for (int n : new int[] {1, 2, 5, 10}) {
            years.add(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.YEAR, n,
                    new SimpleDateFormat("yyyy")));
        }
        axis.setStandardTickUnits(years);
        plot.getRangeAxis().setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, present ? 18 : 11));
        plot.getRangeAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, present ? 18 : 10));
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, present ? 18 : 10));
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(spec.fromZero());
        if (spec.range() != null) {
            plot.getRangeAxis().setRange(spec.range()[0], spec.range()[1]);
        }
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        int n = spec.lines().size();
        for (int i = 0; i < n; i++) {
            Color c = spec.lines().get(i).colour();
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesStroke(i, SOLID);
            renderer.setSeriesPaint(n + i, n == 1 ? new Color(120, 120, 120) : c);
            renderer.setSeriesStroke(n + i, DASHED);
        }
        if (n > 1) {
            TextTitle dashes = new TextTitle("dashed: baseline, same seed", new Font(Font.SANS_SERIF, Font.ITALIC, present ? 16 : 10));
            dashes.setVisible(false);
            chart.addSubtitle(dashes);
        }
    }

    /**
     * Shows the baseline in the legends only while the comparison is on (a legend entry for a line
     * that is not drawn would mislead); several sources: the subtitle explains the dashes instead.
     */
    void setCompare(boolean on) {
        comparing = on;
        showDifference();
        for (int c = 0; c < charts.size(); c++) {
            int n = SPECS.get(c).lines().size();
            XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) charts.get(c).getXYPlot().getRenderer();
            for (int i = 0; i < n; i++) {
                renderer.setSeriesVisibleInLegend(n + i, on && n == 1);
            }
            for (int t = 0; t < charts.get(c).getSubtitleCount(); t++) {
                if (charts.get(c).getSubtitle(t) instanceof TextTitle tt && tt.getText().startsWith("dashed")) {
                    tt.setVisible(on);
                }
            }
        }
    }

    /** Whether any chart's legend, as it would be drawn, names the baseline (for tests). */
    boolean baselineInLegend() {
        for (JFreeChart chart : charts) {
            for (var item : (Iterable<?>) () -> chart.getXYPlot().getLegendItems().iterator()) {
                String label = ((org.jfree.chart.LegendItem) item).getLabel();
                if (label.equals(BASELINE_KEY) || label.endsWith("(baseline)")) { // "this run: baseline + ..." is the run
                    return true;
                }
            }
            for (int t = 0; t < chart.getSubtitleCount(); t++) {
                if (chart.getSubtitle(t) instanceof TextTitle tt && tt.isVisible() && tt.getText().startsWith("dashed: baseline")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The chart at {@code index} (for tests). */
    JFreeChart chart(int index) {
        return charts.get(index);
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
        String key = (String) run.get(0).get(0).getKey();
        return runNames.get(0).isVisible() ? key + " | " + runNames.get(0).getText() : key;
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
        for (int c = 0; c < charts.size(); c++) {
            XYPlot plot = charts.get(c).getXYPlot();
            plot.clearDomainMarkers();
            markerLabels.get(c).clear();
            plot.getDomainAxis().setRange(month(from).getFirstMillisecond(), month(until).getLastMillisecond());
            List<Line> lines = SPECS.get(c).lines();
            for (int i = 0; i < lines.size(); i++) {
                run.get(c).get(i).clear();
                baseline.get(c).get(i).clear();
                if (lines.size() == 1) {
                    baseline.get(c).get(i).setKey(BASELINE_KEY);
                }
            }
        }
        name("this run: " + scenario);
        showDifference();
    }

    /**
     * Names the run in the single-line charts: in the legend entry where it fits the narrowest chart
     * on screen, else (a long scenario name, several levers, presentation type on a small screen) in
     * a line under the chart that wraps, the legend entry saying only "this run".
     */
    private void name(String key) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, legendPoints(present));
        int narrowest = panels.stream().mapToInt(java.awt.Component::getWidth).filter(w -> w > 0).min().orElse(present ? 300 : 250);
        boolean fits = frame.getFontMetrics(font).stringWidth(key) + 40 <= narrowest;
        for (int c = 0; c < charts.size(); c++) {
            if (SPECS.get(c).lines().size() == 1) {
                run.get(c).get(0).setKey(fits ? key : RUN_KEY);
                runNames.get(c).setText(key);
                runNames.get(c).setVisible(!fits);
            }
        }
    }

    private static int legendPoints(boolean present) {
        return present ? 18 : 11;
    }

    /** Adds a month of the run (values by metric ordinal, in the model's units). */
    void addRun(YearMonth ym, double[] values) {
        add(run, ym, values);
        showDifference();
    }

    /** Adds a month of the baseline run. */
    void addBaseline(YearMonth ym, double[] values) {
        add(baseline, ym, values);
        showDifference();
    }

    /** Removes the baseline lines (comparison switched off). */
    void clearBaseline() {
        for (List<TimeSeries> list : baseline) {
            for (TimeSeries s : list) {
                s.clear();
            }
        }
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

    private static void add(List<List<TimeSeries>> target, YearMonth ym, double[] values) {
        Month m = month(ym);
        for (int c = 0; c < SPECS.size(); c++) {
            List<Line> lines = SPECS.get(c).lines();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                target.get(c).get(i).addOrUpdate(m, values[line.metric().ordinal()] / line.divisor());
            }
        }
    }

    /**
     * Marks a lever change on every chart at the month it takes effect; the run's legend entry names
     * the levers moved so far ("this run: baseline + Leader targeting, Troops deployed from 2009").
     */
    void mark(YearMonth ym, String label, List<String> levers) {
        moved.addAll(levers);
        name("this run: " + scenario + (moved.isEmpty() ? "" : " + " + String.join(", ", moved)));
        for (int c = 0; c < charts.size(); c++) {
            ValueMarker marker = new ValueMarker(month(ym).getFirstMillisecond());
            marker.setPaint(new Color(200, 40, 40));
            marker.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {3f, 3f}, 0f));
            charts.get(c).getXYPlot().addDomainMarker(marker);
            // labelled by MarkerLabels: inside the plot, never overprinting another label
            markerLabels.get(c).add(month(ym).getFirstMillisecond(), label);
        }
    }

    /** The lever-change labels of chart {@code index}, as last drawn (for tests). */
    MarkerLabels markerLabels(int index) {
        return markerLabels.get(index);
    }

    /** The number of points drawn for the run in chart {@code index} (for tests). */
    int runPoints(int index) {
        return run.get(index).get(0).getItemCount();
    }

    /** The number of points drawn for the baseline in chart {@code index} (for tests). */
    int baselinePoints(int index) {
        return baseline.get(index).get(0).getItemCount();
    }

    /** The run's values of the first line of chart {@code index}, in month order (for tests). */
    double[] runValues(int index) {
        return values(run.get(index).get(0));
    }

    /** The baseline's values of the first line of chart {@code index} (for tests). */
    double[] baselineValues(int index) {
        return values(baseline.get(index).get(0));
    }

    private static double[] values(TimeSeries s) {
        double[] v = new double[s.getItemCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = s.getValue(i).doubleValue();
        }
        return v;
    }

    /** Lever-change markers on chart {@code index} (for tests). */
    int markers(int index) {
        var markers = charts.get(index).getXYPlot().getDomainMarkers(org.jfree.ui.Layer.FOREGROUND);
        return markers == null ? 0 : markers.size();
    }

    /** Renders one chart to an image (for screenshots). */
    BufferedImage image(int index, int width, int height) {
        return charts.get(index).createBufferedImage(width, height);
    }

    static Month month(YearMonth ym) {
        return new Month(ym.getMonthValue(), ym.getYear());
    }
}
