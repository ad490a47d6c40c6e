package plaza.markets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.params.ParameterValues;
import plaza.params.SupplyParameters;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.world.Drug;

/**
 * Labs on the small world (deterministic). A precursor control cutting half the chemicals from
 * month 13 makes methamphetamine output dip by about half at once; traffickers adapt, so output is
 * back to the need (or above it while the stock refills) after four adaptation time constants; without a control output holds.
 */
class LabsTest {

    private static double[] output(ParameterValues p, double control, double[] orders) {
        SmallWorld before = new SmallWorld(p, 1, 100).at(YearMonth.of(1995, 1));
        SmallWorld after = new SmallWorld(p.with(SupplyParameters.PRECURSOR_CONTROL, control), 1, 100).at(YearMonth.of(1995, 1));
        DrugMarket market = new DrugMarket();
        market.initialize(before);
        Labs labs = new Labs(market);
        labs.initialize(before);
        double[] made = new double[72];
        for (int t = 0; t < 72; t++) {
            SmallWorld w = t < 12 ? before : after;
            market.month(w);
            labs.month(w);
            made[t] = labs.made();
            orders[t] = market.demand(Drug.METH) / market.usDemand(Drug.METH);
        }
        return made;
    }

    @Test
    void aPrecursorControlCutsOutputAndTraffickersRecoverAfterTheLag() {
        ParameterValues p = Runs.baseline().with(SupplyParameters.PRECURSOR_ADAPTATION, 12);
        double[] orders = new double[72];
        double[] none = output(p, 0, new double[72]);
        double[] control = output(p, 0.5, orders);
        double need = none[11];
        assertEquals(need, none[60], need * 1e-9, "without a control output holds");
        assertEquals(0.55, control[12] / need, 0.05, "the control halves the labs' capacity (1.1 x need) in its first month");
        double least = 1;
        for (int t = 12; t < 36; t++) {
            least = Math.min(least, orders[t]);
        }
        assertTrue(least < 0.95, "once the stock runs down, less is sold than demanded: " + least);
        assertTrue(control[24] > control[12], "adaptation raises output within a year");
        double back = control[12 + 48] / need;
        assertTrue(back >= 0.95 && back <= 1.1, "after four time constants output is back (at most the 1.1 capacity while the stock refills): " + back);
    }
}
