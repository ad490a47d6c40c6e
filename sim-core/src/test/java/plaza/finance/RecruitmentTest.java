package plaza.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import plaza.output.Metric;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;

/**
 * Recruitment on the small world: deserters waiting in the world's deserter pool are hired first,
 * as trained enforcers, in proportion to each organization's net revenue, and the pool is emptied.
 */
class RecruitmentTest {

    @Test
    void desertersAreHiredAsTrainedEnforcersByRevenueShare() {
        ParameterValues p = Runs.baseline().with(OrganizationParameters.EXIT_RATE, 0)
                .with(OrganizationParameters.RECRUITMENT_RATE, 0);
        SmallWorld w = new SmallWorld(p, 3, 100).staffBoth();
        FinanceFixture f = new FinanceFixture(w);
        w.north.setNetRevenue(30e6);
        w.south.setNetRevenue(10e6);
        double northBefore = w.north.enforcerCount();
        w.world().channels().addDeserters(20_000);
        f.recruitment.month(w);
        assertEquals(0, w.world().channels().takeDeserters(), "the pool is emptied");
        // 20,000 deserters, three quarters to North: 150 agents of 100 (stochastic rounding of 150.0)
        assertEquals(15_000, w.north.enforcerCount() - northBefore, 100, "North's hires");
        assertEquals(20_000, w.tally().get(Metric.RECRUITS), 200, "recruits, deserters included");
        assertTrue(w.north.trainedShare() > 0.2, "deserters bring military training");
    }
}
