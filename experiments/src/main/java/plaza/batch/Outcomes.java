package plaza.batch;

import java.util.Arrays;

import plaza.output.Metric;

/**
 * A run's outcomes in runs.csv: the period total of each flow metric ({@link plaza.output.Kind#FLOW}) and the
 * mean over the run's months of each stock metric (members, troops, shares, indices), in metric
 * order: the same summaries as the comparison's (period totals of flows, period means of stocks).
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

    /** True for monthly flows (summed over the period); false for stocks (averaged over it). */
    public static boolean isFlow(Metric m) {
        return m.isFlow();
    }

    /** Adds one month's row (values by metric ordinal). */
    public void add(double[] row) {
        for (int i = 0; i < values.length; i++) {
            values[i] = months == 0 ? row[i] : values[i] + row[i];
        }
        months++;
    }

    public int months() {
        return months;
    }

    /** Outcome values by metric ordinal. */
    public double[] values() {
        double[] out = Arrays.copyOf(values, values.length);
        for (int i = 0; i < out.length; i++) {
            if (!FLOW[i] && months > 0) {
                out[i] /= months;
            }
        }
        return out;
    }
}
