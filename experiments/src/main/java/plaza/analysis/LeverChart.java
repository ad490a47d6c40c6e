package plaza.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.StatUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import plaza.io.Numbers;
import plaza.output.Metric;
import plaza.params.InputException;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;

/**
 * An outcome against one varied lever's value, for a batch whose design points vary it (grid, list,
 * mixture or file designs): each design point's mean over its replications of the period total (flow)
 * or period mean (stock) as a point, the 90% confidence interval of that mean (t, over the point's
 * replications) as a band. Points that share the values of the other varied levers (and the scenario)
 * are one series, joined by a line; the legend names those values.
 */
public final class LeverChart {

    private LeverChart() {}

    /** The varied parameter {@code text} names in the inputs: its full name, or the one whose name ends with it. */
    public static String lever(ResultSet data, String text) {
        List<String> varied = DesignLabels.parameters(data.scenarios());
        if (varied.isEmpty()) {
            throw new InputException("--against " + text + ": the inputs vary no parameter (their design points have no lever values;"
                    + " a batch with --vary, --design mixture or --design-file has)");
        }
        List<String> matches = varied.stream().filter(v -> v.equals(text)).toList();
        if (matches.isEmpty()) {
            matches = varied.stream().filter(v -> v.endsWith(text)).toList();
        }
        if (matches.size() != 1) {
            throw new InputException("--against " + text + ": " + (matches.isEmpty() ? "not a parameter the inputs vary" : "names "
                    + String.join(" and ", matches)) + "; the varied parameters are " + String.join(", ", varied));
        }
        return matches.get(0);
    }

    /** Draws {@code charts/lever-LEVER-METRIC.png} (and its CSV) into {@code dir}. */
    public static Charts.Drawn draw(ResultSet data, Metric m, Period period, String lever, Path dir) {
        JFreeChart chart = create(data, m, period, lever);
        Path file = dir.resolve("lever-" + Charts.fileName(lever) + "-" + m.column() + ".png");
        Charts.write(chart, file, Charts.WIDTH, Charts.HEIGHT);
        return new Charts.Drawn(file, Metrics.title(m) + " " + period.label() + " against " + lever
                + ": each design point's mean over its replications, band the 90% confidence interval of the mean");
    }

    static JFreeChart create(ResultSet data, Metric m, Period period, String lever) {
        Map<String, List<double[]>> series = new LinkedHashMap<>(); // key -> {x, mean, half, n}
        boolean severalScenarios = data.scenarios().stream().map(DesignLabels::scenario).distinct().count() > 1;
        double maxAbs = 0;
        int minRuns = Integer.MAX_VALUE;
        for (String label : data.scenarios()) {
            Map<String, Double> values = DesignLabels.values(label);
            if (!values.containsKey(lever)) {
                continue;
            }
            List<Replication> runs = data.replications(label);
            double[] v = runs.stream().mapToDouble(r -> Statistics.summarise(r, m, period)).toArray();
            double mean = StatUtils.mean(v);
            double half = v.length < 2 ? 0 : Statistics.quantile(v.length - 1) * Math.sqrt(StatUtils.variance(v) / v.length);
            series.computeIfAbsent(key(label, values, lever, severalScenarios), k -> new ArrayList<>())
                    .add(new double[] {values.get(lever), mean, half, v.length});
            maxAbs = Math.max(maxAbs, Math.abs(mean) + half);
            minRuns = Math.min(minRuns, v.length);
        }
        Charts.Scale scale = Charts.Scale.of(maxAbs);
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(e.getKey());
            for (double[] p : e.getValue()) {
                double y = p[1] / scale.divisor();
                double half = p[2] / scale.divisor();
                s.add(p[0], y, y - half, y + half);
                low = Math.min(low, y - half);
                high = Math.max(high, y + half);
            }
            dataset.addSeries(s);
        }
        Parameter p = ParameterCatalog.all().stream().filter(x -> x.name().equals(lever)).findFirst().orElse(null);
        NumberAxis x = new NumberAxis(lever + (p == null || p.unit().isEmpty() ? "" : " (" + p.unit() + ")"));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(scale.word() + Metrics.summaryUnit(m, period));
        y.setAutoRangeIncludesZero(false);
        Charts.readableWhenFlat(y, low, high);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.22f);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, Charts.colour(i));
            renderer.setSeriesFillPaint(i, Charts.colour(i));
            renderer.setSeriesStroke(i, Charts.LINE);
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-7, -7, 14, 14));
        }
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setDomainGridlinePaint(java.awt.Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(Metrics.title(m) + " against " + shortName(lever), Charts.TITLE, plot, dataset.getSeriesCount() > 1);
        String band = minRuns > 1 ? "points: each design point's mean over its replications; band: 90% confidence interval of the mean"
                : "single replication per point: no band, uncertainty cannot be estimated";
        Charts.style(chart, m.definition() + ", " + period.label() + " \u2014 " + band, x, y);
        return chart;
    }

    /** The series a design point belongs to: its scenario (when there are several) and the other levers' values. */
    private static String key(String label, Map<String, Double> values, String lever, boolean withScenario) {
        List<String> parts = new ArrayList<>();
        if (withScenario) {
            parts.add(DesignLabels.scenario(label));
        }
        values.forEach((k, v) -> {
            if (!k.equals(lever)) {
                parts.add(shortName(k) + "=" + Numbers.format(v));
            }
        });
        return parts.isEmpty() ? DesignLabels.scenario(label) : String.join(", ", parts);
    }

    /** A parameter's name without its group: "merida_equipment_to_judicial". */
    static String shortName(String parameter) {
        return parameter.substring(parameter.indexOf('.') + 1);
    }
}
