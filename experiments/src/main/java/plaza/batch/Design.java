package plaza.batch;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The design points of a batch: positions in the unit hypercube, one coordinate per factor, which
 * {@link Factor#valueAt} maps to parameter values. A design is a pure function of the factors, the
 * kind, the sample size and the seed, so a resumed batch regenerates exactly the same points.
 *
 * <ul>
 * <li>{@link DesignKind#GRID}: the full factorial of each factor's steps; the first factor varies slowest.
 * <li>{@link DesignKind#LHS}: Latin hypercube, each dimension cut into {@code n} equal strata with one
 *     point in each, at a uniform position inside it; strata paired by independent random permutations.
 * <li>{@link DesignKind#SOBOL}: Saltelli's scheme. Rows of a 2k-dimensional Sobol sequence (commons-math3,
 *     the all-zero first point skipped) give matrices A (first k columns) and B (last k); for each row j
 *     the points are A_j, then A_j with column i taken from B_j for i = 1..k, then B_j: n(k + 2) points.
 * <li>{@link DesignKind#MORRIS}: {@code r} trajectories of k + 1 points on a grid of {@code p} levels;
 *     each step moves one factor, in random order, by delta = p / (2(p - 1)) up or down.
 * <li>{@link DesignKind#MIXTURE}: the simplex lattice of degree {@code m}: every point whose
 *     coordinates are multiples of 1/m summing to at most 1 (the rest of the budget is the implicit
 *     last component) or, with {@code exact}, to exactly 1; the first factor varies slowest.
 * <li>{@link DesignKind#FILE}: the points of a CSV file, as given (values, not unit positions).
 * </ul>
 */
public final class Design {

    private final DesignKind kind;
    private final int k;
    private final int samples;
    private final double[][] unit;
    /** Explicit parameter values per point (a file design), or null. */
    private final double[][] explicit;

    private Design(DesignKind kind, int k, int samples, double[][] unit) {
        this(kind, k, samples, unit, null);
    }

    private Design(DesignKind kind, int k, int samples, double[][] unit, double[][] explicit) {
        this.kind = kind;
        this.k = k;
        this.samples = samples;
        this.unit = unit;
        this.explicit = explicit;
    }

    /** Builds the design an experiment asks for; the random designs draw from a stream seeded by {@code seed}. */
    public static Design of(ExperimentDefinition def) {
        List<Factor> factors = def.factors();
        int k = factors.size();
        return switch (def.design()) {
            case GRID -> grid(factors);
            case LHS -> lhs(k, def.samples(), def.seed());
            case SOBOL -> saltelli(k, def.samples());
            case MORRIS -> morris(k, def.samples(), def.levels(), def.seed());
            case MIXTURE -> mixture(k, def.samples(), def.mixtureExact());
            case FILE -> explicit(def.designPoints());
        };
    }

    /** The simplex lattice of degree {@code m} in k shares (sum at most 1, or exactly 1 when {@code exact}). */
    public static Design mixture(int k, int m, boolean exact) {
        List<double[]> pts = new ArrayList<>();
        lattice(new int[k], 0, m, exact, m, pts);
        return new Design(DesignKind.MIXTURE, k, m, pts.toArray(new double[0][]));
    }

    private static void lattice(int[] a, int i, int left, boolean exact, int m, List<double[]> out) {
        if (i == a.length) {
            if (!exact || left == 0) {
                double[] u = new double[a.length];
                for (int j = 0; j < a.length; j++) {
                    u[j] = (double) a[j] / m;
                }
                out.add(u);
            }
            return;
        }
        for (int v = 0; v <= left; v++) {
            a[i] = v;
            lattice(a, i + 1, left - v, exact, m, out);
        }
    }

    /** The number of points of a simplex lattice (k shares, degree m): C(m + k, k), or C(m + k - 1, k - 1) when exact. */
    public static java.math.BigInteger mixtureSize(int k, int m, boolean exact) {
        int n = exact ? m + k - 1 : m + k;
        int r = exact ? k - 1 : k;
        java.math.BigInteger c = java.math.BigInteger.ONE;
        for (int j = 1; j <= r; j++) {
            c = c.multiply(java.math.BigInteger.valueOf(n - r + j)).divide(java.math.BigInteger.valueOf(j));
        }
        return c;
    }

    /** A design of explicit points (parameter values, one row per point). */
    public static Design explicit(double[][] points) {
        int k = points.length == 0 ? 0 : points[0].length;
        double[][] copy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            copy[i] = points[i].clone();
        }
        return new Design(DesignKind.FILE, k, points.length, new double[points.length][k], copy);
    }

    /** This design without the given points (0-based), the rest in their order: a batch's feasible points. */
    public Design without(java.util.Set<Integer> skip) {
        List<double[]> u = new ArrayList<>();
        List<double[]> e = new ArrayList<>();
        for (int i = 0; i < unit.length; i++) {
            if (!skip.contains(i)) {
                u.add(unit[i]);
                if (explicit != null) {
                    e.add(explicit[i]);
                }
            }
        }
        return new Design(kind, k, samples, u.toArray(new double[0][]), explicit == null ? null : e.toArray(new double[0][]));
    }

    /** Full factorial of the factors' steps (one point with no coordinates when nothing varies). */
    public static Design grid(List<Factor> factors) {
        int k = factors.size();
        int total = 1;
        for (Factor f : factors) {
            total = Math.multiplyExact(total, f.steps());
        }
        double[][] pts = new double[total][k];
        for (int p = 0; p < total; p++) {
            int rest = p;
            for (int i = k - 1; i >= 0; i--) {
                int steps = factors.get(i).steps();
                int idx = rest % steps;
                rest /= steps;
                pts[p][i] = steps == 1 ? 0 : (double) idx / (steps - 1);
            }
        }
        return new Design(DesignKind.GRID, k, total, pts);
    }

    /** Latin hypercube of {@code n} points in k dimensions. */
    public static Design lhs(int k, int n, long seed) {
        RandomGenerator rng = new MersenneTwister(seed ^ 0x4C48_5331L);
        double[][] pts = new double[n][k];
        for (int i = 0; i < k; i++) {
            int[] perm = permutation(n, rng);
            for (int j = 0; j < n; j++) {
                pts[j][i] = (perm[j] + rng.nextDouble()) / n;
            }
        }
        return new Design(DesignKind.LHS, k, n, pts);
    }

    /** Saltelli's n(k + 2) points from a 2k-dimensional Sobol sequence. */
    public static Design saltelli(int k, int n) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.nextVector(); // the first point is all zeros: it would put every base sample at the range's low end
        double[][] pts = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] row = sobol.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            System.arraycopy(row, 0, a, 0, k);
            System.arraycopy(row, k, b, 0, k);
            int base = j * (k + 2);
            pts[base] = a;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                pts[base + 1 + i] = ab;
            }
            pts[base + k + 1] = b;
        }
        return new Design(DesignKind.SOBOL, k, n, pts);
    }

    /** {@code r} Morris trajectories on a {@code levels}-level grid. */
    public static Design morris(int k, int r, int levels, long seed) {
        RandomGenerator rng = new MersenneTwister(seed ^ 0x4D4F_5252L);
        double delta = levels / (2.0 * (levels - 1));
        List<double[]> pts = new ArrayList<>();
        for (int t = 0; t < r; t++) {
            double[] x = new double[k];
            int[] dir = new int[k];
            for (int i = 0; i < k; i++) {
                dir[i] = rng.nextBoolean() ? 1 : -1;
                // base levels from which a step of delta in direction dir stays inside [0, 1]
                List<Double> allowed = new ArrayList<>();
                for (int l = 0; l < levels; l++) {
                    double v = (double) l / (levels - 1);
                    double moved = v + dir[i] * delta;
                    if (moved >= -1e-12 && moved <= 1 + 1e-12) {
                        allowed.add(v);
                    }
                }
                x[i] = allowed.get(rng.nextInt(allowed.size()));
            }
            pts.add(x.clone());
            for (int i : permutation(k, rng)) {
                x[i] = Math.min(1, Math.max(0, x[i] + dir[i] * delta));
                pts.add(x.clone());
            }
        }
        return new Design(DesignKind.MORRIS, k, r, pts.toArray(new double[0][]));
    }

    private static int[] permutation(int n, RandomGenerator rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    public DesignKind kind() { return kind; }
    /** Number of factors. */
    public int dimensions() { return k; }
    /** LHS points, Sobol base samples (n) or Morris trajectories (r); grid: number of points. */
    public int samples() { return samples; }
    public int size() { return unit.length; }

    /** The point's position in the unit hypercube (0-based index). */
    public double[] unit(int point) {
        return unit[point].clone();
    }

    /** The point's parameter values, rounded as runs.csv writes them. */
    public double[] values(int point, List<Factor> factors) {
        if (explicit != null) {
            return explicit[point].clone();
        }
        double[] v = new double[k];
        for (int i = 0; i < k; i++) {
            v[i] = factors.get(i).valueAt(unit[point][i]);
        }
        return v;
    }
}
