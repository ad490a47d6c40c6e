package plaza.core;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.special.Gamma;

import ec.util.MersenneTwisterFast;

/**
 * Named random streams, each seeded from the run's one seed and a stable hash of its name (the
 * submodel that draws from it). Separate processes draw from separate streams so that a policy that
 * changes how often one process draws does not shift the draws of the others: two scenarios run with
 * the same seed face the same shocks elsewhere (common random numbers), and their difference is the
 * policy, not noise. Because a stream's key depends only on the seed and its own name, adding a
 * stream (a new submodel) changes no other stream. Every stream starts again each month from the
 * seed, its name and the month ({@link #startMonth}), and the draws that decide a plaza's or an
 * organization's fate (attacks, settlements, homicides, splits, leader removals, pacts) are keyed by
 * the entity and the month ({@link #keyed}), so a policy's extra draws do not shift what is drawn
 * for other plazas, other organizations or later months.
 */
public final class Streams implements java.io.Serializable {

    /** The streams of the model: one per submodel that draws (setup draws the initial members). */
    public static final List<String> NAMES = List.of("setup", "shipments", "recruitment", "military-deployment",
            "desertions", "police-deployment", "arrests", "leader-removal", "verdicts", "territorial-contest", "violence", "fragmentation",
            "transit-zone", "extraditions", "extraditions-to-mexico", "alliances", "provocation");

    /** Each declared name's position in {@link #NAMES}: a stream is found by index, not by searching the list. */
    private static final Map<String, Integer> INDEX = new HashMap<>();
    /** Each declared name's {@link #hash}, by position: a keyed draw hashes no string. */
    private static final long[] HASH = new long[NAMES.size()];
    static {
        for (int i = 0; i < NAMES.size(); i++) {
            INDEX.put(NAMES.get(i), i);
            HASH[i] = hash(NAMES.get(i));
        }
    }

    private final long seed;
    /** The month the streams were started for ({@link #startMonth}); -1 before the first month (setup). */
    private int month = -1;
    // indexed by position in NAMES; created on first use, so creation order cannot affect a run
    private final MersenneTwisterFast[] streams = new MersenneTwisterFast[NAMES.size()];

    public Streams(long seed) {
        this.seed = seed;
    }

    /** The position of a declared stream name in {@link #NAMES}, for {@link #get(int)}. */
    public static int index(String name) {
        Integer i = INDEX.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no random stream named '" + name + "'; declared: " + NAMES);
        }
        return i;
    }

    /** The stream of a submodel, created on first use from the seed and the name. */
    public MersenneTwisterFast get(String name) {
        return get(index(name));
    }

    /** The stream at a position of {@link #NAMES} (see {@link #index}). */
    public MersenneTwisterFast get(int index) {
        MersenneTwisterFast s = streams[index];
        if (s == null) {
            // setup draws from a Mersenne Twister keyed by seed and name; each month's stream is started cheaply
            s = month < 0 ? new MersenneTwisterFast(key(seed, NAMES.get(index))) : new MonthStream(monthKey(seed, index, month));
            streams[index] = s;
        }
        return s;
    }

    /**
     * Starts a month: every stream starts again from the seed, its name and the month ({@link MonthStream},
     * cheap to start), so a policy
     * that changes how many values a submodel draws in one month shifts that submodel's draws in that
     * month only, never in later months (common random numbers month by month).
     */
    public void startMonth(int monthIndex) {
        if (monthIndex != month) {
            month = monthIndex;
            java.util.Arrays.fill(streams, null);
        }
    }

    /** The generator key: the seed's two halves and the name's 64-bit FNV-1a hash. */
    static int[] key(long seed, String name) {
        long h = hash(name);
        return new int[] {(int) seed, (int) (seed >>> 32), (int) h, (int) (h >>> 32)};
    }

    /** The starting state of the stream at a position of {@link #NAMES} in a month (see {@link MonthStream}). */
    static long monthKey(long seed, int index, int month) {
        return mix(seed ^ mix(HASH[index] ^ mix(-1L - month)));
    }

    /** FNV-1a over the name's UTF-8 bytes: stable across JVMs and runs (unlike String.hashCode's contract). */
    static long hash(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /**
     * A uniform in [0, 1) keyed by the run's seed, a stream name, an entity (a plaza's or an
     * organization's id), a month and the number of the draw within that entity-month: the same value
     * in every scenario run with the seed, whatever else drew before it (common random numbers by
     * entity and month). A policy that changes how often one plaza or organization draws then shifts
     * no other entity's draws and no later month's. SplitMix64's finalizer over the key (a counter-based
     * generator: no state, so parallel and sequential runs draw the same bytes).
     */
    public double keyed(String name, long entity, int month, int draw) {
        return keyed(index(name), entity, month, draw);
    }

    /** {@link #keyed(String, long, int, int)} for the stream at a position of {@link #NAMES} (see {@link #index}). */
    public double keyed(int index, long entity, int month, int draw) {
        long h = mix(seed ^ mix(HASH[index] ^ mix(entity * 0x9E3779B97F4A7C15L + month * 0xC2B2AE3D27D4EB4FL + draw)));
        return (h >>> 11) * 0x1.0p-53;
    }

    /** The entity key of a plaza for {@link #keyed} (organizations are keyed by their id, below 2^32). */
    public static long plazaKey(int plazaIndex) {
        return (1L << 40) + plazaIndex;
    }

    /** The entity key of a pair of organizations for {@link #keyed}, the same in either order. */
    public static long pairKey(int a, int b) {
        return (2L << 40) + ((long) Math.min(a, b) << 20) + Math.max(a, b);
    }

    /** SplitMix64's output function (Steele, Lea and Flood 2014): a bijection of 64-bit words that mixes every bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Below this mean the inversion walks up from zero; above it, it starts at the mode. */
    private static final double WALK_FROM_ZERO_BELOW = 30;

    /**
     * An exact Poisson draw by inversion of the distribution function, from one uniform: the
     * smallest k with F(k) >= u. Below mean 30 the search walks up from 0; above, it starts at the
     * mode m with F(m) from the regularized gamma function (commons-math3) and walks down or up with
     * the exact pmf recurrence. One uniform per draw, monotone in it, so two scenarios with the same
     * stream draw coupled counts (common random numbers) and a draw never shifts the stream by a
     * different number of values. 0 for a mean that is not positive.
     */
    public static double poisson(double mean, MersenneTwisterFast r) {
        if (!(mean > 0)) {
            return 0;
        }
        return poisson(mean, r.nextDouble());
    }

    /** The Poisson draw of {@link #poisson(double, MersenneTwisterFast)} from a given uniform u in [0, 1) (a keyed draw, say). */
    public static double poisson(double mean, double u) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean < WALK_FROM_ZERO_BELOW) {
            double p = Math.exp(-mean);
            double f = p;
            int k = 0;
            while (u > f && p > 0) {
                k++;
                p *= mean / k;
                f += p;
            }
            return k;
        }
        int k = (int) Math.floor(mean);
        double p = Math.exp(k * Math.log(mean) - mean - LogFactorials.of(k));
        double f = Gamma.regularizedGammaQ(k + 1.0, mean);
        if (u <= f) {
            while (k > 0 && f - p >= u) {
                f -= p;
                p *= k / mean;
                k--;
            }
        } else {
            while (u > f && p > 0) {
                k++;
                p *= mean / k;
                f += p;
            }
        }
        return k;
    }

    /**
     * Indices in [0, n) each selected independently with probability p, in ascending order, drawn
     * by geometric skipping: the cost is proportional to the number selected, not to n, so a
     * monthly hazard applied to half a million person-agents does not touch every one of them.
     */
    public static int[] select(int n, double p, MersenneTwisterFast r) {
        if (n <= 0 || !(p > 0)) {
            return new int[0];
        }
        if (p >= 1) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        double logQ = Math.log1p(-p);
        int[] out = new int[Math.max(4, (int) (n * p * 1.5) + 4)];
        int count = 0;
        long pos = -1;
        while (true) {
            double u = r.nextDouble();
            pos += 1 + (long) Math.floor(Math.log(1 - u) / logQ);
            if (pos >= n) {
                break;
            }
            if (count == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[count++] = (int) pos;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** Rounds x up or down at random so that the expected value is x (for real-to-agent counts). */
    public static int stochasticRound(double x, MersenneTwisterFast r) {
        if (!(x > 0)) {
            return 0;
        }
        double f = Math.floor(x);
        return (int) f + (r.nextDouble() < x - f ? 1 : 0);
    }

    /** {@link #stochasticRound(double, MersenneTwisterFast)} from a given uniform u in [0, 1). */
    public static int stochasticRound(double x, double u) {
        if (!(x > 0)) {
            return 0;
        }
        double f = Math.floor(x);
        return (int) f + (u < x - f ? 1 : 0);
    }
}
