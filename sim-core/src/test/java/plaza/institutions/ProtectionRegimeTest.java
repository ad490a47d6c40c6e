package plaza.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.finance.FirearmsAgency;
import plaza.finance.GunMarket;
import plaza.params.HistoryParameters;
import plaza.params.MilitaryParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.territory.TerritorialContest;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.trafficking.BorderAgency;

/**
 * The end of PRI protection on the small world: the same worlds attacked in mid-1998 (full
 * protection) and in mid-2006 (after the transition, when the plazas' police, half of them on a
 * payroll, still protect their holder). 2,000 worlds per month; each organization attacks with
 * chance q (about 0.2 after the transition at the rate and weight used, below the 0.9 cap), so the
 * count after (about 900) has a standard error near 30 and the checks (more than 200 after, at most
 * a third as many before, a ratio within 0.06 of (1 - 0.9) / (1 - 0.9 x 0.5) = 0.18, about four
 * standard errors of the ratio) hold with false-alarm probability below 1e-4. The per-plaza
 * restraint checks are exact.
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
        int after = attacks(YearMonth.of(2006, 6), p);
        assertTrue(after > 200, "attacks after the transition: " + after);
        assertTrue(protectedAttacks <= after / 3, "under protection " + protectedAttacks + " vs " + after + " after");
        assertEquals(0.1 / 0.55, (double) protectedAttacks / after, 0.06,
                "deterrence 0.9 leaves a tenth of the attacks under the PRI, 1 - 0.9 x corruption 0.5 after it");
    }

    private static double[] restraint(YearMonth month, double corruption, double troopsInB) {
        ParameterValues p = Runs.baseline();
        SmallWorld w = new SmallWorld(p.at(month), 1, 100).at(month);
        for (plaza.agents.Plaza z : w.plazas()) {
            z.adjustInstitutions(corruption, 1, 1); // corruption moves all the way to the value given
        }
        for (int i = 0; i < Math.round(troopsInB / 10); i++) { // soldier-agents of 10 troops each
            w.b.station(new plaza.agents.Person(w.world().nextPersonId(), plaza.agents.Role.SOLDIER, null, 1, true, 10));
        }
        new ProtectionRegime().month(w);
        return new double[] {w.world().channels().contestRestraint(0), w.world().channels().contestRestraint(1)};
    }

    @Test
    void afterTheTransitionCorruptPoliceStillProtectUnlessTroopsOverseeThem() {
        double full = MilitaryParameters.TROOPS_PER_FULL_STRENGTH.defaultValue(); // per million; each plaza has a million residents
        YearMonth after = YearMonth.of(2006, 6);
        assertEquals(1 - 0.9 * 0.5, restraint(after, 0.5, 0)[1], 1e-9, "half the police on a payroll deter 0.9 x 0.5 of attacks");
        assertEquals(1, restraint(after, 0, 0)[1], 1e-9, "no corruption, no protection once the broker is gone");
        assertEquals(1 - 0.9 * 0.8, restraint(after, 0.8, 0)[1], 1e-9, "more corruption, more protection");
        double[] half = restraint(after, 0.5, full / 2);
        assertEquals(1 - 0.9 * 0.5 * 0.5, half[1], 1e-9, "troops at half strength in B halve its local protection");
        assertEquals(1 - 0.9 * 0.5, half[0], 1e-9, "plaza A, without troops, keeps its protection");
        assertEquals(1, restraint(after, 0.5, 2 * full)[1], 1e-9, "troops at full strength end it");
        assertEquals(0.1, restraint(YearMonth.of(1998, 6), 0.5, full)[1], 1e-9, "under the PRI the broker deters whatever the troops");
    }

    @Test
    void protectionFollowsItsPath() {
        ParameterValues p = Runs.baseline();
        assertEquals(1, p.at(YearMonth.of(1999, 1)).get(HistoryParameters.STATE_PROTECTION), 1e-12, "PRI rule in 1999");
        assertEquals(0.5, p.at(YearMonth.of(2003, 5)).get(HistoryParameters.STATE_PROTECTION), 1e-12, "half way 30 of 60 months after November 2000");
        assertEquals(0, p.at(YearMonth.of(2006, 1)).get(HistoryParameters.STATE_PROTECTION), 1e-12, "fragmented by 2006");
    }
}
