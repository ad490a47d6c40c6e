package plaza.analysis;

import java.awt.BasicStroke;
import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

import plaza.output.Metric;

/**
 * Horizontal bars of differences from the baseline with their 90% intervals as whiskers. The
 * intervals are symmetric t intervals, so they are drawn as mean ± half-width through JFreeChart's
 * statistical renderer (which calls the whisker a standard deviation; here it is the half-width).
 */
final class DifferenceChart {

    private static final int ROW_PIXELS = 56;
    private static final int MIN_HEIGHT = 700;
    private static final int FRAME = 320;

    private DifferenceChart() {}

    /** Chart height that keeps each bar readable. */
    static int height(int rows) {
        return Math.max(MIN_HEIGHT, FRAME + ROW_PIXELS * rows);
    }

    /** One metric: the difference of every scenario from the baseline, in the metric's unit. */
    static JFreeChart byScenario(Comparison c, Metric m, Period p) {
        double maxAbs = 0;
        for (String s : c.scenarios()) {
            Contrast x = c.contrast(s, m, p);
            maxAbs = Math.max(maxAbs, Math.max(Math.abs(x.difference()),
                    Math.max(Math.abs(nanToZero(x.low())), Math.abs(nanToZero(x.high())))));
        }
        Charts.Scale scale = Charts.Scale.of(maxAbs);
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        boolean anyMissing = false;
        for (String s : c.scenarios()) {
            Contrast x = c.contrast(s, m, p);
            Double half = x.estimable() ? (x.high() - x.low()) / 2 / scale.divisor() : null;
            anyMissing |= half == null;
            data.add((Number) (x.difference() / scale.divisor()), half, "difference", s);
            widen(range, x.difference() / scale.divisor(), half);
        }
        String unit = "difference, " + scale.word() + Metrics.summaryUnit(m, p);
        String sub = "Scenario minus " + c.baseline() + "; whiskers: 90% confidence interval"
                + (anyMissing ? " (none where a single replication leaves it unknown)" : "");
        return chart(Metrics.title(m) + ": difference from " + c.baseline(), sub, "Scenario", unit, data, false, range);
    }

    /** One scenario: the change of every metric in percent of the baseline, one bar per period. */
    static JFreeChart effects(Comparison c, String scenario) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Metric m : c.metrics()) {
            for (Period p : c.periods()) {
                Contrast x = c.contrast(scenario, m, p);
                double rel = x.relativePct();
                Double half = x.estimable() && !Double.isNaN(rel) ? (x.relativeHighPct() - x.relativeLowPct()) / 2 : null;
                data.add((Number) (Double.isNaN(rel) ? 0.0 : rel), half, p.label(), Metrics.title(m));
                widen(range, Double.isNaN(rel) ? 0.0 : rel, half);
            }
        }
        String sub = "Period totals of monthly flows, period means of stocks and rates; whiskers: 90% confidence interval";
        return chart(scenario + " against " + c.baseline(), sub, "Metric", "change from " + c.baseline() + " (%)", data,
                c.periods().size() > 1, range);
    }

    /** Widens [range[0], range[1]] to hold v and its whisker. */
    private static void widen(double[] range, double v, Double half) {
        double h = half == null || half.isNaN() ? 0 : Math.abs(half);
        range[0] = Math.min(range[0], v - h);
        range[1] = Math.max(range[1], v + h);
    }

    private static JFreeChart chart(String title, String subtitle, String categoryLabel, String valueLabel,
                                    DefaultStatisticalCategoryDataset data, boolean legend, double[] range) {
        CategoryAxis categories = new CategoryAxis(categoryLabel);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setAutoRangeIncludesZero(true);
        Charts.readableWhenFlat(values, Math.min(0, range[0]), Math.max(0, range[1]));
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setErrorIndicatorStroke(new BasicStroke(2.5f));
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, Charts.colour(i));
        }
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(2f)));
        JFreeChart chart = new JFreeChart(title, Charts.TITLE, plot, legend);
        Charts.style(chart, subtitle, categories, values);
        return chart;
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
