package plaza.output;

import java.time.YearMonth;
import java.util.List;

/**
 * A run produced an output that is not a finite number (NaN or infinity). Such a run has failed:
 * its numbers must not be written or analysed as if they were results. The message names the
 * month and the column; callers add the scenario and parameters that led there.
 */
public final class NonFiniteOutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final YearMonth month;
    private final String column;

    public NonFiniteOutputException(YearMonth month, String column, double value) {
        super("output " + column + " is " + value + " in " + month + " (not a finite number; the run failed)");
        this.month = month;
        this.column = column;
    }

    public YearMonth month() { return month; }
    public String column() { return column; }

    /** Throws if any value of a time-series row is NaN or infinite. */
    public static void check(YearMonth month, double[] row) {
        for (Metric m : Metric.values()) {
            if (!Double.isFinite(row[m.ordinal()])) {
                throw new NonFiniteOutputException(month, m.column(), row[m.ordinal()]);
            }
        }
    }

    /** Throws if any number of a plaza row is NaN or infinite. */
    public static void checkPlazas(YearMonth month, List<PlazaRow> rows) {
        for (PlazaRow r : rows) {
            check(month, r, "homicides", r.homicides());
            check(month, r, "tons_through", r.tonsThrough());
            check(month, r, "troops", r.troops());
            check(month, r, "police_corruption", r.corruption());
        }
    }

    /** The column is named only when a value fails (the check runs for every plaza every month). */
    private static void check(YearMonth month, PlazaRow r, String column, double v) {
        if (!Double.isFinite(v)) {
            throw new NonFiniteOutputException(month, "plazas.csv " + r.plaza() + " " + column, v);
        }
    }

    private static void check(YearMonth month, String column, double v) {
        if (!Double.isFinite(v)) {
            throw new NonFiniteOutputException(month, column, v);
        }
    }
}
