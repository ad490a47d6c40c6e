package plaza.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.agents.Person;
import plaza.agents.Role;
import plaza.output.Metric;
import plaza.params.JusticeParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;

/**
 * Capacity on the small world. Arrests never exceed what police and prosecutors can process,
 * however many crimes there are. A court capacity cut (policy.court_capacity 1 -> 0.2) with the
 * same 2,000 arrests a month for three years builds a backlog of cases waiting, dismisses cases no
 * court hears, and raises impunity: direction and size, deterministic given the seed and checked
 * over 5 seeds each (the expected differences are many times the seed-to-seed spread).
 */
class CourtCapacityTest {

    private static final double SCALE = 100;

    @Test
    void arrestsAreBoundedByPoliceAndProsecutorCapacity() {
        ParameterValues p = Runs.baseline();
        for (double crimes : new double[] {1e5, 1e6, 1e7}) {
            SmallWorld w = new SmallWorld(p.at(YearMonth.of(2008, 1)), 3, SCALE).staffBoth();
            JusticeFixture f = new JusticeFixture(w);
            w.world().channels().setCrimes(new double[] {crimes, crimes, crimes});
            f.arrests.arrests(w);
            double cap = f.capacity.arrestCapacity();
            assertTrue(w.tally().get(Metric.ARRESTS) <= cap * 1.1 + 3 * Math.sqrt(cap), "arrests " + w.tally().get(Metric.ARRESTS) + " over capacity " + cap);
            assertTrue(w.tally().get(Metric.ARREST_CAPACITY_USE) > 1 || crimes < 1e6, "demand above capacity is reported");
        }
    }

    @Test
    void theBoundIsAboutTheDemandWellBelowCapacityAndNeverAbove() {
        assertEquals(100, plaza.institutions.JusticeCapacity.bounded(100, 10_000, 4), 1e-6);
        assertTrue(plaza.institutions.JusticeCapacity.bounded(1e9, 10_000, 4) <= 10_000);
        assertEquals(0, plaza.institutions.JusticeCapacity.bounded(100, 0, 4));
    }

    /** Three years of 20 agents (2,000 people) charged a month; returns {backlog, dismissed, impunity}. */
    private static double[] threeYears(double courtCapacity, long seed) {
        ParameterValues p = Runs.baseline().with(JusticeParameters.COURT_CAPACITY, courtCapacity);
        SmallWorld w = new SmallWorld(p, seed, SCALE).staffBoth();
        JusticeFixture f = new JusticeFixture(w);
        double dismissed = 0;
        for (int month = 0; month < 36; month++) {
            w.at(YearMonth.of(2008, 1).plusMonths(month));
            w.world().beginMonth();
            f.refresh();
            for (int i = 0; i < 20; i++) {
                f.courts.charge(new Person(w.nextPersonId(), Role.TRAFFICKER, w.north, 0, false, SCALE));
            }
            f.courts.verdicts(w);
            w.world().channels().setCrimes(new double[] {100_000, 0, 0}); // the month's crimes, as violence leaves them
            f.courts.closeImpunityWindow(w);
            dismissed += w.tally().get(Metric.CASES_DISMISSED);
        }
        return new double[] {w.tally().get(Metric.CASES_AWAITING), dismissed, f.courts.impunityRate()};
    }

    @Test
    void aCourtCapacityCutBuildsABacklogAndRaisesImpunity() {
        for (long seed = 1; seed <= 5; seed++) {
            double[] full = threeYears(1, seed);
            double[] cut = threeYears(0.2, seed);
            // full capacity (3,000 verdicts a month) hears every ready case: the backlog is the ~10-month pipeline
            assertTrue(full[0] < 2_000 * 12, "seed " + seed + ": backlog at full capacity " + full[0]);
            assertEquals(0, full[1], "seed " + seed + ": no dismissals when every ready case is heard");
            // cut to 600 verdicts a month for 2,000 arrests: cases pile up, many are dismissed
            assertTrue(cut[0] > 1.5 * full[0], "seed " + seed + ": backlog " + full[0] + " -> " + cut[0]);
            assertTrue(cut[1] > 10_000, "seed " + seed + ": dismissed " + cut[1]);
            assertTrue(cut[2] > full[2] + 0.005, "seed " + seed + ": impunity " + full[2] + " -> " + cut[2]);
        }
    }
}
