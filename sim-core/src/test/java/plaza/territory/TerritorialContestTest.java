package plaza.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import plaza.agents.Presence;
import plaza.finance.FirearmsAgency;
import plaza.finance.GunMarket;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.trafficking.BorderAgency;

/**
 * The contest on the small world: with every contest settled this month and no new attacks, the
 * side with more firepower in the plaza wins with odds as firepower squared (size), and the loser's
 * attack ends. 600 worlds: the binomial standard error of the win share is at most 0.02, the
 * tolerance 0.08 is four of them (false-alarm probability below 1e-4).
 */
class TerritorialContestTest {

    @Test
    void strongerSideWinsWithOddsAsFirepowerSquared() {
        ParameterValues p = Runs.baseline().with(OrganizationParameters.CONTEST_RESOLUTION, 1)
                .with(OrganizationParameters.CONTEST_RATE, 0);
        int worlds = 600;
        int northWins = 0;
        double expected = 0;
        for (long seed = 1; seed <= worlds; seed++) {
            SmallWorld w = new SmallWorld(p, seed, 100).staffBoth();
            w.b.addAttacker(w.south);
            GunMarket guns = new GunMarket(new FirearmsAgency(new BorderAgency()));
            guns.initialize(w);
            double[][] share = Presence.shares(w.organizations(), w.plazas());
            double fn = w.north.enforcerCount() * share[0][1] * guns.lethality(w.north, w);
            double fs = w.south.enforcerCount() * share[1][1] * guns.lethality(w.south, w);
            expected = fn * fn / (fn * fn + fs * fs);
            new TerritorialContest(guns).month(w);
            assertFalse(w.b.contested(), "settled with resolution 1");
            if (w.b.controller() == w.north) {
                northWins++;
            }
        }
        assertTrue(expected > 0.5, "North, holding B with more enforcers, is the stronger side");
        assertEquals(expected, (double) northWins / worlds, 0.08, "North's win share");
    }

    @Test
    void noAttackWithoutRate() {
        ParameterValues p = Runs.baseline().with(OrganizationParameters.CONTEST_RATE, 0);
        SmallWorld w = new SmallWorld(p, 1, 100).staffBoth();
        GunMarket guns = new GunMarket(new FirearmsAgency(new BorderAgency()));
        guns.initialize(w);
        new TerritorialContest(guns).month(w);
        for (var z : w.plazas()) {
            assertTrue(z.attackers().isEmpty(), "no attack at rate 0 in " + z.id());
        }
        assertEquals(2, w.organizations().size());
    }
}
