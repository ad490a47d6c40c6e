package plaza.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleEdge;

/**
 * One live chart of the classroom: the run's lines and the baseline's (same seed), the lever-change
 * markers with their labels, and the line under the chart that names the run when its legend entry
 * cannot. Call on the Swing event thread.
 */
final class ClassroomChart {

    static final String BASELINE_KEY = "baseline, same seed";
    static final String RUN_KEY = "this run";

    private final ChartSpec spec;
    private final JFreeChart chart;
    private final List<TimeSeries> run = new ArrayList<>();
    private final List<TimeSeries> baseline = new ArrayList<>();
    /** The line under the chart naming the run when the legend entry cannot (see {@link #name}). */
    private final TextTitle runName;
    private final MarkerLabels markerLabels;

    /** The chart of {@code spec}, its time axis fixed to {@code from}-{@code until}; {@code present}: large type. */
    ClassroomChart(ChartSpec spec, YearMonth from, YearMonth until, boolean present) {
        this.spec = spec;
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (ChartSpec.Line line : spec.lines()) {
            TimeSeries s = new TimeSeries(line.label());
            run.add(s);
            data.addSeries(s);
        }
        for (ChartSpec.Line line : spec.lines()) {
            TimeSeries s = new TimeSeries(line.label() + " (baseline)");
            baseline.add(s);
            data.addSeries(s);
        }
        chart = ChartFactory.createTimeSeriesChart(spec.title(), null, spec.shortAxis(), data, true, true, false);
        ChartStyle.apply(chart, spec, present);
        // the simulation's months from the first frame (an empty time axis would read 1970)
        chart.getXYPlot().getDomainAxis().setRange(month(from).getFirstMillisecond(), month(until).getLastMillisecond());
        runName = new TextTitle("", new Font(Font.SANS_SERIF, Font.ITALIC, ChartStyle.legendPoints(present)));
        runName.setPosition(RectangleEdge.BOTTOM);
        runName.setVisible(false);
        chart.addSubtitle(runName);
        markerLabels = new MarkerLabels(new Font(Font.SANS_SERIF, Font.PLAIN, present ? 16 : 10));
        chart.getXYPlot().addAnnotation(markerLabels);
    }

    JFreeChart chart() {
        return chart;
    }

    /** Whether the chart has one line (its legend entry can name the run and the baseline). */
    boolean single() {
        return spec.lines().size() == 1;
    }

    /** Empties the chart and its markers and fixes the time axis to the run's months. */
    void reset(YearMonth from, YearMonth until) {
        XYPlot plot = chart.getXYPlot();
        plot.clearDomainMarkers();
        markerLabels.clear();
        plot.getDomainAxis().setRange(month(from).getFirstMillisecond(), month(until).getLastMillisecond());
        for (int i = 0; i < spec.lines().size(); i++) {
            run.get(i).clear();
            baseline.get(i).clear();
            if (single()) {
                baseline.get(i).setKey(BASELINE_KEY);
            }
        }
    }

    /**
     * Shows the baseline in the legend only while the comparison is on (a legend entry for a line
     * that is not drawn would mislead); several lines: the subtitle explains the dashes instead.
     */
    void setCompare(boolean on) {
        int n = spec.lines().size();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        for (int i = 0; i < n; i++) {
            renderer.setSeriesVisibleInLegend(n + i, on && n == 1);
        }
        for (int t = 0; t < chart.getSubtitleCount(); t++) {
            if (chart.getSubtitle(t) instanceof TextTitle tt && tt.getText().startsWith(ChartStyle.DASHES)) {
                tt.setVisible(on);
            }
        }
    }

    /** Names the run: {@code key} in the legend entry if it {@code fits}, else "this run" there and {@code key} under the chart. */
    void name(String key, boolean fits) {
        run.get(0).setKey(fits ? key : RUN_KEY);
        runName.setText(key);
        runName.setVisible(!fits);
    }

    /** What names the run: its legend entry, and the line under the chart where that is shown. */
    String runLabel() {
        String key = (String) run.get(0).getKey();
        return runName.isVisible() ? key + " | " + runName.getText() : key;
    }

    /** Whether the legend, as it would be drawn, names the baseline. */
    boolean baselineInLegend() {
        for (var item : (Iterable<?>) () -> chart.getXYPlot().getLegendItems().iterator()) {
            String label = ((LegendItem) item).getLabel();
            if (label.equals(BASELINE_KEY) || label.endsWith("(baseline)")) { // "this run: baseline + ..." is the run
                return true;
            }
        }
        for (int t = 0; t < chart.getSubtitleCount(); t++) {
            if (chart.getSubtitle(t) instanceof TextTitle tt && tt.isVisible() && tt.getText().startsWith(ChartStyle.DASHES)) {
                return true;
            }
        }
        return false;
    }

    /** Adds a month (values by metric ordinal, in the model's units) to the run's or the baseline's lines. */
    void add(boolean ofBaseline, YearMonth ym, double[] values) {
        Month m = month(ym);
        List<TimeSeries> target = ofBaseline ? baseline : run;
        for (int i = 0; i < spec.lines().size(); i++) {
            ChartSpec.Line line = spec.lines().get(i);
            target.get(i).addOrUpdate(m, values[line.metric().ordinal()] / line.divisor());
        }
    }

    void clearBaseline() {
        baseline.forEach(TimeSeries::clear);
    }

    /** Marks a lever change at the month it takes effect: a dashed red line, labelled inside the plot. */
    void mark(YearMonth ym, String label) {
        ValueMarker marker = new ValueMarker(month(ym).getFirstMillisecond());
        marker.setPaint(new Color(200, 40, 40));
        marker.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {3f, 3f}, 0f));
        chart.getXYPlot().addDomainMarker(marker);
        // labelled by MarkerLabels: inside the plot, never overprinting another label
        markerLabels.add(month(ym).getFirstMillisecond(), label);
    }

    MarkerLabels markerLabels() {
        return markerLabels;
    }

    int markers() {
        var markers = chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND);
        return markers == null ? 0 : markers.size();
    }

    int runPoints() {
        return run.get(0).getItemCount();
    }

    int baselinePoints() {
        return baseline.get(0).getItemCount();
    }

    /** The values of the run's first line, in month order. */
    double[] runValues() {
        return values(run.get(0));
    }

    /** The values of the baseline's first line, in month order. */
    double[] baselineValues() {
        return values(baseline.get(0));
    }

    private static double[] values(TimeSeries s) {
        double[] v = new double[s.getItemCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = s.getValue(i).doubleValue();
        }
        return v;
    }

    static Month month(YearMonth ym) {
        return new Month(ym.getMonthValue(), ym.getYear());
    }
}
