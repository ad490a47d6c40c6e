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
 * stream (a new submodel) changes no other stream.
 */
public final class Streams implements java.io.Serializable {

    /** The streams of the model: one per submodel that draws (setup draws the initial members). */
    public static final List<String> NAMES = List.of("setup", "shipments", "recruitment", "military-deployment",
            "desertions", "police-deployment", "arrests", "leader-removal", "verdicts", "territorial-contest", "violence", "fragmentation",
            "transit-zone", "extraditions", "extraditions-to-mexico", "alliances", "provocation");

    /** Each declared name's position in {@link #NAMES}: a stream is found by index, not by searching the list. */
    private static final Map<String, Integer> INDEX = new HashMap<>();
    static {
        for (int i = 0; i < NAMES.size(); i++) {
            INDEX.put(NAMES.get(i), i);
        }
    }

    private final long seed;
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
            s = new MersenneTwisterFast(key(seed, NAMES.get(index)));
            streams[index] = s;
        }
        return s;
    }

    /** The generator key: the seed's two halves and the name's 64-bit FNV-1a hash. */
    static int[] key(long seed, String name) {
        long h = hash(name);
        return new int[] {(int) seed, (int) (seed >>> 32), (int) h, (int) (h >>> 32)};
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
        double u = r.nextDouble();
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
        double p = Math.exp(k * Math.log(mean) - mean - Gamma.logGamma(k + 1.0));
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
}
