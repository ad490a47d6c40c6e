package plaza.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import plaza.output.Metric;
import plaza.params.ParameterValues;
import plaza.testing.AnnualTotals;

/**
 * Merida reallocation levers ({@code policy.merida_equipment_to_judicial}, {@code _to_economic},
 * {@code policy.merida_reallocation_fy}) against the baseline with common random numbers.
 *
 * <p>Timing: the FY2009 appropriation starts in October 2008 and is delivered after the procurement
 * lag (18 months), so nothing can differ before April 2010; judicial aid then becomes capacity
 * through a further multi-year delay. The tests check both the "not before" and the "after".
 *
 * <p>False alarms: on the state-plaza model, in 10 exploratory seed pairs the judicial reallocation raised 2012-2016
 * convictions in 9 (the tenth -0.1%, mean +37%) and lowered impunity in all 10; economic aid lowered
 * 2012-2016 mean membership in all 10 (mean -12%). With the per-seed spread seen there, the mean of
 * 4 pairs has the wrong sign with probability well under 1%. Since Mexico's justice reform is on
 * (issue 23), Merida's judicial aid adds to the reform's gain in proportion to its size against
 * Mexico's justice budget, so the rise is smaller, and on city plazas at the default budget too
 * small to resolve (the convictions test says how it is checked).
 */
class MeridaReallocationTest {

    private static final int SEEDS = 4;
    private static final int LAST = 2016;
    /** Homicides under the judicial reallocation: 60 paired seeds (see the test). */
    private static final int VIOLENCE_SEEDS = 60;
    /** Convictions under the judicial reallocation against a $500M justice budget (see the test). */
    private static final int CONVICTION_SEEDS = 40;

    private static final ParameterValues JUDICIAL = LeverRuns.baselineWith(
            "policy.merida_equipment_to_judicial", 1, "policy.merida_reallocation_fy", 2009);
    private static final ParameterValues ECONOMIC = LeverRuns.baselineWith(
            "policy.merida_equipment_to_economic", 1, "policy.merida_reallocation_fy", 2009);

    @Test
    void judicialReallocationChangesNothingBeforeItsDeliveriesArrive() {
        for (Metric m : new Metric[] {Metric.CONVICTIONS, Metric.IMPUNITY_RATE, Metric.HOMICIDES}) {
            double diff = LeverRuns.meanPairedDifference(JUDICIAL, SEEDS, LAST, t -> t.sum(m, 2007, 2009));
            assertEquals(0, diff, 1e-9, m.column() + " in 2007-2009 must not respond to money appropriated from FY2009");
        }
    }

    /**
     * Judicial aid raises convictions after its lag (004:191, 001:546-548), by how much depends on
     * Mexico's own justice budget, which the aid adds to in proportion to its size (an assumption,
     * {@code justice.mexico_reform_budget_usd_millions_per_year}, tested 500-2,000). On city plazas,
     * at the default $1B, all of Merida's equipment money moved to justice raises convictions
     * 2012-2016 by +0.96% (paired t 1.2, seeds 1-150, 2026-12-07): too small to tell from the spread
     * between runs with any seed count a test can afford. So the claim is checked where the aid
     * counts, against a $500M budget (the low end of the tested range): +5.1% (t 3.2) over seeds
     * 1-20 and +8.1% (t 5.7) over seeds 1-{@value #CONVICTION_SEEDS}. The test asks for more than 2%
     * with paired t above 2; with the effect measured, that fails on fresh streams well under 1% of
     * the time, and a lever with no effect passes it about 2.5% of the time.
     */
    @Test
    void judicialReallocationRaisesConvictionsAfterItsLag() {
        ParameterValues base = LeverRuns.baselineWith("justice.mexico_reform_budget_usd_millions_per_year", 500);
        ParameterValues judicial = LeverRuns.baselineWith("justice.mexico_reform_budget_usd_millions_per_year", 500,
                "policy.merida_equipment_to_judicial", 1, "policy.merida_reallocation_fy", 2009);
        ToDoubleFunction<AnnualTotals> convictions = t -> t.sum(Metric.CONVICTIONS, 2012, 2016);
        double level = LeverRuns.mean(base, CONVICTION_SEEDS, LAST, convictions);
        double[] d = LeverRuns.pairedDifferences(base, judicial, CONVICTION_SEEDS, LAST, convictions);
        double diff = java.util.Arrays.stream(d).average().orElseThrow();
        double t = LeverRuns.pairedT(d);
        assertTrue(diff > 0.02 * level && t > 2, "convictions 2012-2016 should rise by more than 2% of "
                + level + " with paired t > 2; changed by " + diff + ", t = " + t);
    }

    /**
     * Moving Merida's equipment money to justice lessens violence after its lag: 004:191 (not
     * equipment but institution building in the judiciary "may ultimately play a more important role"
     * in lessening the violence). Homicides 2013-2016 fall, paired t &lt; -2 over {@value #VIOLENCE_SEEDS}
     * seeds.
     *
     * <p>This replaces the claim that the reallocation lowers impunity (convictions over crimes), which
     * the city model no longer supports for a reason it represents. Measured 2026-12-07 over seeds
     * 1-300, 2013-2016: homicides -6.8% (t -12), so fewer members are killed and more of them offend:
     * crimes +2.8% (t 2.1); convictions rise +1.2% (t 1.8; with Mexico's reform on, Merida's judicial
     * money counts against Mexico's justice budget); arrests +1.0% (t 1.3); so convictions per crime
     * fall 1.7% and impunity rises by 0.0003 (t 2.9), on this class's 4 seeds +0.0005 (the failure
     * that led here). Over seeds 1-60 homicides fall 7.1% (t -5.5): a lever with no effect passes
     * t &lt; -2 about 2.5% of the time, and with the effect measured the check fails on fresh streams
     * well under 1% of the time. Economic aid instead of equipment cuts them more (-17%, t -29, 300 seeds).
     */
    @Test
    void judicialReallocationLowersHomicidesAfterItsLag() {
        ToDoubleFunction<AnnualTotals> homicides = t -> t.sum(Metric.HOMICIDES, 2013, 2016);
        double diff = LeverRuns.meanPairedDifference(JUDICIAL, VIOLENCE_SEEDS, LAST, homicides);
        double t = LeverRuns.pairedT(JUDICIAL, VIOLENCE_SEEDS, LAST, homicides);
        assertTrue(t < -2, "homicides 2013-2016 should fall; changed by " + diff + " a seed, paired t = " + t);
    }

    @Test
    void judicialReallocationRaisesTrustAndReporting() {
        double trust = LeverRuns.meanPairedDifference(JUDICIAL, SEEDS, LAST, t -> t.mean(Metric.PUBLIC_TRUST, 2013, 2016));
        double reporting = LeverRuns.meanPairedDifference(JUDICIAL, SEEDS, LAST, t -> t.mean(Metric.REPORTING_RATE, 2013, 2016));
        double corruption = LeverRuns.meanPairedDifference(JUDICIAL, SEEDS, LAST, t -> t.mean(Metric.POLICE_CORRUPTION, 2013, 2016));
        assertTrue(trust > 0, "public trust should rise; changed by " + trust);
        assertTrue(reporting > 0, "crime reporting should rise; changed by " + reporting);
        assertTrue(corruption < 0, "police corruption should fall; changed by " + corruption);
    }

    @Test
    void economicAidShrinksMembership() {
        ToDoubleFunction<AnnualTotals> members = t -> t.mean(Metric.MEMBERS, 2012, 2016);
        double base = LeverRuns.mean(LeverRuns.baseline(), SEEDS, LAST, members);
        double diff = LeverRuns.meanPairedDifference(ECONOMIC, SEEDS, LAST, members);
        assertTrue(diff < -0.02 * base, "mean members 2012-2016 should fall by more than 2% of " + base + "; changed by " + diff);
    }

    @Test
    void economicAidChangesNothingBeforeItsDeliveriesArrive() {
        double diff = LeverRuns.meanPairedDifference(ECONOMIC, SEEDS, LAST, t -> t.sum(Metric.RECRUITS, 2007, 2009));
        assertEquals(0, diff, 1e-9);
    }
}
