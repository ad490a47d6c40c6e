package plaza.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

/**
 * Named streams: keyed by a stable hash of the submodel's name, so a stream does not depend on
 * which other streams exist or were used first; and the Poisson sampler has the Poisson
 * distribution (chi-square goodness of fit).
 */
class StreamsTest {

    @Test
    void theNameHashIsStable() {
        // FNV-1a 64 of "violence": pinned, so a change of hash (which would change every run) is a decision
        assertEquals(0xbdcc9ca18c352970L, Streams.hash("violence"));
        assertEquals(0xcbf29ce484222325L, Streams.hash(""));
        assertNotEquals(Streams.hash("arrests"), Streams.hash("verdicts"));
    }

    @Test
    void aStreamDoesNotDependOnTheOthers() {
        Streams alone = new Streams(42);
        double first = alone.get("violence").nextDouble();
        Streams crowded = new Streams(42);
        for (String n : Streams.NAMES) {
            crowded.get(n).nextDouble();
        }
        Streams fresh = new Streams(42);
        fresh.get("setup").nextInt();
        assertEquals(first, fresh.get("violence").nextDouble());
        assertNotEquals(first, new Streams(43).get("violence").nextDouble());
        assertThrows(IllegalArgumentException.class, () -> alone.get("no-such-submodel"));
    }

    /**
     * 20,000 draws at each of four means, binned so each bin expects at least 50 draws; the test
     * rejects at p < 0.001 per mean, so the four together fail by chance with probability below 0.4%.
     */
    @Test
    void poissonDrawsHaveThePoissonDistribution() {
        MersenneTwisterFast r = new MersenneTwisterFast(7);
        for (double mean : new double[] {0.5, 7, 60, 400}) {
            int n = 20_000;
            PoissonDistribution exact = new PoissonDistribution(mean);
            List<int[]> bins = bins(exact, n);
            long[] observed = new long[bins.size()];
            double[] expected = new double[bins.size()];
            for (int b = 0; b < bins.size(); b++) {
                int lo = bins.get(b)[0];
                int hi = bins.get(b)[1];
                expected[b] = n * (exact.cumulativeProbability(hi) - (lo > 0 ? exact.cumulativeProbability(lo - 1) : 0));
            }
            for (int i = 0; i < n; i++) {
                double x = Streams.poisson(mean, r);
                assertEquals(Math.rint(x), x, "integer draws");
                for (int b = 0; b < bins.size(); b++) {
                    if (x >= bins.get(b)[0] && x <= bins.get(b)[1]) {
                        observed[b]++;
                        break;
                    }
                }
            }
            double p = new ChiSquareTest().chiSquareTest(expected, observed);
            assertTrue(p > 0.001, "Poisson(" + mean + ") draws fail the goodness-of-fit test, p = " + p);
        }
        assertEquals(0, Streams.poisson(0, r));
        assertEquals(0, Streams.poisson(Double.NaN, r));
    }

    /** Consecutive value ranges [lo, hi] covering 0..infinity, each with expected count at least 50. */
    private static List<int[]> bins(PoissonDistribution d, int n) {
        List<int[]> out = new ArrayList<>();
        int lo = 0;
        int k = 0;
        while (true) {
            double mass = d.cumulativeProbability(k) - (lo > 0 ? d.cumulativeProbability(lo - 1) : 0);
            double rest = 1 - d.cumulativeProbability(k);
            if (mass * n >= 50 && rest * n >= 50) {
                out.add(new int[] {lo, k});
                lo = k + 1;
            } else if (rest * n < 50) {
                out.add(new int[] {lo, Integer.MAX_VALUE});
                return out;
            }
            k++;
        }
    }

    @Test
    void extraDrawsInOneMonthDoNotShiftTheNextMonth() {
        Streams calm = new Streams(42);
        Streams busy = new Streams(42);
        calm.startMonth(0);
        busy.startMonth(0);
        double calmFirst = calm.get("violence").nextDouble();
        double busyFirst = busy.get("violence").nextDouble();
        assertEquals(calmFirst, busyFirst);
        for (int i = 0; i < 17; i++) {
            busy.get("violence").nextDouble(); // a policy made this month draw more
        }
        assertNotEquals(calm.get("violence").nextDouble(), busy.get("violence").nextDouble());
        calm.startMonth(1);
        busy.startMonth(1);
        double next = calm.get("violence").nextDouble();
        assertEquals(next, busy.get("violence").nextDouble());
        assertNotEquals(calmFirst, next); // a new month is a new stream, not the last one again
        Streams fresh = new Streams(42);
        fresh.startMonth(1);
        assertEquals(next, fresh.get("violence").nextDouble());
    }

    /**
     * Keyed draws depend on the seed, the name, the entity, the month and the draw's number only,
     * and are uniform: 50,000 keyed draws over 20 bins, chi-square at p < 0.001 (fails by chance
     * with probability 0.1%); a change of any part of the key changes the value.
     */
    @Test
    void keyedDrawsAreFixedByTheirKeyAndUniform() {
        Streams a = new Streams(7);
        double v = a.keyed("violence", Streams.plazaKey(3), 120, 0);
        a.get("violence").nextDouble();
        assertEquals(v, new Streams(7).keyed("violence", Streams.plazaKey(3), 120, 0));
        assertNotEquals(v, new Streams(8).keyed("violence", Streams.plazaKey(3), 120, 0));
        assertNotEquals(v, a.keyed("territorial-contest", Streams.plazaKey(3), 120, 0));
        assertNotEquals(v, a.keyed("violence", Streams.plazaKey(4), 120, 0));
        assertNotEquals(v, a.keyed("violence", Streams.plazaKey(3), 121, 0));
        assertNotEquals(v, a.keyed("violence", Streams.plazaKey(3), 120, 1));
        assertThrows(IllegalArgumentException.class, () -> a.keyed("no-such-submodel", 1, 120, 0));
        assertEquals(Streams.pairKey(5, 9), Streams.pairKey(9, 5));
        assertNotEquals(Streams.pairKey(5, 9), Streams.pairKey(5, 10));
        long[] counts = new long[20];
        double[] expected = new double[20];
        int n = 0;
        for (int entity = 0; entity < 250; entity++) {
            for (int month = 0; month < 200; month++) {
                double u = a.keyed("violence", entity, month, 0);
                assertTrue(u >= 0 && u < 1);
                counts[(int) (u * 20)]++;
                n++;
            }
        }
        java.util.Arrays.fill(expected, n / 20.0);
        assertTrue(new ChiSquareTest().chiSquareTest(expected, counts) > 0.001);
    }
    /**
     * A month's stream (SplitMix64, {@link MonthStream}) draws what the Mersenne Twister it stands in
     * for would: nextDouble in [0, 1) and uniform, nextInt(n) in [0, n) and uniform for an n that is
     * not a power of two, nextBoolean(p) with probability p, nextGaussian with mean 0 and variance 1.
     * Chi-square tests at p < 0.001 and moments within 5 standard errors: false alarm about 0.2% in all.
     */
    @Test
    void aMonthsStreamDrawsLikeTheGeneratorItStandsFor() {
        Streams s = new Streams(11);
        assertTrue(s.get("arrests") instanceof MersenneTwisterFast && !(s.get("arrests") instanceof MonthStream),
                "setup draws come from a Mersenne Twister");
        s.startMonth(5);
        MersenneTwisterFast r = s.get("arrests");
        assertTrue(r instanceof MonthStream);
        int n = 60_000;
        long[] dbl = new long[20];
        long[] ints = new long[7];
        int yes = 0;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            assertTrue(u >= 0 && u < 1);
            dbl[(int) (u * 20)]++;
            int k = r.nextInt(7);
            assertTrue(k >= 0 && k < 7);
            ints[k]++;
            if (r.nextBoolean(0.3)) {
                yes++;
            }
            double g = r.nextGaussian();
            sum += g;
            sumSq += g * g;
        }
        double[] e20 = new double[20];
        java.util.Arrays.fill(e20, n / 20.0);
        double[] e7 = new double[7];
        java.util.Arrays.fill(e7, n / 7.0);
        assertTrue(new ChiSquareTest().chiSquareTest(e20, dbl) > 0.001);
        assertTrue(new ChiSquareTest().chiSquareTest(e7, ints) > 0.001);
        assertEquals(0.3, yes / (double) n, 5 * Math.sqrt(0.3 * 0.7 / n));
        assertEquals(0, sum / n, 5 / Math.sqrt(n));
        assertEquals(1, sumSq / n - (sum / n) * (sum / n), 5 * Math.sqrt(2.0 / n));
        // the same seed, name and month start the same stream; another month or name another one
        Streams t = new Streams(11);
        t.startMonth(5);
        MersenneTwisterFast again = t.get("arrests");
        Streams u = new Streams(11);
        u.startMonth(6);
        double first = again.nextDouble();
        assertNotEquals(first, u.get("arrests").nextDouble());
        assertNotEquals(first, t.get("verdicts").nextDouble());
        MersenneTwisterFast copy = (MersenneTwisterFast) again.clone();
        assertTrue(copy.stateEquals(again));
        assertEquals(again.nextDouble(), copy.nextDouble());
        assertThrows(UnsupportedOperationException.class, () -> again.setSeed(new int[] {1, 2}));
    }
}
