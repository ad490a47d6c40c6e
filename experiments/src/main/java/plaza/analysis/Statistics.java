package plaza.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

import plaza.analysis.Contrast.Test;
import plaza.output.Metric;

/**
 * Turns replications into contrasts. When the scenario and the baseline were run with the same set
 * of seeds, each seed's scenario run faces the same random draws as the baseline run (common random
 * numbers), so the per-seed differences are analysed with a paired t-test, which removes the noise
 * the two share; when one side lacks a few of the other's seeds (failed runs), the common seeds are
 * paired and the rest left out, with a note. Otherwise (seeds that do not match, or are unknown)
 * Welch's t-test, which assumes nothing about the two variances.
 */
public final class Statistics {

    /** Confidence level of every interval. */
    public static final double LEVEL = 0.90;

    private Statistics() {}

    /** One number per run: the period total of a flow, the period mean of a stock. */
    public static double summarise(Replication r, Metric m, Period p) {
        double[] v = r.slice(m.column(), p);
        return m.isFlow() ? StatUtils.sum(v) : StatUtils.mean(v);
    }

    /** Compares a scenario's runs with the baseline's for one metric and period. */
    public static Contrast contrast(List<Replication> scenario, List<Replication> baseline, Metric m, Period p) {
        String name = scenario.get(0).scenario();
        String base = baseline.get(0).scenario();
        Map<Long, Double> a = bySeed(scenario, m, p);
        Map<Long, Double> b = bySeed(baseline, m, p);
        if (a != null && b != null) {
            TreeSet<Long> common = new TreeSet<>(a.keySet());
            common.retainAll(b.keySet());
            // the seeds both sides have are paired; runs of seeds the other side lacks (say, failed, or a
            // scenario run with fewer replications) are left out rather than giving up the pairing,
            // which would waste the common random numbers; the note names them
            if (common.size() >= 2) {
                double[] x = new double[common.size()];
                double[] y = new double[common.size()];
                int i = 0;
                for (Long seed : common) {
                    x[i] = a.get(seed);
                    y[i++] = b.get(seed);
                }
                Contrast c = paired(p, m, name, base, x, y);
                TreeSet<Long> onlyScenario = new TreeSet<>(a.keySet());
                onlyScenario.removeAll(common);
                TreeSet<Long> onlyBaseline = new TreeSet<>(b.keySet());
                onlyBaseline.removeAll(common);
                if (onlyScenario.isEmpty() && onlyBaseline.isEmpty()) {
                    return c;
                }
                List<String> left = new java.util.ArrayList<>();
                if (!onlyScenario.isEmpty()) {
                    left.add(name + " seed" + (onlyScenario.size() == 1 ? " " : "s ") + seedRanges(onlyScenario));
                }
                if (!onlyBaseline.isEmpty()) {
                    left.add(base + " seed" + (onlyBaseline.size() == 1 ? " " : "s ") + seedRanges(onlyBaseline));
                }
                return withNote(c, "paired on the " + common.size() + " seeds both have; left out (no partner run): "
                        + String.join(", ", left) + (c.note().isEmpty() ? "" : "; " + c.note()));
            }
        }
        double[] x = values(scenario, m, p);
        double[] y = values(baseline, m, p);
        if (x.length >= 2 && y.length >= 2) {
            Contrast c = welch(p, m, name, base, x, y);
            String why = a == null || b == null ? "seeds unknown or repeated" : "fewer than two seeds in common";
            return withNote(c, "unpaired (Welch's t-test): " + why + "; " + x.length + " " + name
                    + " runs against " + y.length + " " + base + " runs" + (c.note().isEmpty() ? "" : "; " + c.note()));
        }
        return welch(p, m, name, base, values(scenario, m, p), values(baseline, m, p));
    }

    /** Seeds as compact ranges: "1–10", "1–3, 7". */
    public static String seedRanges(java.util.Collection<Long> seeds) {
        List<String> parts = new java.util.ArrayList<>();
        Long start = null;
        Long prev = null;
        for (Long v : new TreeSet<>(seeds)) {
            if (prev != null && v == prev + 1) {
                prev = v;
                continue;
            }
            if (start != null) {
                parts.add(start.equals(prev) ? start.toString() : start + "\u2013" + prev);
            }
            start = v;
            prev = v;
        }
        if (start != null) {
            parts.add(start.equals(prev) ? start.toString() : start + "\u2013" + prev);
        }
        return String.join(", ", parts);
    }

    private static Contrast withNote(Contrast c, String note) {
        return new Contrast(c.period(), c.metric(), c.scenario(), c.baseline(), c.n(), c.nBaseline(), c.scenarioValue(),
                c.baselineValue(), c.difference(), c.low(), c.high(), c.test(), c.p(), c.cohensD(), note);
    }

    /** Paired comparison of x[i] with y[i] (same seed). */
    public static Contrast paired(Period p, Metric m, String name, String base, double[] x, double[] y) {
        int n = x.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = x[i] - y[i];
        }
        double mean = StatUtils.mean(d);
        if (n < 2) {
            return notEstimable(p, m, name, base, x, y, mean);
        }
        double sd = Math.sqrt(StatUtils.variance(d));
        double half = quantile(n - 1) * sd / Math.sqrt(n);
        double pValue = sd > 0 ? new TTest().pairedTTest(x, y) : (mean == 0 ? 1 : 0);
        double effect = sd > 0 ? mean / sd : (mean == 0 ? 0 : Double.NaN);
        return new Contrast(p, m, name, base, n, n, StatUtils.mean(x), StatUtils.mean(y), mean, mean - half, mean + half,
                Test.PAIRED_T, pValue, effect, sd > 0 ? "" : "identical difference in every pair");
    }

    /** Unpaired comparison with Welch's t (unequal variances, Welch-Satterthwaite degrees of freedom). */
    public static Contrast welch(Period p, Metric m, String name, String base, double[] x, double[] y) {
        double mx = StatUtils.mean(x);
        double my = StatUtils.mean(y);
        if (x.length < 2 || y.length < 2) {
            return notEstimable(p, m, name, base, x, y, mx - my);
        }
        double vx = StatUtils.variance(x) / x.length;
        double vy = StatUtils.variance(y) / y.length;
        double se = Math.sqrt(vx + vy);
        double diff = mx - my;
        double pooled = Math.sqrt(((x.length - 1) * StatUtils.variance(x) + (y.length - 1) * StatUtils.variance(y))
                / (x.length + y.length - 2));
        if (se == 0) {
            return new Contrast(p, m, name, base, x.length, y.length, mx, my, diff, diff, diff, Test.WELCH,
                    diff == 0 ? 1 : 0, diff == 0 ? 0 : Double.NaN, "no variation between replications");
        }
        double df = (vx + vy) * (vx + vy) / (vx * vx / (x.length - 1) + vy * vy / (y.length - 1));
        double half = quantile(df) * se;
        return new Contrast(p, m, name, base, x.length, y.length, mx, my, diff, diff - half, diff + half, Test.WELCH,
                new TTest().tTest(x, y), diff / pooled, "");
    }

    private static Contrast notEstimable(Period p, Metric m, String name, String base, double[] x, double[] y, double diff) {
        return new Contrast(p, m, name, base, x.length, y.length, StatUtils.mean(x), StatUtils.mean(y), diff,
                Double.NaN, Double.NaN, Test.NONE, Double.NaN, Double.NaN,
                x.length == 1 && y.length == 1 ? "single replication: uncertainty cannot be estimated"
                        : x.length + " " + name + " run" + (x.length == 1 ? "" : "s") + " against " + y.length + " " + base
                        + " run" + (y.length == 1 ? "" : "s") + ": a single run on one side, uncertainty cannot be estimated");
    }

    /** The t quantile for a two-sided interval at {@link #LEVEL}. */
    static double quantile(double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
    }

    private static double[] values(List<Replication> runs, Metric m, Period p) {
        return runs.stream().mapToDouble(r -> summarise(r, m, p)).toArray();
    }

    /** Values by seed, or null when a seed is missing or repeated (then runs cannot be paired). */
    static Map<Long, Double> bySeed(List<Replication> runs, Metric m, Period p) {
        Map<Long, Double> out = new HashMap<>();
        for (Replication r : runs) {
            if (r.seed() == null || out.put(r.seed(), summarise(r, m, p)) != null) {
                return null;
            }
        }
        return out;
    }

    /** Mean and 90% half-width of each month over replications (half-width NaN with one replication). */
    public static double[][] monthlyBand(List<Replication> runs, Metric m, Period p) {
        int months = p.months();
        double[][] out = new double[2][months];
        double q = runs.size() > 1 ? quantile(runs.size() - 1) : Double.NaN;
        double[] col = new double[runs.size()];
        List<double[]> slices = runs.stream().map(r -> r.slice(m.column(), p)).toList();
        for (int t = 0; t < months; t++) {
            for (int i = 0; i < col.length; i++) {
                col[i] = slices.get(i)[t];
            }
            out[0][t] = StatUtils.mean(col);
            out[1][t] = col.length > 1 ? q * Math.sqrt(StatUtils.variance(col) / col.length) : Double.NaN;
        }
        return out;
    }

    /**
     * Benjamini–Hochberg adjusted p-values (q-values): q_(i) = min over j >= i of p_(j) m / j for the
     * p-values sorted ascending, capped at 1. NaN entries are left NaN and not counted in m.
     */
    public static double[] benjaminiHochberg(double[] p) {
        Integer[] order = java.util.stream.IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double[] q = new double[p.length];
        java.util.Arrays.fill(q, Double.NaN);
        int m = order.length;
        double min = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            min = Math.min(min, p[i] * m / rank);
            q[i] = min;
        }
        return q;
    }
}
