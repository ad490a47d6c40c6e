package plaza.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import plaza.agents.Role;
import plaza.params.GunParameters;
import plaza.params.MarketParameters;
import plaza.params.ParameterValues;
import plaza.params.ViolenceParameters;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.violence.Violence;
import plaza.world.Drug;

/**
 * Arsenals by need (issue 23, point 1) on the small world: B is contested (South attacks North's
 * plaza), both organizations sell drugs worth their share of the national revenue by enforcers, and
 * their books run for 60 months before one month of fighting in B is drawn. Cutting both
 * organizations' enforcers by a fifth at the start cuts B's homicides by a fifth when purchases
 * follow need ({@code guns.purchase_by_need} = 1: the arsenal follows the fighters, so guns per
 * fighter and lethality return to where they were), and by less with the fixed revenue share (the
 * same money keeps buying the same guns, so each remaining fighter is better armed: 0.8 x the
 * lethality of 1.25 times the guns per enforcer).
 *
 * <p>Homicides in B are Poisson with a mean near 86 a month; over 300 worlds the standard error of
 * the mean is about 0.6% and of a ratio of two such means about 0.8%, so the tolerance of 3
 * percentage points on the need rule's cut is about four standard errors (false-alarm probability
 * below 1e-4), and the fixed share's cut is checked to be at least 4 points smaller (its expected
 * cut is about 13%, six standard errors from the bound).
 */
class ArsenalsByNeedTest {

    private static final int WORLDS = 300;
    private static final int MONTHS = 60;
    /** Killing rate per 1,000 enforcer-months, fixed here (near the earlier fit) so B's monthly mean stays near 86 whatever the fit. */
    private static final double RATE = 9.9;

    /** Mean homicides in B after 60 months of books; enforcers cut by a fifth at the start if asked. */
    private static double homicidesInB(ParameterValues p, boolean cut) {
        double sum = 0;
        for (long seed = 1; seed <= WORLDS; seed++) {
            SmallWorld w = new SmallWorld(p, seed, 100);
            w.staff(w.north, 300, 60).staff(w.south, 200, 40);
            w.b.addAttacker(w.south);
            FinanceFixture f = new FinanceFixture(w);
            double revenue = MarketParameters.monthlyRevenueUsd(p);
            double north = revenue * 60 / 100;
            double south = revenue * 40 / 100;
            if (cut) {
                for (int i = 0; i < 12; i++) {
                    w.north.dropRandom(Role.ENFORCER, w.stream("setup"));
                }
                for (int i = 0; i < 8; i++) {
                    w.south.dropRandom(Role.ENFORCER, w.stream("setup"));
                }
            }
            for (int month = 0; month < MONTHS; month++) {
                w.world().beginMonth();
                w.world().ledger().sellDrugs(w.north, Drug.COCAINE, north);
                w.world().ledger().sellDrugs(w.south, Drug.COCAINE, south);
                f.finance.month(w);
                w.b.closeMonth(month); // B's fight escalates to full intensity
            }
            w.world().beginMonth();
            new Violence(f.guns).month(w);
            sum += w.b.homicidesThisMonth();
        }
        return sum / WORLDS;
    }

    @Test
    void cuttingEnforcersByAFifthCutsHomicidesByAFifthWhenArsenalsFollowNeed() {
        ParameterValues need = Runs.stagedOff().with(GunParameters.PURCHASE_BY_NEED, 1).with(ViolenceParameters.BACKGROUND_HOMICIDES, 0)
                .with(ViolenceParameters.HOMICIDES_PER_ENFORCER, RATE);
        double before = homicidesInB(need, false);
        double after = homicidesInB(need, true);
        double cut = 1 - after / before;
        assertTrue(before > 70, "a fought plaza: " + before);
        assertEquals(0.20, cut, 0.03, "by need: homicides " + before + " -> " + after);

        ParameterValues share = Runs.stagedOff().with(ViolenceParameters.BACKGROUND_HOMICIDES, 0)
                .with(ViolenceParameters.HOMICIDES_PER_ENFORCER, RATE);
        double shareCut = 1 - homicidesInB(share, true) / homicidesInB(share, false);
        assertTrue(shareCut > 0.05 && shareCut < cut - 0.04,
                "fixed share: the same money arms fewer fighters better, so the cut is smaller: " + shareCut + " vs " + cut);
    }
}
