package plaza.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import plaza.output.Metric;
import plaza.params.ParameterValues;
import plaza.testing.AnnualTotals;

/**
 * Marijuana legalization ({@code policy.marijuana_legal_share} from 2014, 24-month ramp) against the
 * baseline with common random numbers. The comparison years 2016-2017 come after the ramp.
 *
 * <p>False alarms: marijuana revenue falls by construction of the demand rule, so those checks
 * are not statistical. The extortion response is: see the test's note.
 */
class MarijuanaLegalizationTest {

    private static final int SEEDS = 4;
    private static final int LAST = 2017;
    /** Seed pairs for the extortion response, which is small against its seed-to-seed spread. */
    private static final int PAIRS = 60;

    private static final ParameterValues FULL = LeverRuns.baselineWith(
            "policy.marijuana_legal_share", 1, "policy.marijuana_legal_from_year", 2014);
    private static final ParameterValues ONE_STATE = LeverRuns.baselineWith(
            "policy.marijuana_legal_share", 0.15, "policy.marijuana_legal_from_year", 2014);

    private static final ToDoubleFunction<AnnualTotals> MARIJUANA_PER_YEAR =
            t -> t.sum(Metric.DTO_REVENUE_MARIJUANA_USD, 2016, 2017) / 2;
    private static final ToDoubleFunction<AnnualTotals> HARD_PER_YEAR = t -> (t.sum(Metric.DTO_REVENUE_COCAINE_USD, 2016, 2017)
            + t.sum(Metric.DTO_REVENUE_HEROIN_USD, 2016, 2017) + t.sum(Metric.DTO_REVENUE_METH_USD, 2016, 2017)) / 2;

    @Test
    void nothingChangesBeforeLegalSupplyStarts() {
        double diff = LeverRuns.meanPairedDifference(FULL, SEEDS, LAST, t -> t.sum(Metric.DTO_REVENUE_USD, 2007, 2013));
        assertEquals(0, diff, 1e-6);
    }

    @Test
    void fullLegalizationEndsDtoMarijuanaSalesWhileHardDrugsRemain() {
        double baseMarijuana = LeverRuns.mean(LeverRuns.baseline(), SEEDS, LAST, MARIJUANA_PER_YEAR);
        double legalMarijuana = LeverRuns.mean(FULL, SEEDS, LAST, MARIJUANA_PER_YEAR);
        double baseHard = LeverRuns.mean(LeverRuns.baseline(), SEEDS, LAST, HARD_PER_YEAR);
        double legalHard = LeverRuns.mean(FULL, SEEDS, LAST, HARD_PER_YEAR);
        assertTrue(legalMarijuana < 0.05 * baseMarijuana, "DTO marijuana revenue after the ramp: " + legalMarijuana
                + " vs baseline " + baseMarijuana);
        // Hard drugs remain (001:806-808); the border attention freed from marijuana may trim them a little.
        assertTrue(legalHard > 0.8 * baseHard, "hard-drug revenue " + legalHard + " vs baseline " + baseHard);
    }

    /**
     * The size the reports give: legal producers would cost Mexican DTOs $1-2B a year (001:803-806,
     * calibration fact F088). At full legalization the loss is the whole baseline marijuana revenue,
     * so this checks the baseline's marijuana revenue at baseline volumes and prices.
     */
    @Test
    void fullLegalizationCutsDtoMarijuanaRevenueByOneToTwoBillionDollarsAYear() {
        double cut = -LeverRuns.meanPairedDifference(FULL, SEEDS, LAST, MARIJUANA_PER_YEAR);
        assertTrue(cut >= 1e9 && cut <= 2e9, "annual DTO marijuana revenue lost: " + cut + " USD (001:803-806: $1-2B)");
    }

    @Test
    void oneStateCutsLessThanTheWholeCountry() {
        double full = -LeverRuns.meanPairedDifference(FULL, SEEDS, LAST, MARIJUANA_PER_YEAR);
        double one = -LeverRuns.meanPairedDifference(ONE_STATE, SEEDS, LAST, MARIJUANA_PER_YEAR);
        assertTrue(one > 0 && one < full, "one state cut " + one + " vs U.S.-wide " + full);
    }

    /**
     * Organizations that lose drug income extort more where they hold territory (001:812-816): the
     * dollars lost against each organization's own reference level move its predation
     * ({@code finance.Predation}); alliances ({@code territory.Alliances}) are the other response to
     * lost income. The rise is small because most of the loss never reaches predation: in the
     * baseline 2015-2017 more than half of the residents in held plazas live under organizations
     * with no drug income of their own (their predation comes from losses before 2014, the same in
     * both arms), and organizations whose income grew faster than their ten-year reference feel no
     * loss from a cut of a fifth; neither the ceiling nor enforcement binds (README, "Legalization
     * and predation"). Measured with these 60 seed pairs, extortion and kidnapping revenue
     * 2015-2017: +7.0% with alliances (47 of 60 seeds higher; the 60-pair mean has a standard error
     * of 1.5 points), +3.6% without (33 of 60 higher, standard error 1.5). With 20 pairs the
     * standard errors are 3.4 and 2.3 points, which is why an earlier 20-seed check of +2% without
     * alliances (measured +0.05% on seeds 1-20) failed. False alarms, if the effects are the measured
     * ones: with alliances below +2% with chance about 0.05% (z = -3.3); without, 0 or below with
     * chance about 0.8% (z = -2.4). Above +30% would mean neither the ceiling nor the deterrence
     * bound predation. The two are not ordered: with 60 pairs the difference (+3.4 points, standard
     * error about 2.1) is within the noise.
     */
    @Test
    void fullLegalizationRaisesExtortionWithAndWithoutAlliances() {
        ToDoubleFunction<AnnualTotals> extortion = t -> t.sum(Metric.DTO_REVENUE_EXTORTION_USD, 2015, 2017);
        double withAlliances = LeverRuns.meanPairedDifference(FULL, PAIRS, LAST, extortion)
                / LeverRuns.mean(LeverRuns.baseline(), PAIRS, LAST, extortion);
        assertTrue(withAlliances > 0.02 && withAlliances < 0.30,
                "extortion revenue 2015-2017 changed by " + 100 * withAlliances + "% (expected +2% to +30%)");
        ParameterValues apart = LeverRuns.baselineWith("dto.alliance_rate_per_month", 0);
        ParameterValues apartLegal = LeverRuns.baselineWith("dto.alliance_rate_per_month", 0,
                "policy.marijuana_legal_share", 1, "policy.marijuana_legal_from_year", 2014);
        double without = LeverRuns.meanPairedDifference(apart, apartLegal, PAIRS, LAST, extortion)
                / LeverRuns.mean(apart, PAIRS, LAST, extortion);
        assertTrue(without > 0 && without < 0.30,
                "without alliances extortion revenue 2015-2017 changed by " + 100 * without + "% (expected above 0, below +30%)");
    }
}
