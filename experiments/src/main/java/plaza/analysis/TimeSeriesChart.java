package plaza.analysis;

import java.awt.Color;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import plaza.output.Metric;

/**
 * One metric by month: each scenario's mean over replications as a thick line, its 90% interval as a
 * band, and, in a chart of one or two scenarios, every individual run as a thin translucent line of
 * the same colour (the spread of runs, not only the uncertainty of the mean). A chart holds a few scenarios at most (the caller groups
 * them), so the colours can be told apart.
 */
final class TimeSeriesChart {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private TimeSeriesChart() {}

    static JFreeChart create(ResultSet data, Metric m, Period period, String baseline) {
        return create(data, m, period, baseline, data.scenarios(), 0);
    }

    /** The chart of some of the scenarios; {@code firstColour} is the palette index of the first non-baseline one. */
    static JFreeChart create(ResultSet data, Metric m, Period period, String baseline, List<String> scenarios, int firstColour) {
        double[][][] bands = new double[scenarios.size()][][];
        double maxAbs = 0;
        int minRuns = Integer.MAX_VALUE;
        for (int s = 0; s < scenarios.size(); s++) {
            List<Replication> runs = data.replications(scenarios.get(s));
            minRuns = Math.min(minRuns, runs.size());
            bands[s] = Statistics.monthlyBand(runs, m, period);
            for (double v : bands[s][0]) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
        }
        Charts.Scale scale = Charts.Scale.of(maxAbs);
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < scenarios.size(); s++) {
            int n = data.replications(scenarios.get(s)).size();
            YIntervalSeries series = new YIntervalSeries(scenarios.get(s) + " (n = " + n + ")");
            for (int t = 0; t < period.months(); t++) {
                double y = bands[s][0][t] / scale.divisor();
                double half = Double.isNaN(bands[s][1][t]) ? 0 : bands[s][1][t] / scale.divisor();
                series.add(millis(period.from().plusMonths(t)), y, y - half, y + half);
                low = Math.min(low, y - half);
                high = Math.max(high, y + half);
            }
            dataset.addSeries(series);
        }
        DateAxis time = new DateAxis("Month");
        time.setTimeZone(UTC);
        time.setTickUnit(tickUnit(period));
        NumberAxis value = new NumberAxis(scale.word() + m.unit());
        value.setAutoRangeIncludesZero(false);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.22f);
        int other = firstColour;
        for (int s = 0; s < scenarios.size(); s++) {
            Color c = scenarios.get(s).equals(baseline) ? Charts.BASELINE : Charts.colour(other++);
            renderer.setSeriesPaint(s, c);
            renderer.setSeriesFillPaint(s, c);
            renderer.setSeriesStroke(s, Charts.LINE);
        }
        XYPlot plot = new XYPlot(dataset, time, value, renderer);
        // the individual runs, thin and translucent, under the means; not in the legend
        org.jfree.data.xy.XYSeriesCollection runs = new org.jfree.data.xy.XYSeriesCollection();
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer thin = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false);
        int colourIndex = firstColour;
        for (String name : withRunLines(scenarios)) {
            Color c = name.equals(baseline) ? Charts.BASELINE : Charts.colour(colourIndex++);
            Color faint = new Color(c.getRed(), c.getGreen(), c.getBlue(), 70);
            for (Replication r : data.replications(name)) {
                org.jfree.data.xy.XYSeries one = new org.jfree.data.xy.XYSeries(name + " run " + r.runId()
                        + (r.seed() == null ? "" : " (seed " + r.seed() + ")"), false, true);
                double[] v = r.slice(m.column(), period);
                for (int t = 0; t < v.length; t++) {
                    one.add(millis(period.from().plusMonths(t)), v[t] / scale.divisor());
                    low = Math.min(low, v[t] / scale.divisor());
                    high = Math.max(high, v[t] / scale.divisor());
                }
                thin.setSeriesPaint(runs.getSeriesCount(), faint);
                thin.setSeriesStroke(runs.getSeriesCount(), new java.awt.BasicStroke(1.2f));
                thin.setSeriesVisibleInLegend(runs.getSeriesCount(), false);
                runs.addSeries(one);
            }
        }
        Charts.readableWhenFlat(value, low, high);
        plot.setDataset(1, runs);
        plot.setRenderer(1, thin);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(Metrics.title(m), Charts.TITLE, plot, true);
        String band = minRuns > 1 ? "thick line: mean of replications; band: 90% confidence interval of the mean"
                + (withRunLines(scenarios).isEmpty() ? "" : "; thin lines: each run")
                : "single replication: no band, uncertainty cannot be estimated";
        Charts.style(chart, m.definition() + " \u2014 " + band, time, value);
        return chart;
    }

    /**
     * A chart draws each run as a thin line only when it shows at most {@link #RUN_LINES_UP_TO}
     * scenarios: beyond that the runs' lines hide each other (and would make a report of dozens of such
     * charts tens of megabytes); the spread of runs is then in the per-seed charts.
     */
    static final int RUN_LINES_UP_TO = 2;

    private static List<String> withRunLines(List<String> scenarios) {
        return scenarios.size() <= RUN_LINES_UP_TO ? scenarios : List.of();
    }

    /** The middle of the month, in UTC so the picture does not depend on the machine's time zone. */
    static long millis(YearMonth m) {
        return m.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Years on long periods, quarters on short ones, never more than about 15 ticks. */
    private static DateTickUnit tickUnit(Period p) {
        if (p.months() <= 36) {
            SimpleDateFormat f = new SimpleDateFormat("MMM yyyy", Locale.ENGLISH);
            f.setTimeZone(UTC);
            return new DateTickUnit(DateTickUnitType.MONTH, p.months() <= 12 ? 2 : 6, f);
        }
        SimpleDateFormat f = new SimpleDateFormat("yyyy", Locale.ENGLISH);
        f.setTimeZone(UTC);
        return new DateTickUnit(DateTickUnitType.YEAR, Math.max(1, (int) Math.ceil(p.months() / 12.0 / 15)), f);
    }
}
