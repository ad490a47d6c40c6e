package plaza.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Kim–Nelson fully sequential indifference-zone procedure (KN; Kim and Nelson 2001, ACM TOMACS
 * 11(3)) for selecting the system with the smallest mean, with common random numbers: replication r
 * of every system uses the same random numbers, and the procedure works on the pairwise differences,
 * so their positive correlation makes it stop sooner.
 *
 * <p>Guarantee: if the best mean is at least {@code delta} below every other (the indifference zone),
 * the chosen system is the best with probability at least {@code 1 - alpha}; otherwise the chosen system is, with
 * that probability, within {@code delta} of the best. It needs normal (or nearly normal) outputs,
 * which period totals over many months are.
 *
 * <p>Steps: {@code n0} replications of every system; for each pair, the sample variance S² of the
 * differences; h² = 2η(n0 − 1) with η = ½[(2α/(k − 1))^(−2/(n0 − 1)) − 1]. Then one replication of
 * every surviving system per stage r: system i is eliminated when its mean exceeds a survivor l's
 * by more than W = max(0, δ/(2r) · (h²S²/δ² − r)). The procedure stops with one survivor, or when
 * r passes every surviving pair's N = ⌊h²S²/δ²⌋ (the survivor with the smallest mean is chosen), or
 * at the cap on replications (then the guarantee does not hold, and the result says so).
 */
public final class RankingAndSelection {

    /** Gives the output of replication {@code r} (1-based) of system {@code i} (0-based). */
    public interface Sampler {
        /** Outputs of replications {@code from..to} (inclusive, 1-based) of each listed system, in the order given. */
        double[][] sample(int[] systems, int from, int to);
    }

    /**
     * The outcome for one system: its replications, its mean and sd over them, its mean over the
     * first-stage replications (the same seeds for every system, so comparable across systems), and the
     * stage it was eliminated at (0 if it survived).
     */
    public record Ranked(int system, int replications, double mean, double sd, double firstStageMean, int eliminatedAt) {}

    /**
     * The result: every system in order of its mean (best first), the chosen one, whether the
     * procedure ended by its rule (the probability statement holds) or at the cap, and the runs spent.
     */
    public record Result(List<Ranked> ranking, int chosen, boolean guaranteed, int runs, double h2, int stages) {}

    private RankingAndSelection() {}

    /**
     * Runs KN for {@code k} systems with first-stage size {@code n0}, indifference zone {@code delta}
     * (absolute, same unit as the outputs), error {@code alpha} (1 - probability of correct selection)
     * and at most {@code maxReplications} replications of any system.
     */
    public static Result select(int k, Sampler sampler, int n0, double delta, double alpha, int maxReplications) {
        if (k < 2 || n0 < 2 || !(delta > 0) || !(alpha > 0 && alpha < 1) || maxReplications < n0) {
            throw new IllegalArgumentException("k >= 2, n0 >= 2, delta > 0, 0 < alpha < 1 and maxReplications >= n0 are required");
        }
        double eta = 0.5 * (Math.pow(2 * alpha / (k - 1), -2.0 / (n0 - 1)) - 1);
        double h2 = 2 * eta * (n0 - 1);
        int[] all = new int[k];
        for (int i = 0; i < k; i++) {
            all[i] = i;
        }
        List<List<Double>> x = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            x.add(new ArrayList<>());
        }
        int runs = 0;
        double[][] first = sampler.sample(all, 1, n0);
        for (int i = 0; i < k; i++) {
            for (double v : first[i]) {
                x.get(i).add(v);
            }
        }
        runs += k * n0;
        double[][] s2 = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int l = 0; l < k; l++) {
                if (i != l) {
                    s2[i][l] = varianceOfDifferences(x.get(i), x.get(l), n0);
                }
            }
        }
        boolean[] alive = new boolean[k];
        Arrays.fill(alive, true);
        int[] eliminatedAt = new int[k];
        int r = n0;
        boolean guaranteed = false;
        while (true) {
            double[] mean = new double[k];
            for (int i = 0; i < k; i++) {
                mean[i] = alive[i] ? mean(x.get(i), r) : Double.NaN;
            }
            boolean[] out = new boolean[k];
            boolean anyBeyondN = false;
            for (int i = 0; i < k; i++) {
                if (!alive[i]) {
                    continue;
                }
                for (int l = 0; l < k; l++) {
                    if (l == i || !alive[l]) {
                        continue;
                    }
                    double w = Math.max(0, delta / (2.0 * r) * (h2 * s2[i][l] / (delta * delta) - r));
                    if (mean[i] > mean[l] + w) {
                        out[i] = true;
                    }
                    if (r <= Math.floor(h2 * s2[i][l] / (delta * delta))) {
                        anyBeyondN = true;
                    }
                }
            }
            int survivors = 0;
            for (int i = 0; i < k; i++) {
                if (alive[i] && out[i]) {
                    alive[i] = false;
                    eliminatedAt[i] = r;
                }
                survivors += alive[i] ? 1 : 0;
            }
            if (survivors == 1 || !anyBeyondN) {
                guaranteed = true;
                break;
            }
            if (r >= maxReplications) {
                break;
            }
            int[] next = alive(alive);
            double[][] more = sampler.sample(next, r + 1, r + 1);
            for (int j = 0; j < next.length; j++) {
                x.get(next[j]).add(more[j][0]);
            }
            runs += next.length;
            r++;
        }
        List<Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<Double> xi = x.get(i);
            ranking.add(new Ranked(i, xi.size(), mean(xi, xi.size()), Math.sqrt(variance(xi)), mean(xi, n0), eliminatedAt[i]));
        }
        int chosen = -1;
        for (int i = 0; i < k; i++) {
            if (alive[i] && (chosen < 0 || mean(x.get(i), r) < mean(x.get(chosen), r))) {
                chosen = i;
            }
        }
        // survivors first (by mean), then the eliminated, the last to go first (by mean at equal stages)
        int last = r;
        ranking.sort(java.util.Comparator.comparingInt((Ranked y) -> y.eliminatedAt() == 0 ? -(last + 1) : -y.eliminatedAt())
                .thenComparingDouble(Ranked::mean));
        return new Result(ranking, chosen, guaranteed, runs, h2, r);
    }

    private static int[] alive(boolean[] alive) {
        int n = 0;
        for (boolean a : alive) {
            n += a ? 1 : 0;
        }
        int[] out = new int[n];
        int j = 0;
        for (int i = 0; i < alive.length; i++) {
            if (alive[i]) {
                out[j++] = i;
            }
        }
        return out;
    }

    private static double mean(List<Double> v, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += v.get(i);
        }
        return s / n;
    }

    private static double variance(List<Double> v) {
        if (v.size() < 2) {
            return Double.NaN;
        }
        double m = mean(v, v.size());
        double s = 0;
        for (double d : v) {
            s += (d - m) * (d - m);
        }
        return s / (v.size() - 1);
    }

    private static double varianceOfDifferences(List<Double> a, List<Double> b, int n) {
        double m = 0;
        for (int j = 0; j < n; j++) {
            m += a.get(j) - b.get(j);
        }
        m /= n;
        double s = 0;
        for (int j = 0; j < n; j++) {
            double d = a.get(j) - b.get(j) - m;
            s += d * d;
        }
        return s / (n - 1);
    }
}
