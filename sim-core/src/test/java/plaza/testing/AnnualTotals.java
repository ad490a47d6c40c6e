package plaza.testing;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.Metric;
import plaza.output.RunListener;

/**
 * Test-scope collector: sums each {@link Metric} over the months of each calendar year of a run
 * (2007 on; spin-up months are ignored). For flows (homicides, tons, USD per month) the annual sum
 * is the annual total; for stocks and rates (members, troops, impunity) use {@link #mean}.
 */
public final class AnnualTotals implements RunListener {

    private static final int METRICS = Metric.values().length;

    private final Map<Integer, double[]> sums = new TreeMap<>();
    private final Map<Integer, Integer> months = new TreeMap<>();
    private boolean nonFinite;

    /** Runs the model for this configuration and returns its annual totals. */
    public static AnnualTotals run(RunConfig config) {
        AnnualTotals totals = new AnnualTotals();
        PlazaModel.run(config, totals);
        return totals;
    }

    @Override
    public void month(YearMonth month, double[] values) {
        double[] year = sums.computeIfAbsent(month.getYear(), y -> new double[METRICS]);
        for (int i = 0; i < METRICS; i++) {
            if (!Double.isFinite(values[i])) {
                nonFinite = true;
            }
            year[i] += values[i];
        }
        months.merge(month.getYear(), 1, Integer::sum);
    }

    /** Total of a metric over a calendar year (0 if the run did not reach it). */
    public double sum(Metric m, int year) {
        double[] y = sums.get(year);
        return y == null ? 0 : y[m.ordinal()];
    }

    /** Total of a metric over the calendar years {@code from} to {@code to}, inclusive. */
    public double sum(Metric m, int from, int to) {
        double s = 0;
        for (int y = from; y <= to; y++) {
            s += sum(m, y);
        }
        return s;
    }

    /** Mean monthly value of a metric in a calendar year (for stocks and rates). */
    public double mean(Metric m, int year) {
        Integer n = months.get(year);
        return n == null ? Double.NaN : sum(m, year) / n;
    }

    /** Mean monthly value over the calendar years {@code from} to {@code to}, inclusive. */
    public double mean(Metric m, int from, int to) {
        double s = 0;
        int n = 0;
        for (int y = from; y <= to; y++) {
            s += sum(m, y);
            n += months.getOrDefault(y, 0);
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Months recorded in a calendar year. */
    public int months(int year) {
        return months.getOrDefault(year, 0);
    }

    /** True if any recorded value was NaN or infinite. */
    public boolean anyNonFinite() {
        return nonFinite;
    }
}
