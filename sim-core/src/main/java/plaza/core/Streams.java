package plaza.core;

import ec.util.MersenneTwisterFast;

/**
 * Named random streams, each seeded from the run's one seed through MASON's generator. Separate
 * processes draw from separate streams so that a policy that changes how often one process draws
 * does not shift the draws of the others: two scenarios run with the same seed face the same
 * shocks elsewhere (common random numbers), and their difference is the policy, not noise.
 */
public final class Streams {

    /** The random processes of the model. */
    public enum Name { SETUP, ROUTING, FINANCE, RECRUITMENT, MILITARY, POLICE, INTELLIGENCE, COURTS, TERRITORY, VIOLENCE }

    private final MersenneTwisterFast[] streams = new MersenneTwisterFast[Name.values().length];

    /** Seeds every stream, in declaration order, from the model's MASON generator (itself seeded by the run seed). */
    public Streams(MersenneTwisterFast master) {
        for (Name n : Name.values()) {
            int[] key = {master.nextInt(), master.nextInt(), master.nextInt(), n.ordinal() + 1};
            streams[n.ordinal()] = new MersenneTwisterFast(key);
        }
    }

    public MersenneTwisterFast get(Name n) {
        return streams[n.ordinal()];
    }

    /** A Poisson draw (Knuth for small means, normal approximation above 50); never negative. */
    public static double poisson(double mean, MersenneTwisterFast r) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean > 50) {
            double x = Math.rint(mean + Math.sqrt(mean) * r.nextGaussian());
            return Math.max(0, x);
        }
        double l = Math.exp(-mean);
        int k = 0;
        double prod = r.nextDouble();
        while (prod > l) {
            k++;
            prod *= r.nextDouble();
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

    /** Removes the selected positions from a list by swapping in the last element (descending order keeps indices valid). */
    public static <T> java.util.List<T> removeSelected(java.util.List<T> list, int[] selected) {
        java.util.List<T> removed = new java.util.ArrayList<>(selected.length);
        for (int k = selected.length - 1; k >= 0; k--) {
            int i = selected[k];
            T item = list.get(i);
            T last = list.remove(list.size() - 1);
            if (i < list.size()) {
                list.set(i, last);
            }
            removed.add(item);
        }
        return removed;
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
