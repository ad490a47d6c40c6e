package plaza.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import plaza.output.Metric;
import plaza.params.MarketParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.params.ViolenceParameters;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.violence.Violence;
import plaza.world.Drug;

/**
 * Predation that kills (issue 23, point 6; M11, M12) on the small world: North's drug income falls
 * to a quarter for a year, so it preys on A and B (finance/Predation) and takes more than the
 * baseline rate there; with {@code violence.predation_homicides_per_million_usd} = 2, the month's
 * homicides in A and B (no plaza contested, no background) are Poisson with mean 2 per million
 * dollars taken beyond the baseline rate, and they are residents: no member dies. South, whose income
 * holds, preys at the baseline rate, so C sees no killing; at rate 0 predation kills nobody.
 *
 * <p>The predatory part here is a few million dollars a month, so about 5-10 homicides a month; over
 * 400 worlds the standard error of the mean is below 0.16 and the tolerance is four standard errors
 * of the expected mean (false-alarm probability below 1e-4).
 */
class PredationKillsTest {

    private static final int WORLDS = 400;

    private record Month(double predatory, double homicidesAB, double homicidesC, double membersKilled) {}

    private static Month preyingMonth(ParameterValues p, long seed) {
        SmallWorld w = new SmallWorld(p, seed, 100).staffBoth();
        FinanceFixture f = new FinanceFixture(w);
        double income = MarketParameters.monthlyRevenueUsd(p) / 2;
        for (int month = 0; month < 13; month++) {
            w.world().beginMonth();
            w.world().ledger().sellDrugs(w.north, Drug.COCAINE, month == 0 ? income : income / 4);
            w.world().ledger().sellDrugs(w.south, Drug.COCAINE, income);
            f.finance.month(w);
        }
        double predatory = w.a.predatoryExtortion() + w.b.predatoryExtortion();
        new Violence(f.guns).month(w);
        return new Month(predatory, w.a.homicidesThisMonth() + w.b.homicidesThisMonth(), w.c.homicidesThisMonth(),
                w.tally().get(Metric.MEMBERS_KILLED));
    }

    @Test
    void extortionBeyondTheBaselineRateKillsResidentsAtTheStatedRate() {
        double rate = 2;
        ParameterValues p = Runs.stagedOff().with(ViolenceParameters.PREDATION_HOMICIDES, rate).with(ViolenceParameters.BACKGROUND_HOMICIDES, 0);
        double expected = 0;
        double measured = 0;
        for (long seed = 1; seed <= WORLDS; seed++) {
            Month m = preyingMonth(p, seed);
            expected += rate * m.predatory() / 1e6 / WORLDS;
            measured += m.homicidesAB() / WORLDS;
            assertEquals(0, m.homicidesC(), "South preys at the baseline rate: no killing in C");
            assertEquals(0, m.membersKilled(), "the victims are residents, not members");
        }
        assertTrue(expected > 3, "North preys well beyond the baseline rate: " + expected + " homicides expected");
        assertEquals(expected, measured, 4 * Math.sqrt(expected / WORLDS), "homicides from predation");
        double base = 2 * SmallWorld.RESIDENTS * Runs.stagedOff().get(OrganizationParameters.EXTORTION_PER_CAPITA) / 12;
        assertTrue(expected / rate * 1e6 > base, "the predatory part exceeds the plazas' baseline yield");

        ParameterValues off = Runs.stagedOff().with(ViolenceParameters.BACKGROUND_HOMICIDES, 0);
        Month none = preyingMonth(off, 1);
        assertTrue(none.predatory() > 0, "the same predation");
        assertEquals(0, none.homicidesAB(), "at rate 0 predation kills nobody");
    }
}
