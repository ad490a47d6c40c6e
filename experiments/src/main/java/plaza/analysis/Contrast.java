package plaza.analysis;

import plaza.output.Metric;

/**
 * One row of {@code comparison.csv}: a scenario against the baseline for one metric over one period.
 * Differences are scenario minus baseline; intervals are 90% two-sided; a difference is called
 * distinguishable from noise when {@code p < 0.10}, which is the same as its 90% interval excluding 0.
 *
 * @param period        months summarised
 * @param metric        the outcome
 * @param scenario      the scenario compared
 * @param baseline      the baseline scenario
 * @param n             replications used for the scenario (pairs, for a paired test)
 * @param nBaseline     replications used for the baseline
 * @param scenarioValue mean over replications of the scenario's period total or mean
 * @param baselineValue the same for the baseline
 * @param difference    scenarioValue - baselineValue (mean paired difference, for a paired test)
 * @param low           lower end of the 90% confidence interval of the difference (NaN when not estimable)
 * @param high          upper end (NaN when not estimable)
 * @param test          the test used
 * @param p             two-sided p-value (NaN when not estimable)
 * @param cohensD       effect size: mean paired difference over the sd of differences (paired), or the
 *                      difference over the pooled sd (Welch); NaN when not estimable
 * @param note          why something could not be estimated, or empty
 */
public record Contrast(Period period, Metric metric, String scenario, String baseline, int n, int nBaseline,
                       double scenarioValue, double baselineValue, double difference, double low, double high,
                       Test test, double p, double cohensD, String note) {

    /** Significance level matching the 90% intervals. */
    public static final double ALPHA = 0.10;

    /** The test behind the interval and p-value. */
    public enum Test {
        /** Paired t on per-seed differences: replications share seeds (common random numbers). */
        PAIRED_T("paired-t", "paired t"),
        /** Welch's unequal-variance t: seeds differ between the scenarios. */
        WELCH("welch", "Welch t"),
        /** Fewer than two replications on a side: uncertainty cannot be estimated. */
        NONE("none", "no test");

        private final String column;
        private final String words;

        Test(String column, String words) {
            this.column = column;
            this.words = words;
        }

        public String column() { return column; }
        public String words() { return words; }
    }

    public boolean estimable() {
        return test != Test.NONE;
    }

    public boolean distinguishable() {
        return estimable() && p < ALPHA;
    }

    /** Difference relative to the baseline value, in percent (NaN when the baseline is 0). */
    public double relativePct() {
        return relative(difference);
    }

    public double relativeLowPct() {
        return relative(baselineValue < 0 ? high : low);
    }

    public double relativeHighPct() {
        return relative(baselineValue < 0 ? low : high);
    }

    /**
     * The interval of the difference divided by the baseline mean. This ignores the uncertainty of
     * the baseline mean itself, which is small next to that of the difference when runs vary little
     * relative to their level, as the model's totals do.
     */
    private double relative(double x) {
        return baselineValue == 0 ? Double.NaN : 100 * x / Math.abs(baselineValue);
    }
}
