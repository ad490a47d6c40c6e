package plaza.model;

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

    /** Rounds x up or down at random so that the expected value is x (for real-to-agent counts). */
    public static int stochasticRound(double x, MersenneTwisterFast r) {
        if (!(x > 0)) {
            return 0;
        }
        double f = Math.floor(x);
        return (int) f + (r.nextDouble() < x - f ? 1 : 0);
    }
}
