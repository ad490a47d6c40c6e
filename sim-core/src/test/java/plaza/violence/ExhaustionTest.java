package plaza.violence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.finance.FirearmsAgency;
import plaza.finance.GunMarket;
import plaza.params.ParameterValues;
import plaza.params.ViolenceParameters;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.trafficking.BorderAgency;

/**
 * Issue 22's war exhaustion ({@code violence.exhaustion_share} h) on the small world. The rule
 * itself (deterministic): the fighting halves once the contest's toll reaches h times the fighters
 * there, is a third at twice that, and a plaza at peace forgets its toll. The mechanism (direction
 * and size): South attacks North's B for 24 months with nobody killed among the members (member
 * victim share 0, so the forces and the off run's monthly mean b stay put) and no background; with
 * h = 0.02 the first month is the same as off (same draws, no toll yet) and months 19-24 fall to
 * the factor the recurrence toll += b / (1 + toll / (h F)) predicts (0.37), within four
 * Poisson standard errors of the measured ratio over 300 worlds (false alarm below 1e-4; the two
 * runs share their draws, so the true error is smaller).
 */
class ExhaustionTest {

    private static final int WORLDS = 300;
    private static final int MONTHS = 24;
    private static final double H = 0.02;

    @Test
    void theFightingHalvesOnceTheTollReachesHTimesTheFighters() {
        SmallWorld w = new SmallWorld(Runs.baseline().with(ViolenceParameters.EXHAUSTION_SHARE, 0.1), 1, 100).staffBoth();
        w.b.addAttacker(w.south);
        Exhaustion e = new Exhaustion();
        assertEquals(1, e.factor(w.b, 100, w), 1e-12, "no toll yet");
        double[] fight = new double[3];
        fight[1] = 10; // h x fighters = 0.1 x 100
        e.record(w, fight, new double[3]);
        assertEquals(0.5, e.factor(w.b, 100, w), 1e-12, "a toll of h x fighters halves the fighting");
        assertEquals(2.0 / 3, e.factor(w.b, 200, w), 1e-12, "twice the fighters, half the relative toll");
        e.record(w, fight, new double[] {0, 0.5, 0}); // half of it suppressed by troops: the toll counts what was fought
        assertEquals(1 / 2.5, e.factor(w.b, 100, w), 1e-12, "toll 15 against 10");
        w.b.removeAttacker(w.south);
        e.record(w, fight, new double[3]);
        w.b.addAttacker(w.south);
        assertEquals(1, e.factor(w.b, 100, w), 1e-12, "a new contest starts with no toll");
        SmallWorld off = new SmallWorld(Runs.baseline().with(ViolenceParameters.EXHAUSTION_SHARE, 0), 1, 100).staffBoth();
        off.b.addAttacker(off.south);
        e.record(off, fight, new double[3]);
        assertEquals(1, e.factor(off.b, 100, off), 1e-12, "off at h = 0");
    }

    @Test
    void aLongWarWanesAsItsTollMounts() {
        ParameterValues off = Runs.stagedOff().with(ViolenceParameters.BACKGROUND_HOMICIDES, 0)
                .with(ViolenceParameters.MEMBER_VICTIM_SHARE, 0).with(ViolenceParameters.EXHAUSTION_SHARE, 0);
        ParameterValues on = off.with(ViolenceParameters.EXHAUSTION_SHARE, H);
        double[][] homicides = new double[2][MONTHS];
        double fighters = 0;
        for (long seed = 1; seed <= WORLDS; seed++) {
            for (int variant = 0; variant < 2; variant++) {
                SmallWorld w = new SmallWorld(variant == 0 ? off : on, seed, 100).staffBoth();
                w.b.addAttacker(w.south);
                for (int month = 0; month < 24; month++) {
                    w.b.closeMonth(month); // past the escalation: a full-intensity war from the first month measured
                }
                GunMarket guns = new GunMarket(new FirearmsAgency(new BorderAgency()));
                guns.initialize(w);
                Violence violence = new Violence(guns);
                for (int t = 0; t < MONTHS; t++) {
                    w.at(YearMonth.of(2008, 1).plusMonths(t));
                    w.b.beginMonth();
                    violence.month(w);
                    homicides[variant][t] += w.b.homicidesThisMonth();
                    fighters = w.b.fighters();
                }
            }
        }
        assertEquals(homicides[0][0], homicides[1][0], 1e-9, "the first month is fought as without the rule");
        double b = 0;
        for (double x : homicides[0]) {
            b += x / WORLDS / MONTHS;
        }
        double toll = 0;
        double predicted = 0;
        for (int t = 0; t < MONTHS; t++) {
            double factor = 1 / (1 + toll / (H * fighters));
            toll += b * factor;
            predicted += t >= MONTHS - 6 ? factor / 6 : 0;
        }
        double hOff = 0;
        double hOn = 0;
        for (int t = MONTHS - 6; t < MONTHS; t++) {
            hOff += homicides[0][t];
            hOn += homicides[1][t];
        }
        double ratio = hOn / hOff;
        assertTrue(predicted < 0.5, "the rule matters at this size: predicted factor " + predicted);
        assertEquals(predicted, ratio, 4 * ratio * Math.sqrt(1 / hOn + 1 / hOff), "months 19-24, with the rule over without");
    }
}
