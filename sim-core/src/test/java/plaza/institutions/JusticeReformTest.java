package plaza.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.funding.MeridaInitiative;
import plaza.params.FundingParameters;
import plaza.params.JusticeParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;

/**
 * Mexico's 2008 justice reform as a path (staged, {@code justice.mexican_reform} = 1), on the small
 * world with the real Merida money, 2007-2030; deterministic (no random draws, so no false alarms).
 * Without Merida's judicial aid and at the planned pace the reform is implemented exactly by January
 * 2016 (90 months from July 2008); at the reports' doubtful pace (0.6) only 60% is by then; Merida's
 * judicial aid speeds it in proportion to its size against Mexico's justice budget, and the funded
 * capacity follows that ratio with the reform lag; the gain reaches the largest gain only as the
 * reform comes into force. With the path off nothing moves.
 */
class JusticeReformTest {

    /** Steps Merida and the reform from January 2007 to {@code until}; returns the reform. */
    private static JusticeReform run(ParameterValues p, YearMonth until) {
        SmallWorld w = new SmallWorld(p, 1, 100);
        MeridaInitiative merida = new MeridaInitiative();
        JusticeReform reform = new JusticeReform(merida);
        for (YearMonth t = YearMonth.of(1995, 1); !t.isAfter(until); t = t.plusMonths(1)) {
            w.at(t);
            merida.month(w);
            reform.update(w);
        }
        return reform;
    }

    private static ParameterValues on(double pace, double judicialShare) {
        ParameterValues p = Runs.stagedOff().with(JusticeParameters.MEXICAN_REFORM, 1).with(JusticeParameters.REFORM_PACE, pace);
        if (judicialShare == 0) {
            // no judicial aid: its share goes to equipment (the shares must sum to 1)
            p = p.toBuilder().set(FundingParameters.SHARE_EQUIPMENT, p.get(FundingParameters.SHARE_EQUIPMENT) + p.get(FundingParameters.SHARE_JUDICIAL), "")
                    .set(FundingParameters.SHARE_JUDICIAL, 0, "").build();
        }
        return p;
    }

    @Test
    void atThePlannedPaceWithoutAidTheReformIsNationwideOnTheDate() {
        assertEquals(0, run(on(1, 0), YearMonth.of(2008, 6)).progress(), 1e-12, "nothing before July 2008");
        assertEquals(1.0 / 90, run(on(1, 0), YearMonth.of(2008, 7)).progress(), 1e-12, "one month of 90 in July 2008");
        assertEquals(89.0 / 90, run(on(1, 0), YearMonth.of(2015, 11)).progress(), 1e-9, "one month short in November 2015");
        assertEquals(1, run(on(1, 0), YearMonth.of(2015, 12)).progress(), 1e-9, "nationwide by January 2016");
        assertEquals(0.6, run(on(0.6, 0), YearMonth.of(2015, 12)).progress(), 1e-9, "at the doubtful pace, 60% by then");
        JusticeReform later = run(on(1, 0).with(JusticeParameters.REFORM_NATIONWIDE, 2020), YearMonth.of(2015, 12));
        assertEquals(90.0 / 138, later.progress(), 1e-9, "the lever: nationwide by 2020 spreads the plan over 138 months");
        assertEquals(1, run(on(1, 0), YearMonth.of(2015, 12)).fundedCapacity(), 1e-12, "without aid the capacity is Mexico's budget's");
    }

    @Test
    void meridaJudicialAidSpeedsTheReformInProportionToItsSizeAgainstTheBudget() {
        JusticeReform none = run(on(0.6, 0), YearMonth.of(2012, 12));
        JusticeReform aid = run(on(0.6, -1), YearMonth.of(2012, 12));
        JusticeReform rich = run(on(0.6, -1).with(JusticeParameters.MEXICO_JUSTICE_BUDGET, 4_000), YearMonth.of(2012, 12));
        double extra = aid.progress() / none.progress() - 1;
        double extraRich = rich.progress() / none.progress() - 1;
        System.out.printf("2012: progress %.3f without aid, %.3f with (+%.1f%%), %.3f against a 4x budget (+%.1f%%); capacity %.3f%n",
                none.progress(), aid.progress(), 100 * extra, rich.progress(), 100 * extraRich, aid.fundedCapacity());
        assertTrue(extra > 0.01 && extra < 0.5, "Merida's judicial aid (tens of millions a year against $1B) speeds it by 1-50%: " + extra);
        assertEquals(extra / 4, extraRich, extra * 0.02, "against a budget four times as large the same aid adds a quarter as much");
        assertTrue(aid.fundedCapacity() > 1 && aid.fundedCapacity() - 1 < extra * 2, "the funded capacity rises with the aid, lagged: " + aid.fundedCapacity());
    }

    @Test
    void theGainComesAsTheReformComesIntoForce() {
        JusticeReform r2012 = run(on(1, 0), YearMonth.of(2012, 12));
        JusticeReform r2030 = run(on(1, 0), YearMonth.of(2030, 12));
        assertTrue(r2012.inForce() < r2012.progress(), "in force lags implementation");
        assertEquals(1, r2030.inForce(), 0.02, "fifteen years after the plan's date it is in force");
        assertEquals(1.5 * r2030.inForce(), r2030.gain(0.07, 1.5), 1e-12, "switched on, the gain is the largest gain times what is in force");
        assertEquals(1.0, r2030.capacityMultiplier(0.5), 1e-9, "switched on, capacity is the funded capacity (1 without aid), not Merida's old gain");
        JusticeReform off = run(Runs.stagedOff(), YearMonth.of(2030, 12));
        assertEquals(0, off.progress(), 0, "off: no progress");
        assertEquals(0.07, off.gain(0.07, 1.5), 0, "off: Merida's gain unchanged");
        assertEquals(1.07, off.capacityMultiplier(0.07), 0, "off: capacity 1 + Merida's gain");
    }
}
