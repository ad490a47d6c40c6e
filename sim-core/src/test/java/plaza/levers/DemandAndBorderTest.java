package plaza.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import plaza.output.Metric;
import plaza.params.ParameterValues;
import plaza.testing.AnnualTotals;

/**
 * U.S.-side supply and demand levers from 2011: extra treatment spending
 * ({@code policy.treatment_extra_usd_billions_per_year}) and the border buildup
 * ({@code policy.border_buildup}), compared per dollar.
 *
 * <p>False alarms: in exploratory runs treatment lowered cocaine delivered by 8-10% in every seed
 * pair; trade delay cost is deterministic. Three pairs are averaged; a sign flip would need a
 * seed-to-seed spread several times larger than observed (chance well under 1%).
 */
class DemandAndBorderTest {

    private static final int SEEDS = 3;
    /** The second $3B's smaller cut is a difference of differences: 3 seeds leave it within the noise, 8 do not. */
    private static final int DIMINISHING_SEEDS = 8;
    private static final int LAST = 2016;
    /** The border's second step against its first: 60 seeds (see the test). */
    private static final int DIMINISHING_BORDER_SEEDS = 60;

    private static final ToDoubleFunction<AnnualTotals> HARD_TONS = t -> t.sum(Metric.TONS_DELIVERED_COCAINE, 2012, 2016)
            + t.sum(Metric.TONS_DELIVERED_HEROIN, 2012, 2016) + t.sum(Metric.TONS_DELIVERED_METH, 2012, 2016);
    private static final ToDoubleFunction<AnnualTotals> ALL_TONS = t -> t.sum(Metric.TONS_DELIVERED, 2012, 2016);

    private static ParameterValues treatment(double billions) {
        return LeverRuns.baselineWith("policy.treatment_extra_usd_billions_per_year", billions, "policy.treatment_year", 2011);
    }

    private static ParameterValues border(double multiple) {
        return LeverRuns.baselineWith("policy.border_buildup", multiple, "policy.border_buildup_year", 2011);
    }

    @Test
    void treatmentLowersHardDrugTonsDelivered() {
        double base = LeverRuns.mean(LeverRuns.baseline(), SEEDS, LAST, HARD_TONS);
        double diff = LeverRuns.meanPairedDifference(treatment(3), SEEDS, LAST, HARD_TONS);
        assertTrue(diff < -0.01 * base, "hard-drug tons delivered 2012-2016 should fall by over 1% of " + base + "; changed by " + diff);
    }

    @Test
    void treatmentHasDiminishingReturnsPerDollar() {
        double first = LeverRuns.meanPairedDifference(treatment(3), DIMINISHING_SEEDS, LAST, HARD_TONS);
        double second = LeverRuns.meanPairedDifference(treatment(3), treatment(6), DIMINISHING_SEEDS, LAST, HARD_TONS);
        assertTrue(first < 0 && second < 0 && second > first, "first $3B changed hard tons by " + first
                + ", the next $3B by " + second + "; the second should cut less");
    }

    @Test
    void treatmentChangesNothingBeforeItStarts() {
        assertEquals(0, LeverRuns.meanPairedDifference(treatment(3), SEEDS, LAST, t -> t.sum(Metric.TONS_DELIVERED, 2007, 2010)), 1e-9);
    }

    @Test
    void borderBuildupRaisesTradeDelayCostFasterThanStaff() {
        ToDoubleFunction<AnnualTotals> delay = t -> t.sum(Metric.TRADE_DELAY_COST_USD, 2012, 2016);
        double first = LeverRuns.meanPairedDifference(border(2), SEEDS, LAST, delay);
        double second = LeverRuns.meanPairedDifference(border(2), border(3), SEEDS, LAST, delay);
        assertTrue(first > 0, "doubling the border should raise trade delay cost; changed by " + first);
        assertTrue(second > first, "queues lengthen faster than staff: step 2->3 added " + second + ", step 1->2 " + first);
    }

    @Test
    void borderBuildupSeizesMoreAtTheBorder() {
        double diff = LeverRuns.meanPairedDifference(border(2), SEEDS, LAST, t -> t.sum(Metric.TONS_SEIZED_BORDER, 2012, 2016));
        assertTrue(diff > 0, "tons seized at U.S. crossings should rise; changed by " + diff);
    }

    /**
     * A buildup lowers tons delivered (001:780-799). Organizations ship more to
     * cover expected losses, so the effect is small (about -1% in 2012-2016 at buildup 2, negative
     * in 4 of 5 exploratory seed pairs, about three standard errors from zero over 5 pairs; the
     * chance the 5-pair mean comes out non-negative is under 1%).
     */
    @Test
    void borderBuildupLowersTonsDelivered() {
        double first = LeverRuns.meanPairedDifference(border(2), 12, LAST, ALL_TONS);
        assertTrue(first < 0, "doubling the border should lower tons delivered; changed by " + first);
    }

    /**
     * Diminishing returns per dollar (001:797-798: further border buildup "will have diminishing
     * returns"): each step costs the same $3B a year, so the second should cut deliveries less than
     * the first. The second step's smaller cut is a difference of differences, and marijuana's tons
     * swing with the contests for plazas from seed to seed, so on the city model 12 seeds of all
     * tons were underpowered (seeds 1-12: -955 then -1,204 tons 2012-2016); measured 2026-12-07 over
     * 60 seeds, all tons fall by 1,124 (-1.9%) then 975 (-1.7%), the second step 13% smaller but
     * its excess over the first +150 +- 161 tons (t 0.9: about 280 seeds would be needed for t 2).
     * Hard drugs (cocaine, heroin, meth) show the same 12% smaller second step with under half the
     * spread relative to the cut: -30.2 then -26.7 tons, excess +3.5 +- 1.8 (t 2.0, every one of the 60 pairs negative at
     * each step). The test asks both steps to cut all tons and hard-drug tons (over 60 seeds) and the
     * second to cut hard-drug tons less. A step with constant returns passes the last check half the
     * time; with the effect measured it fails on fresh streams about 2% of the time (t &lt; 0 when 2.0 is expected).
     */
    @Test
    void borderBuildupLowersTonsDeliveredWithDiminishingReturns() {
        double first = LeverRuns.meanPairedDifference(border(2), DIMINISHING_BORDER_SEEDS, LAST, ALL_TONS);
        double second = LeverRuns.meanPairedDifference(border(2), border(3), DIMINISHING_BORDER_SEEDS, LAST, ALL_TONS);
        assertTrue(first < 0 && second < 0, "each step should lower tons delivered: step 1->2 changed tons by " + first + ", step 2->3 by " + second);
        double hardFirst = LeverRuns.meanPairedDifference(border(2), DIMINISHING_BORDER_SEEDS, LAST, HARD_TONS);
        double hardSecond = LeverRuns.meanPairedDifference(border(2), border(3), DIMINISHING_BORDER_SEEDS, LAST, HARD_TONS);
        assertTrue(hardFirst < 0 && hardSecond < 0 && hardSecond > hardFirst,
                "hard-drug tons: step 1->2 changed them by " + hardFirst + ", step 2->3 by " + hardSecond + "; the second should cut less");
    }
}
