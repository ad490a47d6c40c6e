package plaza.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.output.Metric;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;

/**
 * M16 on the small world (one crossing, in North's plaza A): criminal deportees arriving through the
 * crossing join North at the recruit share (size, within the one agent of stochastic rounding), none
 * join South, and a re-entry programme (a path: its share from its start year) cuts the recruits by its share once it has started (direction
 * and size).
 */
class DeporteeRecruitmentTest {

    private static final double DEPORTEES = 120_000;
    private static final double SHARE = 0.2;

    /** Deportee recruits in one month of 2012 with the given programme share and start year. */
    private static double recruits(double programme, int from, SmallWorld[] out) {
        ParameterValues p = Runs.baseline().with(OrganizationParameters.EXIT_RATE, 0)
                .with(OrganizationParameters.RECRUITMENT_RATE, 0)
                .with(OrganizationParameters.DEPORTEES, DEPORTEES)
                .with(OrganizationParameters.DEPORTEE_RECRUIT_SHARE, SHARE)
                .toBuilder().set(OrganizationParameters.REENTRY_PROGRAMME.name(), from + ": " + programme, "").build();
        YearMonth june2012 = YearMonth.of(2012, 6);
        SmallWorld w = new SmallWorld(p.at(june2012), 5, 100).staffBoth().at(june2012);
        FinanceFixture f = new FinanceFixture(w);
        double north = w.north.members();
        double south = w.south.members();
        f.recruitment.month(w);
        assertEquals(w.north.members() - north, w.tally().get(Metric.DEPORTEE_RECRUITS), 1e-9, "North holds the crossing");
        assertEquals(south, w.south.members(), 1e-9, "South holds no crossing");
        out[0] = w;
        return w.tally().get(Metric.DEPORTEE_RECRUITS);
    }

    @Test
    void deporteesJoinTheHolderOfTheBorderPlaza() {
        SmallWorld[] w = new SmallWorld[1];
        double expected = DEPORTEES / 12 * SHARE;
        assertEquals(expected, recruits(0, 2011, w), 100, "recruit share of the month's deportees");
        assertTrue(w[0].tally().get(Metric.RECRUITS) >= w[0].tally().get(Metric.DEPORTEE_RECRUITS), "counted as recruits");
    }

    @Test
    void aReentryProgrammeCutsDeporteeRecruitsOnceStarted() {
        SmallWorld[] w = new SmallWorld[1];
        double none = recruits(0, 2011, w);
        double half = recruits(0.5, 2011, w);
        assertEquals(none / 2, half, 100, "half prevented");
        assertEquals(0, recruits(1, 2011, w), "all prevented");
        assertEquals(none, recruits(1, 2015, w), 100, "not before the programme starts");
    }
}
