package plaza.calibration;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import plaza.params.ParameterValues;

/**
 * Every target's value on every seed for one parameter set, with the summaries reports print:
 * the mean over seeds, an empirical 90% interval (5th and 95th percentiles across seeds, linear
 * interpolation between order statistics), the share of runs inside the target's range, and the
 * pass rule, run by run: the mean lies within the range <em>and</em> at least half of the runs do
 * ({@link #MIN_SHARE_INSIDE}). A ratio target is computed per run ({@link Target#evaluate}), so its
 * share and mean are of the runs' ratios, never a ratio of means. The interval shows seed-to-seed
 * spread; it is not a confidence interval for the mean.
 *
 * @param targets the targets, in table order
 * @param params  the values that were run (relative bounds are resolved with them)
 * @param until   last simulated month
 * @param values  values[target][seed]; NaN rows for targets the period did not cover
 */
public record Evaluation(List<Target> targets, ParameterValues params, YearMonth until, double[][] values) {

    /** True if the run period covered the target. */
    public boolean evaluated(int t) {
        return targets.get(t).evaluableUntil(until);
    }

    /** Mean over seeds. */
    public double mean(int t) {
        return Arrays.stream(values[t]).average().orElse(Double.NaN);
    }

    /** The q-quantile over seeds (0 <= q <= 1), interpolating linearly between order statistics. */
    public double quantile(int t, double q) {
        double[] v = values[t].clone();
        Arrays.sort(v);
        double pos = q * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }

    public double low(int t) {
        return targets.get(t).lowValue(params);
    }

    public double high(int t) {
        return targets.get(t).highValue(params);
    }

    /** Least share of runs inside a target's range for it to pass. */
    public static final double MIN_SHARE_INSIDE = 0.5;

    /** The earlier pass rule, kept for comparison: the mean over seeds lies in [low, high]. */
    public boolean meanPassed(int t) {
        double m = mean(t);
        return m >= low(t) && m <= high(t);
    }

    /** True if the run's value lies in the target's range (a NaN lies nowhere). */
    public boolean inside(int t, int run) {
        double v = values[t][run];
        return v >= low(t) && v <= high(t);
    }

    /** Share of runs whose own value lies in the target's range. */
    public double shareInside(int t) {
        int n = values[t].length;
        int in = 0;
        for (int r = 0; r < n; r++) {
            in += inside(t, r) ? 1 : 0;
        }
        return n == 0 ? 0 : (double) in / n;
    }

    /** The pass rule, run by run: the mean over seeds lies in [low, high] and at least half of the runs do. */
    public boolean passed(int t) {
        return meanPassed(t) && shareInside(t) >= MIN_SHARE_INSIDE;
    }

    /**
     * How far the mean lies outside the range, in units of the range's width (or of the bound itself
     * when the range is open on one side or has no width); 0 inside the range.
     */
    public double normalizedMiss(int t) {
        double m = mean(t);
        double lo = low(t);
        double hi = high(t);
        if (Double.isNaN(m)) {
            return 1e3; // a target that yields no number (e.g. 0/0) is as bad as a huge miss
        }
        double miss = m < lo ? lo - m : m > hi ? m - hi : 0;
        if (miss == 0) {
            return 0;
        }
        double width = hi - lo;
        double norm = Double.isFinite(width) && width > 0 ? width : Math.abs(m < lo ? lo : hi);
        return miss / Math.max(norm, 1e-12);
    }

    /**
     * The calibration objective: mean over evaluated targets of the squared normalized miss of the
     * mean plus the squared share of runs outside the range, {@code miss^2 + (1 - shareInside)^2}.
     * The second term rewards parameter values under which the runs themselves, not only their
     * average, match the record: a mean inside the band made of runs that are all outside it scores
     * 1, not 0. Zero only when every run lies inside every range.
     */
    public double objective() {
        double sum = 0;
        int n = 0;
        for (int t = 0; t < targets.size(); t++) {
            if (evaluated(t)) {
                double d = normalizedMiss(t);
                double out = 1 - shareInside(t);
                sum += d * d + out * out;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The earlier objective, kept for comparison: mean over evaluated targets of the squared normalized miss of the mean. */
    public double meanObjective() {
        double sum = 0;
        int n = 0;
        for (int t = 0; t < targets.size(); t++) {
            if (evaluated(t)) {
                double d = normalizedMiss(t);
                sum += d * d;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Number of evaluated targets whose mean lies in the range (the earlier pass rule). */
    public int meanPassedCount() {
        int n = 0;
        for (int t = 0; t < targets.size(); t++) {
            n += evaluated(t) && meanPassed(t) ? 1 : 0;
        }
        return n;
    }

    /** Number of evaluated targets. */
    public int evaluatedCount() {
        int n = 0;
        for (int t = 0; t < targets.size(); t++) {
            n += evaluated(t) ? 1 : 0;
        }
        return n;
    }

    /** Number of evaluated targets that pass. */
    public int passedCount() {
        int n = 0;
        for (int t = 0; t < targets.size(); t++) {
            n += evaluated(t) && passed(t) ? 1 : 0;
        }
        return n;
    }

    /** Share of evaluated targets that pass (the overall score). */
    public double score() {
        int n = evaluatedCount();
        return n == 0 ? 0 : (double) passedCount() / n;
    }
}
