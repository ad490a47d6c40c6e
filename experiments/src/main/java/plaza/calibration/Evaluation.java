package plaza.calibration;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import plaza.params.ParameterValues;

/**
 * Every target's value on every seed for one parameter set, with the summaries reports print:
 * the mean over seeds, an empirical 90% interval (5th and 95th percentiles across seeds, linear
 * interpolation between order statistics) and the pass rule (the mean lies within the target's
 * range). The interval shows seed-to-seed spread; it is not a confidence interval for the mean.
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

    /** The pass rule: the mean over seeds lies in [low, high]. */
    public boolean passed(int t) {
        double m = mean(t);
        return m >= low(t) && m <= high(t);
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
     * The calibration objective: mean over evaluated targets of the squared normalized miss. Zero
     * when every target passes.
     */
    public double objective() {
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
