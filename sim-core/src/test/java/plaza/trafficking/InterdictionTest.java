package plaza.trafficking;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import plaza.agents.BorderCrossing;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.params.ParameterValues;
import plaza.testing.Runs;

/**
 * More inspection capacity at one crossing lowers the tons delivered through it, with diminishing
 * returns, and pushes flow to the other crossings (the balloon effect). Each comparison uses the
 * same seeds (common random numbers), summed over five seeds and two years.
 */
class InterdictionTest {

    private static final String CROSSING = "Nuevo Laredo-Laredo";

    /** Tons delivered 2007-2008 through the crossing [0] and through all others [1]. */
    private static double[] delivered(double multiplier) {
        ParameterValues p = Runs.baseline();
        double here = 0;
        double elsewhere = 0;
        for (long seed = 1; seed <= 5; seed++) {
            PlazaModel m = new PlazaModel(new RunConfig("x", p, seed, YearMonth.of(2008, 12), 100), (mo, v) -> { });
            m.start();
            for (BorderCrossing c : m.crossings()) {
                if (c.name().equals(CROSSING)) {
                    c.setCapacityMultiplier(multiplier);
                }
            }
            while (m.stepMonth()) {
                if (m.recording() || m.month().isAfter(RunConfig.OUTPUT_START)) {
                    for (BorderCrossing c : m.crossings()) {
                        if (c.name().equals(CROSSING)) {
                            here += c.tonsDelivered();
                        } else {
                            elsewhere += c.tonsDelivered();
                        }
                    }
                }
            }
        }
        return new double[] {here, elsewhere};
    }

    @Test
    void inspectionLowersDeliveriesThereRaisesThemElsewhereWithDiminishingReturns() {
        double[] one = delivered(1);
        double[] two = delivered(2);
        double[] three = delivered(3);
        assertTrue(two[0] < one[0] * 0.97, "x2 capacity: " + two[0] + " vs " + one[0]);
        assertTrue(three[0] < two[0], "x3 capacity: " + three[0] + " vs " + two[0]);
        assertTrue(two[1] > one[1], "other crossings gain flow: " + two[1] + " vs " + one[1]);
        double firstStep = one[0] - two[0];
        double secondStep = two[0] - three[0];
        assertTrue(secondStep < firstStep, "diminishing returns: " + firstStep + " then " + secondStep);
    }

    @Test
    void seizureProbabilityIsConcaveInIntensity() {
        double max = 0.5;
        double k = 0.2;
        double p1 = BorderCrossing.seizureProbability(1, max, k);
        double p2 = BorderCrossing.seizureProbability(2, max, k);
        double p3 = BorderCrossing.seizureProbability(3, max, k);
        assertTrue(p2 - p1 < p1 && p3 - p2 < p2 - p1 && p3 < max);
    }
}
