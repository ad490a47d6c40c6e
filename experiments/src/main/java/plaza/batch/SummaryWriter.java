package plaza.batch;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import plaza.io.Numbers;
import plaza.model.RunConfig;
import plaza.output.Metric;

/**
 * Writes summary.csv one group at a time: for each (scenario, design point) of a grid, or each
 * scenario of a sampled design, and each month and metric, the number of successful runs, mean,
 * standard deviation and 90% confidence interval of the mean, mean +/- t(0.95, n - 1) sd / sqrt(n).
 * Groups arrive in run-id order, so only one group's accumulators are held (months x metrics),
 * whatever the number of runs. With fewer than two runs sd and the interval are left empty.
 */
final class SummaryWriter {

    static final List<String> HEADER = List.of("scenario", "design_point", "month", "metric", "n", "mean", "sd",
            "ci90_low", "ci90_high");

    /** The header with the varied parameters' columns after design_point (their values; empty when pooled). */
    static List<String> header(List<Factor> factors) {
        List<String> h = new ArrayList<>(HEADER.subList(0, 2));
        for (Factor f : factors) {
            h.add(f.name());
        }
        h.addAll(HEADER.subList(2, HEADER.size()));
        return h;
    }

    private final CSVPrinter out;
    private final int months;
    private final SummaryStatistics[][] cells;
    private final Map<Long, Double> tQuantiles = new HashMap<>();
    private int scenarioIndex = -1;
    private String scenario;
    private String point;
    private List<String> pointValues = List.of();

    SummaryWriter(CSVPrinter out, int months) {
        this.out = out;
        this.months = months;
        int m = Metric.values().length;
        cells = new SummaryStatistics[months][m];
        for (int i = 0; i < months; i++) {
            for (int j = 0; j < m; j++) {
                cells[i][j] = new SummaryStatistics();
            }
        }
    }

    /** Starts a group; the previous one (if any) must have been finished. */
    void start(int index, String scenarioName, String designPoint, List<String> values) {
        this.scenarioIndex = index;
        this.scenario = scenarioName;
        this.point = designPoint;
        this.pointValues = values;
        for (SummaryStatistics[] row : cells) {
            for (SummaryStatistics s : row) {
                s.clear();
            }
        }
    }

    boolean isGroup(int index, String designPoint) {
        return index == scenarioIndex && designPoint.equals(point);
    }

    boolean started() {
        return scenario != null;
    }

    void add(int monthIndex, double[] values) {
        for (int j = 0; j < values.length; j++) {
            cells[monthIndex][j].addValue(values[j]);
        }
    }

    /** Writes the current group's rows, month by month, metric by metric. */
    void finish() throws IOException {
        List<String> row = new ArrayList<>(HEADER.size());
        Metric[] metrics = Metric.values();
        for (int i = 0; i < months; i++) {
            String month = RunConfig.OUTPUT_START.plusMonths(i).toString();
            for (Metric m : metrics) {
                SummaryStatistics s = cells[i][m.ordinal()];
                long n = s.getN();
                row.clear();
                row.add(scenario);
                row.add(point);
                row.addAll(pointValues);
                row.add(month);
                row.add(m.column());
                row.add(Long.toString(n));
                row.add(n > 0 ? Numbers.format(s.getMean()) : "");
                if (n > 1) {
                    double sd = s.getStandardDeviation();
                    double half = tQuantile(n) * sd / Math.sqrt(n);
                    row.add(Numbers.format(sd));
                    row.add(Numbers.format(s.getMean() - half));
                    row.add(Numbers.format(s.getMean() + half));
                } else {
                    row.add("");
                    row.add("");
                    row.add("");
                }
                out.printRecord(row);
            }
        }
    }

    private double tQuantile(long n) {
        return tQuantiles.computeIfAbsent(n, k -> new TDistribution(k - 1).inverseCumulativeProbability(0.95));
    }

    /** Months in the output period of a batch ending at {@code until}. */
    static int months(YearMonth until) {
        return (int) (RunConfig.OUTPUT_START.until(until, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }
}
