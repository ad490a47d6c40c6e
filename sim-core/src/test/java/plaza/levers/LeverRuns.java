package plaza.levers;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import plaza.model.RunConfig;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;
import plaza.scenario.ScenarioLibrary;
import plaza.testing.AnnualTotals;
import plaza.testing.Runs;

/**
 * Shared set-up for lever tests: the scenario library, the baseline's values, lever variants built
 * in code from the baseline, and common-random-numbers comparisons (the same seed for baseline and
 * variant, so that the difference is the lever's effect and not a different draw of luck).
 */
final class LeverRuns {

    /** Scale of test runs: the default, 100 people per person-agent. */
    static final double SCALE = RunConfig.DEFAULT_SCALE;

    private LeverRuns() {}

    /** The project's scenario directory. */
    static Path scenarioDir() {
        return library().directory();
    }

    static ScenarioLibrary library() {
        return Runs.library();
    }

    /** The calibrated baseline's parameter values. */
    static ParameterValues baseline() {
        return BASELINE;
    }

    private static final ParameterValues BASELINE = Runs.baseline();

    /** The baseline with some levers changed: pairs of (parameter name, value). */
    static ParameterValues baselineWith(Object... nameValuePairs) {
        ParameterValues.Builder b = baseline().toBuilder();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            Parameter p = ParameterCatalog.byName((String) nameValuePairs[i], "test: ");
            b.set(p, ((Number) nameValuePairs[i + 1]).doubleValue(), "test: ");
        }
        return b.build();
    }

    private record Key(ParameterValues values, long seed, int lastYear) {}

    /** Runs are pure functions of their key, so tests share them (the baseline runs above all). */
    private static final Map<Key, AnnualTotals> CACHE = new ConcurrentHashMap<>();

    /** One run of these values with this seed until the end of {@code lastYear} (cached). */
    static AnnualTotals run(ParameterValues values, long seed, int lastYear) {
        return CACHE.computeIfAbsent(new Key(values, seed, lastYear),
                k -> AnnualTotals.run(new RunConfig("test", values, seed, YearMonth.of(lastYear, 12), SCALE)));
    }

    /**
     * Mean over seeds 1..n of (outcome under {@code variant} - outcome under {@code base}), each pair
     * run with the same seed.
     */
    static double meanPairedDifference(ParameterValues variant, int seeds, int lastYear,
                                       ToDoubleFunction<AnnualTotals> outcome) {
        return meanPairedDifference(baseline(), variant, seeds, lastYear, outcome);
    }

    /** Mean over seeds 1..n of an outcome under the given values. */
    static double mean(ParameterValues values, int seeds, int lastYear, ToDoubleFunction<AnnualTotals> outcome) {
        double sum = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            sum += outcome.applyAsDouble(run(values, seed, lastYear));
        }
        return sum / seeds;
    }

    /** As {@link #meanPairedDifference(ParameterValues, int, int, ToDoubleFunction)} against any base. */
    static double meanPairedDifference(ParameterValues base, ParameterValues variant, int seeds, int lastYear,
                                       ToDoubleFunction<AnnualTotals> outcome) {
        double sum = 0;
        for (double x : pairedDifferences(base, variant, seeds, lastYear, outcome)) {
            sum += x;
        }
        return sum / seeds;
    }

    /** Outcome under {@code variant} minus outcome under {@code base}, seed by seed (seeds 1..n, common random numbers). */
    static double[] pairedDifferences(ParameterValues base, ParameterValues variant, int seeds, int lastYear,
                                      ToDoubleFunction<AnnualTotals> outcome) {
        double[] d = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            d[s] = outcome.applyAsDouble(run(variant, s + 1, lastYear)) - outcome.applyAsDouble(run(base, s + 1, lastYear));
        }
        return d;
    }

    /** Paired t statistic of variant - baseline over seeds 1..n (common random numbers). */
    static double pairedT(ParameterValues variant, int seeds, int lastYear, ToDoubleFunction<AnnualTotals> outcome) {
        return pairedT(pairedDifferences(baseline(), variant, seeds, lastYear, outcome));
    }

    /** Paired t statistic of differences: their mean over its standard error. */
    static double pairedT(double[] d) {
        int n = d.length;
        double mean = 0;
        for (double x : d) {
            mean += x / n;
        }
        double var = 0;
        for (double x : d) {
            var += (x - mean) * (x - mean) / (n - 1);
        }
        return mean / Math.sqrt(var / n);
    }
}
