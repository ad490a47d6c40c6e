package plaza.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import plaza.output.Metric;

/**
 * Charts that show more than a mean and an interval: the per-seed differences behind a paired
 * comparison (one dot per seed, so an outlier seed or a bimodal effect is visible), and the tradeoff
 * of two outcomes (each scenario's change in one against its change in the other, with intervals).
 */
final class SeedCharts {

    private SeedCharts() {}

    /**
     * One metric: for every scenario run with the baseline's seeds, each seed's difference (scenario
     * run minus the baseline run of that seed) as a dot, and the mean. Null when no scenario is paired.
     */
    static JFreeChart perSeed(Comparison c, Metric m, Period p) {
        List<Replication> base = c.data().replications(c.baseline());
        Map<Long, Double> b = Statistics.bySeed(base, m, p);
        if (b == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<List<Double>> diffs = new ArrayList<>();
        double maxAbs = 0;
        for (String s : c.scenarios()) {
            Map<Long, Double> a = Statistics.bySeed(c.data().replications(s), m, p);
            if (a == null) {
                continue;
            }
            TreeSet<Long> common = new TreeSet<>(a.keySet());
            common.retainAll(b.keySet());
            if (common.size() < 2) {
                continue;
            }
            List<Double> d = new ArrayList<>();
            for (Long seed : common) {
                double v = a.get(seed) - b.get(seed);
                d.add(v);
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
            names.add(s);
            diffs.add(d);
        }
        if (names.isEmpty()) {
            return null;
        }
        Charts.Scale scale = Charts.Scale.of(maxAbs);
        DefaultMultiValueCategoryDataset data = new DefaultMultiValueCategoryDataset();
        for (int i = 0; i < names.size(); i++) {
            List<Double> scaled = diffs.get(i).stream().map(v -> v / scale.divisor()).toList();
            data.add(scaled, "one seed (dots) and mean (bar)", names.get(i));
        }
        CategoryAxis scenarios = new CategoryAxis("Scenario");
        scenarios.setCategoryLabelPositions(names.size() > 5 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        scenarios.setMaximumCategoryLabelLines(2);
        NumberAxis values = new NumberAxis("difference, " + scale.word() + Metrics.summaryUnit(m, p));
        values.setAutoRangeIncludesZero(true);
        Charts.readableWhenFlat(values, -maxAbs / scale.divisor(), maxAbs / scale.divisor());
        ScatterRenderer dots = new ScatterRenderer();
        dots.setSeriesPaint(0, Charts.colour(0));
        dots.setUseOutlinePaint(false);
        dots.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        CategoryPlot plot = new CategoryPlot(data, scenarios, values, dots);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(2f)));
        JFreeChart chart = new JFreeChart(Metrics.title(m) + ": each seed's difference from " + c.baseline(), Charts.TITLE, plot, false);
        Charts.style(chart, "One dot per seed: the scenario's run minus the baseline's run with the same random numbers, "
                + p.label(), scenarios, values);
        return chart;
    }

    /**
     * Each scenario as a point: x its change in {@code x} (percent of the baseline), y its change in
     * {@code y}, with 90% intervals as error bars in both directions, named by {@link PointLabels}.
     * Each scenario is its own series (key: the scenario's name, one item), so the name drawn next to
     * a point is the key of that point's own series.
     */
    static JFreeChart tradeoff(Comparison c, Metric x, Metric y, Period p) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        double[] range = {0, 0};
        for (String s : c.scenarios()) {
            Contrast a = c.contrast(s, x, p);
            Contrast b = c.contrast(s, y, p);
            double ax = a.relativePct();
            double by = relativeOrZero(b);
            if (Double.isNaN(a.relativePct()) || Double.isNaN(by)) {
                continue;
            }
            XYIntervalSeries point = new XYIntervalSeries(s, false, true);
            double byLow = b.estimable() && !Double.isNaN(b.relativeLowPct()) ? b.relativeLowPct() : by;
            double byHigh = b.estimable() && !Double.isNaN(b.relativeHighPct()) ? b.relativeHighPct() : by;
            point.add(ax, a.estimable() ? a.relativeLowPct() : ax, a.estimable() ? a.relativeHighPct() : ax, by, byLow, byHigh);
            range[0] = Math.min(range[0], byLow);
            range[1] = Math.max(range[1], byHigh);
            data.addSeries(point);
        }
        NumberAxis xAxis = new NumberAxis("change in " + Metrics.title(x) + ", % of " + c.baseline());
        NumberAxis yAxis = new NumberAxis("change in " + Metrics.title(y) + ", % of " + c.baseline());
        xAxis.setAutoRangeIncludesZero(true);
        yAxis.setAutoRangeIncludesZero(true);
        Charts.readableWhenFlat(yAxis, range[0], range[1]);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setErrorPaint(Color.DARK_GRAY);
        r.setErrorStroke(new BasicStroke(2f));
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, Charts.colour(0));
            r.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-7, -7, 14, 14));
        }
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.addDomainMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f)));
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f)));
        plot.addAnnotation(new PointLabels(new Font(Font.SANS_SERIF, Font.PLAIN, 18)));
        JFreeChart chart = new JFreeChart("Tradeoff: homicides against " + Metrics.title(y),
                Charts.TITLE, plot, false);
        Charts.style(chart, p.label() + "; lower left is fewer homicides and less " + Metrics.title(y)
                + "; bars: 90% confidence intervals", xAxis, yAxis);
        return chart;
    }

    /**
     * The relative change, or 0 when the metric is 0 in both the scenario and the baseline (no funding
     * in either: unchanged), NaN when only the baseline is 0 (a change no percentage describes).
     */
    private static double relativeOrZero(Contrast b) {
        if (!Double.isNaN(b.relativePct())) {
            return b.relativePct();
        }
        return b.baselineValue() == 0 && b.scenarioValue() == 0 ? 0 : Double.NaN;
    }
}
