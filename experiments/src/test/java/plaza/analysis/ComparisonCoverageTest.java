package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.output.Metric;

/**
 * The comparison recovers known differences from synthetic result directories: 200 experiments of
 * n = 10 replications with a known true difference; the 90% interval must cover the truth in 170 to
 * 190 of them (85% to 95%). If the interval is exact, coverage is Binomial(200, 0.9) and a fresh
 * random stream falls outside 170..190 with probability 1.3% per check (0.95% below, 0.35% above), so
 * that is each check's false-alarm rate; the stream here is fixed, so the outcome is reproducible.
 */
class ComparisonCoverageTest {

    private static final int EXPERIMENTS = 200;
    private static final int REPS = 10;
    private static final int MONTHS = 12;
    private static final double MONTHLY_DIFF = 3;

    @TempDir
    Path tmp;

    @Test
    void pairedIntervalsCoverTheTruthAtTheStatedRate() {
        int[] covered = run(true, 1);
        // the intervals are not trivially wide: the true total difference (36) is about 4.6 standard
        // errors of a paired difference, so nearly every experiment must call it distinguishable
        assertTrue(covered[2] >= 190, "distinguishable in " + covered[2] + " of 200");
        assertTrue(covered[0] >= 170 && covered[0] <= 190, "flow totals covered in " + covered[0] + " of 200");
        assertTrue(covered[1] >= 170 && covered[1] <= 190, "stock means covered in " + covered[1] + " of 200");
    }

    @Test
    void welchIsUsedWhenSeedsDifferAndCoversTheTruth() {
        int[] covered = run(false, 2);
        assertTrue(covered[0] >= 170 && covered[0] <= 190, "flow totals covered in " + covered[0] + " of 200");
        assertTrue(covered[1] >= 170 && covered[1] <= 190, "stock means covered in " + covered[1] + " of 200");
    }

    /** Common random numbers pay: on the same draws, the paired interval is much narrower than Welch's. */
    @Test
    void pairingRemovesTheSharedNoise() {
        RandomGenerator rng = new MersenneTwister(3);
        Path dir = Synthetic.batch(tmp.resolve("crn"), Synthetic.twoScenarios(rng, REPS, MONTHS, 100, MONTHLY_DIFF, 20, 5, true), false);
        ResultSet data = ResultSet.read(List.of(dir));
        Period p = data.commonPeriod(List.of());
        Contrast paired = Statistics.contrast(data.replications("policy"), data.replications("baseline"), Metric.HOMICIDES, p);
        double[] x = data.replications("policy").stream().mapToDouble(r -> Statistics.summarise(r, Metric.HOMICIDES, p)).toArray();
        double[] y = data.replications("baseline").stream().mapToDouble(r -> Statistics.summarise(r, Metric.HOMICIDES, p)).toArray();
        Contrast welch = Statistics.welch(p, Metric.HOMICIDES, "policy", "baseline", x, y);
        assertEquals(Contrast.Test.PAIRED_T, paired.test());
        assertEquals(welch.difference(), paired.difference(), 1e-9, "same point estimate either way");
        // seed effects (sd 20 a month) dwarf the month noise (sd 5): the paired width must be far smaller
        assertTrue(paired.high() - paired.low() < 0.5 * (welch.high() - welch.low()),
                "paired width " + (paired.high() - paired.low()) + " vs Welch " + (welch.high() - welch.low()));
    }

    /** How many experiments' intervals covered the true difference {flow, stock}, and how many flows were distinguishable. */
    private int[] run(boolean sameSeeds, long seed) {
        RandomGenerator rng = new MersenneTwister(seed);
        Contrast.Test expected = sameSeeds ? Contrast.Test.PAIRED_T : Contrast.Test.WELCH;
        int[] covered = new int[3];
        double trueTotal = MONTHLY_DIFF * MONTHS;
        double trueMean = MONTHLY_DIFF / 1000;
        Comparison.Options options = new Comparison.Options(null, List.of(Metric.HOMICIDES, Metric.IMPUNITY_RATE), List.of());
        for (int e = 0; e < EXPERIMENTS; e++) {
            Path dir = Synthetic.batch(tmp.resolve((sameSeeds ? "p" : "w") + e),
                    Synthetic.twoScenarios(rng, REPS, MONTHS, 100, MONTHLY_DIFF, 20, 5, sameSeeds), e % 2 == 0);
            Comparison c = Comparison.of(List.of(dir), options);
            assertEquals(1, c.periods().size());
            Contrast flow = c.contrast("policy", Metric.HOMICIDES, c.periods().get(0));
            Contrast stock = c.contrast("policy", Metric.IMPUNITY_RATE, c.periods().get(0));
            assertEquals(expected, flow.test());
            assertEquals(expected, stock.test());
            assertEquals(REPS, flow.n());
            covered[0] += flow.low() <= trueTotal && trueTotal <= flow.high() ? 1 : 0;
            covered[1] += stock.low() <= trueMean && trueMean <= stock.high() ? 1 : 0;
            covered[2] += flow.distinguishable() ? 1 : 0;
        }
        System.out.println((sameSeeds ? "paired" : "welch") + ": covered flow " + covered[0] + ", stock " + covered[1]
                + ", flow distinguishable " + covered[2] + " of " + EXPERIMENTS);
        return covered;
    }
}
