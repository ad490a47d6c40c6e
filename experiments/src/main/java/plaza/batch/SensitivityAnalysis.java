package plaza.batch;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Global sensitivity indices from model outputs at the points of a {@link Design}.
 *
 * <p>Sobol (design {@code sobol}): with f evaluated at A_j, B_j and AB_j^(i) (A with column i from B),
 * and V the variance of all f(A) and f(B) values,
 * first-order S_i = mean_j[(f(B_j) - m) (f(AB_j^(i)) - f(A_j))] / V (Saltelli et al. 2010, with f(B) centred on
 * the mean m of all f(A) and f(B) to cut the estimator's variance) and
 * total ST_i = mean_j[(f(A_j) - f(AB_j^(i)))^2] / (2V) (Jansen 1999). Confidence intervals are
 * bootstrap percentile intervals: the base samples j are resampled with replacement.
 *
 * <p>Morris (design {@code morris}): the elementary effect of each step of a trajectory is
 * (f(after) - f(before)) / delta, with delta measured in the unit hypercube (the factor's whole
 * range = 1), so effects of different factors are comparable. mu is their mean, mu* the mean of their
 * absolute values (Campolongo et al. 2007), sigma their standard deviation.
 *
 * <p>Points whose output is missing (NaN: every replication failed) are left out: a Sobol base
 * sample j is dropped whole, a Morris step is dropped alone.
 */
public final class SensitivityAnalysis {

    /** Confidence level of the bootstrap intervals of Sobol indices. */
    public static final double CONFIDENCE = 0.95;

    private SensitivityAnalysis() {}

    /**
     * Sobol indices of one factor with their bootstrap intervals; {@code inert} when changing the
     * factor changed the outcome in no base sample at all (then both indices are exactly 0).
     */
    public record SobolIndex(int n, double s1, double s1Low, double s1High, double st, double stLow, double stHigh, boolean inert) {

        public SobolIndex(int n, double s1, double s1Low, double s1High, double st, double stLow, double stHigh) {
            this(n, s1, s1Low, s1High, st, stLow, stHigh, false);
        }

        /** What a reader must know before reading the indices (empty if nothing). */
        public String warning(int samples) {
            if (inert) {
                return INERT;
            }
            for (double[] ci : new double[][] {{s1Low, s1High}, {stLow, stHigh}}) {
                if (!Double.isNaN(ci[0]) && (ci[1] - ci[0] > 0.5 || (ci[0] <= 0 && ci[1] >= 0.2))) {
                    return "sample too small: a 95% interval (" + plaza.io.Numbers.format(round(ci[0])) + " to "
                            + plaza.io.Numbers.format(round(ci[1])) + ") cannot tell whether the parameter matters; raise samples (now "
                            + samples + ")";
                }
            }
            return "";
        }
    }

    /** Morris statistics of one factor over {@code r} elementary effects; {@code inert} when every effect is exactly 0. */
    public record MorrisIndex(int r, double mu, double muStar, double sigma, boolean inert) {

        public MorrisIndex(int r, double mu, double muStar, double sigma) {
            this(r, mu, muStar, sigma, false);
        }

        /** What a reader must know before reading the statistics (empty if nothing). */
        public String warning(int replications) {
            if (inert) {
                return INERT;
            }
            if (replications == 1 && sigma > muStar) {
                return "sigma above mu* with one replication per point: seed noise enters every elementary effect, so sigma"
                        + " does not show interactions here; use replications of 2 or more";
            }
            return "";
        }
    }

    /** The warning for a factor that changed no outcome of any run. */
    public static final String INERT = "no effect at all: changing this parameter changed the outcome of no run; in this"
            + " scenario it may change none of the model's inputs (a lever whose mechanism is not in play)";

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /**
     * Sobol indices of the k factors from outputs in the order of {@link Design#saltelli}:
     * for each base sample j, f(A_j), f(AB_j^(1..k)), f(B_j).
     */
    public static SobolIndex[] sobol(double[] f, int k, int bootstrap, long seed) {
        int n = f.length / (k + 2);
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            boolean ok = true;
            for (int c = 0; c < k + 2; c++) {
                ok &= !Double.isNaN(f[j * (k + 2) + c]);
            }
            if (ok) {
                rows.add(j);
            }
        }
        int m = rows.size();
        double[] fa = new double[m];
        double[] fb = new double[m];
        double[][] fab = new double[k][m];
        for (int x = 0; x < m; x++) {
            int base = rows.get(x) * (k + 2);
            fa[x] = f[base];
            fb[x] = f[base + k + 1];
            for (int i = 0; i < k; i++) {
                fab[i][x] = f[base + 1 + i];
            }
        }
        SobolIndex[] out = new SobolIndex[k];
        int[] identity = new int[m];
        for (int x = 0; x < m; x++) {
            identity[x] = x;
        }
        RandomGenerator rng = new MersenneTwister(seed ^ 0x534F_424CL);
        int[][] resamples = new int[bootstrap][m];
        for (int b = 0; b < bootstrap; b++) {
            for (int x = 0; x < m; x++) {
                resamples[b][x] = rng.nextInt(m);
            }
        }
        for (int i = 0; i < k; i++) {
            double[] est = estimate(fa, fb, fab[i], identity);
            DescriptiveStatistics bs1 = new DescriptiveStatistics();
            DescriptiveStatistics bst = new DescriptiveStatistics();
            for (int b = 0; b < bootstrap; b++) {
                double[] e = estimate(fa, fb, fab[i], resamples[b]);
                if (!Double.isNaN(e[0])) {
                    bs1.addValue(e[0]);
                    bst.addValue(e[1]);
                }
            }
            double lo = (1 - CONFIDENCE) / 2 * 100;
            double hi = (1 + CONFIDENCE) / 2 * 100;
            boolean ci = bs1.getN() > 1;
            boolean inert = m > 0;
            for (int x = 0; x < m; x++) {
                inert &= fab[i][x] == fa[x];
            }
            out[i] = new SobolIndex(m, est[0], ci ? bs1.getPercentile(lo) : Double.NaN, ci ? bs1.getPercentile(hi) : Double.NaN,
                    est[1], ci ? bst.getPercentile(lo) : Double.NaN, ci ? bst.getPercentile(hi) : Double.NaN, inert);
        }
        return out;
    }

    /** First-order and total index of one factor over the base samples listed in {@code idx}. */
    private static double[] estimate(double[] fa, double[] fb, double[] fab, int[] idx) {
        int m = idx.length;
        if (m < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] all = new double[2 * m];
        for (int y = 0; y < m; y++) {
            all[2 * y] = fa[idx[y]];
            all[2 * y + 1] = fb[idx[y]];
        }
        double mean = StatUtils.mean(all);
        double v = StatUtils.populationVariance(all, mean);
        double first = 0;
        double total = 0;
        for (int x : idx) {
            // f(B) centred: same expectation (f(AB) - f(A) has mean 0) but far less variance when
            // the output's mean is large next to its spread, as for counts like homicides
            first += (fb[x] - mean) * (fab[x] - fa[x]);
            double d = fa[x] - fab[x];
            total += d * d;
        }
        if (!(v > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {first / m / v, total / m / (2 * v)};
    }

    /** Morris statistics of the k factors from outputs in trajectory order ({@link Design#morris}). */
    public static MorrisIndex[] morris(Design design, double[] f) {
        int k = design.dimensions();
        SummaryStatistics[] ee = new SummaryStatistics[k];
        SummaryStatistics[] abs = new SummaryStatistics[k];
        for (int i = 0; i < k; i++) {
            ee[i] = new SummaryStatistics();
            abs[i] = new SummaryStatistics();
        }
        int r = design.size() / (k + 1);
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                int before = t * (k + 1) + s;
                double[] x0 = design.unit(before);
                double[] x1 = design.unit(before + 1);
                int moved = -1;
                for (int i = 0; i < k; i++) {
                    if (x0[i] != x1[i]) {
                        moved = i;
                    }
                }
                if (moved < 0 || Double.isNaN(f[before]) || Double.isNaN(f[before + 1])) {
                    continue;
                }
                double e = (f[before + 1] - f[before]) / (x1[moved] - x0[moved]);
                ee[moved].addValue(e);
                abs[moved].addValue(Math.abs(e));
            }
        }
        MorrisIndex[] out = new MorrisIndex[k];
        for (int i = 0; i < k; i++) {
            long n = ee[i].getN();
            out[i] = new MorrisIndex((int) n, n > 0 ? ee[i].getMean() : Double.NaN, n > 0 ? abs[i].getMean() : Double.NaN,
                    n > 1 ? ee[i].getStandardDeviation() : Double.NaN, n > 0 && abs[i].getMax() == 0);
        }
        return out;
    }
}
