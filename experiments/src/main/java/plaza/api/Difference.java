package plaza.api;

import java.time.YearMonth;

import plaza.analysis.Contrast;
import plaza.output.Metric;

/**
 * One scenario against the baseline for one metric over one period: a row of {@code comparison.csv}.
 * Values are period totals for flows and period means for stocks, averaged over replications;
 * differences are scenario minus baseline; intervals are 90% two-sided.
 *
 * @param scenario        the scenario compared
 * @param baseline        the baseline scenario
 * @param metric          the outcome
 * @param from            first month of the period
 * @param to              last month of the period
 * @param n               replications of the scenario used (pairs, for a paired test)
 * @param scenarioValue   mean over the scenario's replications
 * @param baselineValue   mean over the baseline's replications
 * @param difference      scenarioValue - baselineValue (the mean paired difference, for a paired test)
 * @param low             lower end of the 90% interval of the difference (NaN when not estimable)
 * @param high            upper end (NaN when not estimable)
 * @param test            {@code paired-t}, {@code welch} or {@code none} (fewer than two replications)
 * @param p               two-sided p-value (NaN when not estimable)
 * @param q               Benjamini-Hochberg q-value over the comparison (NaN when not estimable)
 * @param cohensD         effect size (NaN when not estimable)
 * @param distinguishable whether the difference is distinguishable from noise (q below 0.10)
 * @param negligible      whether it is smaller than the metric's minimal effect of interest
 */
public record Difference(String scenario, String baseline, Metric metric, YearMonth from, YearMonth to, int n,
                         double scenarioValue, double baselineValue, double difference, double low, double high,
                         String test, double p, double q, double cohensD, boolean distinguishable, boolean negligible) {

    static Difference of(Contrast c) {
        return new Difference(c.scenario(), c.baseline(), c.metric(), c.period().from(), c.period().to(), c.n(),
                c.scenarioValue(), c.baselineValue(), c.difference(), c.low(), c.high(), c.test().column(), c.p(), c.q(),
                c.cohensD(), c.distinguishable(), c.negligible());
    }
}
