package plaza.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

import ec.util.MersenneTwisterFast;
import plaza.agents.Role;
import plaza.agents.TraffickingOrganization;
import plaza.core.Streams;

/**
 * {@code plaza bench --hot}: the operations on an organization's members that a full-scale run
 * repeats millions of times, each timed alone on an organization the size of the largest at full
 * scale (300,000 member-agents), so a regression in one shows up as a number: hiring, the arrest
 * pick (a random member removed and made a person for the courts), exits (a monthly hazard over
 * all members, drawn by geometric skipping) and a split (a random share moved to a new faction).
 * Each figure is the median of several repetitions after warm-up, in nanoseconds per member
 * touched.
 */
public final class HotPaths {

    private static final int MEMBERS = 300_000;
    private static final int REPETITIONS = 7;

    private HotPaths() {}

    public static void report(PrintStream out) {
        out.printf(Locale.ROOT, "hot paths, %,d member-agents, median of %d repetitions after warm-up (ns per member touched):%n",
                MEMBERS, REPETITIONS);
        out.printf(Locale.ROOT, "  %7.1f  hiring%n", median(HotPaths::hiring));
        out.printf(Locale.ROOT, "  %7.1f  arrest pick (a random member removed, a person made for the courts)%n", median(HotPaths::arrests));
        out.printf(Locale.ROOT, "  %7.1f  exits (a 2%% monthly hazard drawn by geometric skipping, 12 months)%n", median(HotPaths::exits));
        out.printf(Locale.ROOT, "  %7.1f  split (half the members moved to a new faction at random)%n", median(HotPaths::split));
    }

    /** One timed operation: returns nanoseconds per member touched. */
    private interface Op {
        double run(long seed);
    }

    private static double median(Op op) {
        for (int i = 0; i < 3; i++) {
            op.run(1000 + i);
        }
        double[] t = new double[REPETITIONS];
        for (int i = 0; i < REPETITIONS; i++) {
            t[i] = op.run(i + 1);
        }
        Arrays.sort(t);
        return t[REPETITIONS / 2];
    }

    private static TraffickingOrganization filled(MersenneTwisterFast r) {
        TraffickingOrganization o = new TraffickingOrganization(0, "bench", 0.8);
        for (int i = 0; i < MEMBERS; i++) {
            o.hire(r.nextDouble() < 0.3 ? Role.ENFORCER : Role.TRAFFICKER, i, i % 32, r.nextBoolean(), 1);
        }
        return o;
    }

    private static double hiring(long seed) {
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        long t0 = System.nanoTime();
        TraffickingOrganization o = filled(r);
        double ns = (System.nanoTime() - t0) / (double) MEMBERS;
        sink(o.members());
        return ns;
    }

    private static double arrests(long seed) {
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        TraffickingOrganization o = filled(r);
        int n = MEMBERS / 10;
        long t0 = System.nanoTime();
        long ids = 0;
        for (int i = 0; i < n; i++) {
            ids += o.removeRandom(r.nextDouble() < 0.3 ? Role.ENFORCER : Role.TRAFFICKER, r).id();
        }
        double ns = (System.nanoTime() - t0) / (double) n;
        sink(ids);
        return ns;
    }

    private static double exits(long seed) {
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        TraffickingOrganization o = filled(r);
        int touched = 0;
        long t0 = System.nanoTime();
        for (int month = 0; month < 12; month++) {
            for (Role role : new Role[] {Role.TRAFFICKER, Role.ENFORCER}) {
                int[] at = Streams.select(o.agents(role), 0.02, r);
                o.dropAt(role, at);
                touched += at.length;
            }
        }
        double ns = (System.nanoTime() - t0) / (double) touched;
        sink(o.members());
        return ns;
    }

    private static double split(long seed) {
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        TraffickingOrganization o = filled(r);
        TraffickingOrganization faction = new TraffickingOrganization(1, "faction", 0.8);
        long t0 = System.nanoTime();
        o.transferShareTo(faction, 0.5, 0.5, r);
        double ns = (System.nanoTime() - t0) / (MEMBERS / 2.0);
        sink(faction.members());
        return ns;
    }

    /** Keeps results live so the JIT cannot drop the timed work. */
    private static volatile double sink;

    private static void sink(double v) {
        sink += v;
    }
}
