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
 * M5 on the small world: the risk of being killed or convicted (the memberRisk channel) deters
 * recruits by e^(-aversion x annual risk). Organizations far below what they can afford hire about
 * 3,000 agents a month each; the hires are a sum of stochastic roundings (sd below 1 agent), so the
 * 2% tolerance on their ratio cannot fail by chance.
 */
class RecruitmentRiskTest {

    private static double recruits(ParameterValues p, double monthlyRisk) {
        SmallWorld w = new SmallWorld(p, 5, 100).staffBoth();
        FinanceFixture f = new FinanceFixture(w);
        w.north.setNetRevenue(3e9);
        w.south.setNetRevenue(2e9);
        w.world().channels().setMemberRisk(monthlyRisk);
        f.recruitment.month(w);
        return w.tally().get(Metric.RECRUITS) - w.tally().get(Metric.DEPORTEE_RECRUITS);
    }

    @Test
    void theRiskOfBeingKilledOrConvictedDetersRecruits() {
        ParameterValues p = Runs.baseline().with(OrganizationParameters.EXIT_RATE, 0);
        double safe = recruits(p, 0);
        double risky = recruits(p, 0.005);
        double expected = Math.exp(-p.get(OrganizationParameters.RISK_AVERSION) * 12 * 0.005);
        assertTrue(safe > 100_000, "a staffing gap to fill: " + safe);
        assertTrue(risky < safe, "risk deters: " + risky + " vs " + safe);
        assertEquals(expected, risky / safe, 0.02, "by the stated elasticity");
        assertEquals(1, recruits(p.with(OrganizationParameters.RISK_AVERSION, 0), 0.005) / safe, 0.02, "no aversion, no deterrence");
    }
}
