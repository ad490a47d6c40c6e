package plaza.batch;

import java.util.Arrays;

import plaza.output.Metric;

/**
 * A run's outcomes in runs.csv: the period total of each flow metric ({@link plaza.output.Kind#FLOW}) and the
 * end-of-run value of each stock metric (members, troops, shares, indices), in metric order.
 */
public final class Outcomes {

    private static final boolean[] FLOW = new boolean[Metric.values().length];

    static {
        for (Metric m : Metric.values()) {
            FLOW[m.ordinal()] = m.isFlow();
        }
    }

    private final double[] values = new double[Metric.values().length];
    private int months;

    /** Adds one month's row (values by metric ordinal). */
    public void add(double[] row) {
        for (int i = 0; i < values.length; i++) {
            values[i] = FLOW[i] ? (months == 0 ? row[i] : values[i] + row[i]) : row[i];
        }
        months++;
    }

    public int months() {
        return months;
    }

    /** Outcome values by metric ordinal. */
    public double[] values() {
        return Arrays.copyOf(values, values.length);
    }
}
