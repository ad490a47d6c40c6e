package plaza.analysis;

import plaza.output.Metric;

/**
 * One row of {@code comparison.csv}: a scenario against the baseline for one metric over one period.
 * Differences are scenario minus baseline; intervals are 90% two-sided. Within a comparison the
 * p-values of all its contrasts are adjusted for false discoveries (Benjamini–Hochberg q-values); a
 * difference is called distinguishable from noise when {@code q < 0.10} (when no q is known, as for
 * a contrast on its own, when {@code p < 0.10}, the same as its 90% interval excluding 0). It is
 * negligible, whatever its p-value, when it is smaller than the metric's minimal effect of interest
 * ({@link Metrics#minimalEffect}).
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
 * @param q             Benjamini–Hochberg q-value over the comparison's estimable contrasts (NaN: not adjusted)
 * @param minimalEffect the smallest difference of interest, in the metric's unit (NaN: none set)
 */
public record Contrast(Period period, Metric metric, String scenario, String baseline, int n, int nBaseline,
                       double scenarioValue, double baselineValue, double difference, double low, double high,
                       Test test, double p, double cohensD, String note, double q, double minimalEffect) {

    /** A contrast before the comparison has adjusted its p-value or set a minimal effect. */
    public Contrast(Period period, Metric metric, String scenario, String baseline, int n, int nBaseline,
                    double scenarioValue, double baselineValue, double difference, double low, double high,
                    Test test, double p, double cohensD, String note) {
        this(period, metric, scenario, baseline, n, nBaseline, scenarioValue, baselineValue, difference, low, high,
                test, p, cohensD, note, Double.NaN, Double.NaN);
    }

    /** This contrast with its q-value and minimal effect of interest. */
    public Contrast judged(double qValue, double minimal) {
        return new Contrast(period, metric, scenario, baseline, n, nBaseline, scenarioValue, baselineValue, difference,
                low, high, test, p, cohensD, note, qValue, minimal);
    }

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

    /** Distinguishable from noise: q below {@link #ALPHA} (p, when the contrast was not adjusted). */
    public boolean distinguishable() {
        return estimable() && (Double.isNaN(q) ? p : q) < ALPHA;
    }

    /** Smaller than the minimal effect of interest: of no practical importance whatever its p-value. */
    public boolean negligible() {
        return !Double.isNaN(minimalEffect) && Math.abs(difference) < minimalEffect;
    }

    /** What the report shows in bold: distinguishable from noise and not negligible. */
    public boolean notable() {
        return distinguishable() && !negligible();
    }

    /** The difference in percentage points, for shares (NaN for other units). */
    public double differencePoints() {
        return Metrics.isShare(metric) ? 100 * difference : Double.NaN;
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
