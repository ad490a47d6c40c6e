package plaza.calibration;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import plaza.model.RunConfig;
import plaza.output.Metric;
import plaza.output.RunListener;

/**
 * Keeps a run's monthly rows, spin-up months included, so targets can compute their statistics.
 * Memory is one row of {@link Metric#values()} per simulated month (under 30 KB for 2005-2012);
 * plaza rows and events are not kept.
 */
public final class TargetStatistics implements RunListener {

    private final List<double[]> rows = new ArrayList<>();

    @Override
    public void spinUpMonth(YearMonth month, double[] values) {
        add(month, values);
    }

    @Override
    public void month(YearMonth month, double[] values) {
        add(month, values);
    }

    private void add(YearMonth month, double[] values) {
        // rows are indexed by month offset from the spin-up start, so months must arrive in order
        if (!month.equals(first().plusMonths(rows.size()))) {
            throw new IllegalStateException("month " + month + " out of order; expected " + first().plusMonths(rows.size()));
        }
        rows.add(values.clone());
    }

    /** First month held: the spin-up start. */
    public static YearMonth first() {
        return RunConfig.START;
    }

    /** Last month held, or the month before {@link #first()} if none. */
    public YearMonth last() {
        return first().plusMonths(rows.size() - 1L);
    }

    /** True if every month of [from, to] was recorded. */
    public boolean covers(YearMonth from, YearMonth to) {
        return !from.isBefore(first()) && !to.isAfter(last()) && !from.isAfter(to);
    }

    /** The value of a metric in a month. */
    public double value(Metric m, YearMonth month) {
        return row(month)[m.ordinal()];
    }

    private double[] row(YearMonth month) {
        int i = (month.getYear() - first().getYear()) * 12 + month.getMonthValue() - first().getMonthValue();
        if (i < 0 || i >= rows.size()) {
            throw new IllegalArgumentException("month " + month + " not recorded (" + first() + " to " + last() + ")");
        }
        return rows.get(i);
    }
}
