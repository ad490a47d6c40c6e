package plaza.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import plaza.output.Metric;
import plaza.params.ParameterValues;
import plaza.params.SupplyParameters;
import plaza.testing.Runs;

/**
 * A U.S. precursor control on the full model ({@code supply.precursor_control_us}, half the
 * chemicals from January 2008), seed 1, against the baseline. U.S. labs and the DEA's seizures
 * fall, and by 2012 (four adaptation time constants later) they stand at about 1 - 0.5 x 0.5 = 0.75
 * of the baseline's, the rest having moved to Mexico: Mexican labs and their output rise by the
 * moved tons (a quarter of U.S. lab output, shipped with the en-route loss, so a third more is made). U.S. labs are
 * deterministic given the scenario. Mexican output moves with each run's prices: the added tons over
 * U.S. lab tons in 2012 are 0.24-0.44 over seeds 1-5 (2026-12-07; standard deviation about 0.08), so
 * their mean over 10 seeds (standard error about 0.025, mean about 0.37) is checked within 0.25-0.5,
 * each bound more than four standard errors away: a false alarm under 0.1%.
 *
 * <p>The moved tons come with the demand they met, so they are no glut: the 2012 price index of
 * Mexican methamphetamine with the control over the baseline's is 0.93-1.09 over seeds 1-10 (mean 1.00,
 * standard deviation 0.041, 2026-12-07); the mean over 10 seeds is checked within 1 +- 0.06, more than
 * four standard errors: a false alarm under 0.1%. Before the fix the market-clearing price counted the
 * moved tons as supply but not as demand, and the index fell to about 0.62 of the baseline's.
 */
class PrecursorControlTest {

    /** Seeds over which the Mexican labs' added tons are averaged (they move with each run's prices). */
    private static final int SEEDS = 10;

    @Test
    void aUsControlMovesLabsFromTheUsToMexico() {
        ParameterValues base = Runs.baseline();
        ParameterValues control = base.toBuilder().set(SupplyParameters.PRECURSOR_CONTROL_US.name(), "2008: 0.5", "test: ").build();
        List<double[]> a = Runs.rows(base, 1, YearMonth.of(2012, 12), 100);
        List<double[]> b = Runs.rows(control, 1, YearMonth.of(2012, 12), 100);
        assertEquals(Runs.yearTotal(a, Metric.METH_LABS_US, 2007), Runs.yearTotal(b, Metric.METH_LABS_US, 2007), 1e-9, "nothing before the control");
        double usFirst = Runs.yearTotal(b, Metric.METH_LABS_SEIZED, 2008) / Runs.yearTotal(a, Metric.METH_LABS_SEIZED, 2008);
        assertTrue(usFirst < 0.75, "DEA seizures in the control's first year: " + usFirst);
        double usLate = Runs.yearTotal(b, Metric.METH_LABS_US, 2012) / Runs.yearTotal(a, Metric.METH_LABS_US, 2012);
        assertEquals(0.75, usLate, 0.02, "U.S. labs in 2012, a quarter having moved");
        double mexicoLate = Runs.yearTotal(b, Metric.METH_LABS_MEXICO, 2012) / Runs.yearTotal(a, Metric.METH_LABS_MEXICO, 2012);
        assertTrue(mexicoLate > 1.07 && mexicoLate < 1.2, "Mexican labs in 2012: " + mexicoLate);
        double moved = 0;
        double price = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<double[]> sa = seed == 1 ? a : Runs.rows(base, seed, YearMonth.of(2012, 12), 100);
            List<double[]> sb = seed == 1 ? b : Runs.rows(control, seed, YearMonth.of(2012, 12), 100);
            double movedTons = Runs.yearTotal(sb, Metric.TONS_PRODUCED_METH, 2012) - Runs.yearTotal(sa, Metric.TONS_PRODUCED_METH, 2012);
            moved += movedTons / Runs.yearTotal(sa, Metric.TONS_PRODUCED_METH_US, 2012) / SEEDS;
            price += Runs.yearTotal(sb, Metric.PRICE_INDEX_METH, 2012) / Runs.yearTotal(sa, Metric.PRICE_INDEX_METH, 2012) / SEEDS;
        }
        assertEquals(1, price, 0.06, "2012 methamphetamine price index with the control over the baseline's (mean of seeds 1-" + SEEDS + ")");
        assertTrue(moved > 0.25 && moved < 0.5, "Mexican labs make the moved quarter of U.S. lab tons, more for the expected loss en route"
                + " (mean of seeds 1-" + SEEDS + "): " + moved);
    }
}
