package plaza.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.finance.FirearmsAgency;
import plaza.finance.GunMarket;
import plaza.params.HistoryParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.territory.TerritorialContest;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.trafficking.BorderAgency;

/**
 * The end of PRI protection on the small world: the same worlds attacked in mid-1998 (full
 * protection) and in mid-2004 (after the transition). 2,000 worlds per month; each organization
 * attacks with chance q (about 0.4 after the transition at the rate and weight used, below the
 * 0.9 cap), so the count after (about 1,600) has a standard error near 30 and the checks (more than
 * 200 after, at most a fifth as many before, a ratio within 0.06 of 1 - 0.9 = 0.1, about six
 * standard errors) hold with false-alarm probability below 1e-6.
 */
class ProtectionRegimeTest {

    private static int attacks(YearMonth month, ParameterValues p) {
        int n = 0;
        for (long seed = 1; seed <= 2000; seed++) {
            SmallWorld w = new SmallWorld(p.at(month), seed, 100).staffBoth().at(month);
            GunMarket guns = new GunMarket(new FirearmsAgency(new BorderAgency()));
            guns.initialize(w);
            new ProtectionRegime().month(w);
            new TerritorialContest(guns).month(w);
            n += w.plazas().stream().mapToInt(z -> z.attackers().size()).sum();
        }
        return n;
    }

    @Test
    void theTransitionOf2000MultipliesAttacks() {
        ParameterValues p = Runs.baseline().with(OrganizationParameters.CONTEST_RATE, 1)
                .with(OrganizationParameters.UNDISRUPTED_ATTACK, 0.4)
                .with(OrganizationParameters.CONTEST_RESOLUTION, 0.005);
        int protectedAttacks = attacks(YearMonth.of(1998, 6), p);
        int after = attacks(YearMonth.of(2004, 6), p);
        assertTrue(after > 200, "attacks after the transition: " + after);
        assertTrue(protectedAttacks <= after / 5, "under protection " + protectedAttacks + " vs " + after + " after");
        assertEquals(0.1, (double) protectedAttacks / after, 0.06, "deterrence 0.9 leaves a tenth of the attacks");
    }

    @Test
    void protectionFollowsItsPath() {
        ParameterValues p = Runs.baseline();
        assertEquals(1, p.at(YearMonth.of(1999, 1)).get(HistoryParameters.STATE_PROTECTION), 1e-12, "PRI rule in 1999");
        assertEquals(0, p.at(YearMonth.of(2004, 1)).get(HistoryParameters.STATE_PROTECTION), 1e-12, "fragmented by 2004");
    }
}
