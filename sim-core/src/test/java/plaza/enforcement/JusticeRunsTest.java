package plaza.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.Event;
import plaza.output.Event.EventType;
import plaza.output.Metric;
import plaza.output.RunListener;
import plaza.params.IntelligenceParameters;
import plaza.params.JusticeParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;

/**
 * The justice system in full runs: events say where; the 2025 batch of 29 takes imprisoned
 * leaders out of Mexico (fewer held leaders after it than without it, on the same seed); released
 * prisoners go back to the trade through the released pool (and not at all with a return share of
 * 0). Deterministic given the seeds.
 */
class JusticeRunsTest {

    private static final Set<EventType> LOCATED = EnumSet.of(EventType.LEADER_ARRESTED, EventType.LEADER_KILLED,
            EventType.LEADER_EXTRADITED, EventType.SPLIT, EventType.SUCCESSION, EventType.ORGANIZATION_DISSOLVED,
            EventType.PLAZA_ATTACKED, EventType.PLAZA_TAKEN, EventType.PLAZA_HELD);
    private static final Set<EventType> LEADER = EnumSet.of(EventType.LEADER_ARRESTED, EventType.LEADER_KILLED,
            EventType.LEADER_EXTRADITED);

    @Test
    void everyEventThatHappensSomewhereNamesItsPlazaAndLeaderRemovalsTheLeadersBase() {
        List<Event> events = new ArrayList<>();
        RunListener l = new RunListener() {
            @Override public void month(YearMonth month, double[] values) { }
            @Override public void events(YearMonth month, List<Event> es) { events.addAll(es); }
        };
        for (long seed = 1; seed <= 3; seed++) {
            PlazaModel.run(new RunConfig("events", Runs.baseline(), seed, YearMonth.of(2014, 12), 1000), l);
        }
        int leaders = 0;
        for (Event e : events) {
            if (LOCATED.contains(e.type())) {
                assertFalse(e.plaza().isEmpty(), "no plaza: " + e);
            }
            if (LEADER.contains(e.type())) {
                assertFalse(e.basePlaza().isEmpty(), "no base plaza: " + e);
                leaders++;
            }
        }
        assertTrue(leaders > 5, "leader removals happened: " + leaders);
    }

    /** Held leaders in March 2025 and extraditions in February 2025 for a batch size. */
    private static double[] batch(int size, long seed) {
        ParameterValues p = Runs.baseline().with(IntelligenceParameters.BATCH_SIZE, size);
        List<double[]> rows = Runs.rows(p, seed, YearMonth.of(2025, 3), 1000);
        int feb = (2025 - 2007) * 12 + 1;
        return new double[] {rows.get(feb + 1)[Metric.IMPRISONED_LEADERS.ordinal()], rows.get(feb)[Metric.EXTRADITIONS.ordinal()]};
    }

    @Test
    void theBatchOf29TakesImprisonedLeadersOutOfTheirOrganizations() {
        double heldWith = 0;
        double heldWithout = 0;
        for (long seed = 1; seed <= 3; seed++) {
            double[] with = batch(29, seed);
            double[] without = batch(0, seed);
            assertTrue(with[1] >= without[1] + 29 - 1e-9, "seed " + seed + ": the batch adds 29 extraditions in February 2025");
            heldWith += with[0];
            heldWithout += without[0];
        }
        assertTrue(heldWith < heldWithout, "held leaders after the batch " + heldWith + " vs " + heldWithout);
    }

    /** Vetted units raise trust (M19): the police-vetting scenario's mean public trust 2010-2014 is above the baseline's, same seeds. */
    @Test
    void vettedUnitsRaiseTrust() {
        double base = 0;
        double vetted = 0;
        ParameterValues v = Runs.library().load("police-vetting").values();
        for (long seed = 1; seed <= 2; seed++) {
            base += meanTrust(Runs.rows(Runs.baseline(), seed, YearMonth.of(2014, 12), 1000));
            vetted += meanTrust(Runs.rows(v, seed, YearMonth.of(2014, 12), 1000));
        }
        assertTrue(vetted > base + 0.005, "trust 2010-2014: " + base / 2 + " -> " + vetted / 2);
    }

    private static double meanTrust(List<double[]> rows) {
        double s = 0;
        for (int i = 36; i < rows.size(); i++) {
            s += rows.get(i)[Metric.PUBLIC_TRUST.ordinal()];
        }
        return s / (rows.size() - 36);
    }

    @Test
    void releasedPrisonersGoBackToTheTradeThroughTheReleasedPool() {
        ParameterValues p = Runs.baseline();
        List<double[]> rows = Runs.rows(p, 1, YearMonth.of(2012, 12), 1000);
        double released = Runs.total(rows, Metric.PRISON_RELEASES);
        double rejoined = Runs.total(rows, Metric.RELEASED_RECRUITS);
        assertTrue(released > 0 && rejoined > 0, "released " + released + ", rejoined " + rejoined);
        assertTrue(rejoined < released, "only a share rejoins");
        List<double[]> none = Runs.rows(p.with(JusticeParameters.RETURN_SHARE, 0), 1, YearMonth.of(2012, 12), 1000);
        assertEquals(0, Runs.total(none, Metric.RELEASED_RECRUITS));
    }
}
