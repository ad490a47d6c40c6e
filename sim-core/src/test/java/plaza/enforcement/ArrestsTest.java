package plaza.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import plaza.output.Metric;
import plaza.params.JusticeParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;

/**
 * Arrests on the small world: reactive arrests come from last month's crimes through the world's
 * crimesByPlaza channel (none without crimes and operations), more crimes mean more arrests, the
 * arrested go to court, and the month's arrests are left for drug intelligence in arrestsThisMonth.
 */
class ArrestsTest {

    private static double arrests(ParameterValues p, double crimesPerPlaza, long seed) {
        SmallWorld w = new SmallWorld(p, seed, 100).staffBoth();
        JusticeFixture f = new JusticeFixture(w);
        Courts courts = f.courts;
        w.world().channels().setCrimes(new double[] {crimesPerPlaza, crimesPerPlaza, crimesPerPlaza});
        double before = w.north.members() + w.south.members();
        f.arrests.arrests(w);
        double arrested = w.tally().get(Metric.ARRESTS);
        assertEquals(arrested, w.world().channels().arrestsThisMonth(), 1e-9, "the channel carries the month's arrests");
        assertEquals(courts.awaiting(), Math.round((before - w.north.members() - w.south.members()) / 100), 1.0,
                "the arrested agents are in court");
        return arrested;
    }

    @Test
    void noCrimesNoOperationsNoArrests() {
        ParameterValues p = Runs.baseline().with(JusticeParameters.PROACTIVE_ARREST_RATE, 0);
        assertEquals(0, arrests(p, 0, 1));
    }

    @Test
    void moreCrimesMoreArrests() {
        ParameterValues p = Runs.baseline().with(JusticeParameters.PROACTIVE_ARREST_RATE, 0);
        double few = 0;
        double many = 0;
        for (long seed = 1; seed <= 20; seed++) {
            few += arrests(p, 1_000, seed);
            many += arrests(p, 10_000, seed);
        }
        assertTrue(many > 5 * few && few > 0, "arrests follow crimes: " + few + " vs " + many);
    }
}
