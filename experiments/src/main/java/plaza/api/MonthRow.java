package plaza.api;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import plaza.output.Metric;

/**
 * One month of a run's time series: the value of every declared {@link Metric}, in real-world units
 * whatever the run's scale (monthly totals for flows, end-of-month values for stocks; see each
 * metric's {@link Metric#unit()} and {@link Metric#definition()}). Immutable.
 */
public final class MonthRow {

    private final YearMonth month;
    private final double[] values;

    MonthRow(YearMonth month, double[] values) {
        if (values.length != Metric.values().length) {
            throw new IllegalArgumentException("a month row has " + Metric.values().length + " values, not " + values.length);
        }
        this.month = month;
        this.values = values.clone();
    }

    /**
     * The month.
     *
     * @return the month of this row
     */
    public YearMonth month() {
        return month;
    }

    /**
     * The value of one metric in this month.
     *
     * @param metric the metric
     * @return its value, the number {@code timeseries.csv} holds (before formatting)
     */
    public double get(Metric metric) {
        return values[metric.ordinal()];
    }

    /**
     * Every metric's value.
     *
     * @return an unmodifiable map in declaration order
     */
    public Map<Metric, Double> asMap() {
        Map<Metric, Double> out = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            out.put(m, values[m.ordinal()]);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The values in declaration order (a copy). */
    double[] values() {
        return values.clone();
    }

    /**
     * The month and a few headline values.
     *
     * @return for example {@code 2009-01 homicides=512.0 ...}
     */
    @Override
    public String toString() {
        return month + " homicides=" + get(Metric.HOMICIDES) + " members=" + get(Metric.MEMBERS)
                + " tons_delivered=" + get(Metric.TONS_DELIVERED);
    }
}
