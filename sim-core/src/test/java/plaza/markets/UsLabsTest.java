package plaza.markets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.params.ParameterValues;
import plaza.params.SupplyParameters;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;

/**
 * U.S. and Mexican methamphetamine labs on the small world (deterministic). In the baseline the
 * DEA's U.S. lab seizures grow every year 1995-1999 by the derived x1.504 (002:126) and hold from
 * 2000. A U.S. precursor control cutting half U.S. labs' chemicals from January 2002 halves U.S.
 * labs at once; after four adaptation time constants (12 months) half of the adaptation has moved
 * production to Mexico for good: U.S. labs at 1 - 0.5 x 0.5 = 0.75 of before (less the 0.8% of the
 * cut still open), Mexican labs making that quarter of U.S. lab output on top of their own; with
 * no relocation U.S. labs return to their level and Mexican labs do not change.
 */
class UsLabsTest {

    /** Monthly U.S. labs [0], Mexican methamphetamine made [1], U.S. lab potential output [2], from January 1995. */
    private static double[][] run(ParameterValues p, double control, int months) {
        return run(p, p.with(SupplyParameters.PRECURSOR_CONTROL_US, control), months);
    }

    /** As above, with the parameters of {@code from2002} from January 2002. */
    private static double[][] run(ParameterValues p, ParameterValues from2002, int months) {
        SmallWorld before = new SmallWorld(p, 1, 100);
        SmallWorld after = new SmallWorld(from2002, 1, 100);
        before.at(YearMonth.of(1995, 1));
        DrugMarket market = new DrugMarket();
        market.initialize(before);
        UsLabs us = new UsLabs(market);
        us.initialize(before);
        Labs mexico = new Labs(market);
        mexico.initialize(before);
        double[][] out = new double[3][months];
        for (int t = 0; t < months; t++) {
            YearMonth month = YearMonth.of(1995, 1).plusMonths(t);
            SmallWorld w = (month.getYear() >= 2002 ? after : before).at(month);
            market.month(w);
            double demand = market.baselineDemand(plaza.world.Drug.METH);
            us.month(w);
            mexico.month(w);
            out[0][t] = us.labs();
            out[1][t] = mexico.made();
            out[2][t] = p.get(SupplyParameters.US_LAB_SHARE) * demand * UsLabs.spread(month, p.get(SupplyParameters.US_METH_GROWTH), 1999);
        }
        return out;
    }

    private static double year(double[] monthly, int year) {
        double sum = 0;
        for (int m = 0; m < 12; m++) {
            sum += monthly[(year - 1995) * 12 + m];
        }
        return sum;
    }

    @Test
    void usLabSeizuresGrowEachYearTo1999AndHold() {
        ParameterValues p = Runs.baseline();
        double[] labs = run(p, 0, 96)[0];
        for (int y = 1996; y <= 1999; y++) {
            double growth = year(labs, y) / year(labs, y - 1);
            assertEquals(1.504, growth, 0.02, "growth " + (y - 1) + "-" + y);
        }
        double ratio = year(labs, 1999) / year(labs, 1995);
        assertTrue(ratio > 4.9 && ratio < 5.3, "1999/1995 about 1.504^4 = 5.1: " + ratio);
        assertEquals(year(labs, 2000), year(labs, 2001), year(labs, 2000) * 0.005, "the spread is over after 1999");
        double seized1999 = year(labs, 1999) * p.get(SupplyParameters.LAB_SEIZURE);
        assertTrue(seized1999 > 1000, "DEA seizures in 1999 are the U.S. labs' (the small world's demand is the full run's): " + seized1999);

        double[] longer = run(p.with(SupplyParameters.US_METH_GROWTH_END, 2001), 0, 96)[0];
        for (int y = 1995; y <= 1999; y++) {
            assertEquals(year(labs, y), year(longer, y), 1e-9 * year(labs, y), "a later end year leaves " + y + " as it was");
        }
        assertEquals(1.504 * 1.504, year(longer, 2002) / year(labs, 2002), 0.01, "and adds two years of growth");
    }

    @Test
    void aMexicanControlLeavesUsLabsAlone() {
        ParameterValues p = Runs.baseline();
        double[] none = run(p, 0, 96)[0];
        double[][] mexican = run(p, p.with(SupplyParameters.PRECURSOR_CONTROL, 0.5), 96);
        assertTrue(mexican[1][84] < 0.6 * run(p, 0, 96)[1][84], "the Mexican control cuts Mexican labs in January 2002");
        assertEquals(none[95], mexican[0][95], none[95] * 1e-9, "U.S. labs follow baseline demand, not Mexican supply");
    }

    @Test
    void aUsControlMovesProductionToMexicanLabsAfterTheLag() {
        ParameterValues p = Runs.baseline().with(SupplyParameters.PRECURSOR_ADAPTATION, 12).with(SupplyParameters.LAB_RELOCATION, 0.5);
        int jan2002 = 7 * 12;
        int months = jan2002 + 49;
        double[][] none = run(p, 0, months);
        double[][] control = run(p, 0.5, months);
        double before = none[0][jan2002];
        assertEquals(0.5, control[0][jan2002] / before, 0.01, "the control halves U.S. labs in its first month");
        double late = control[0][jan2002 + 48] / none[0][jan2002 + 48];
        assertEquals(0.746, late, 0.01, "after four time constants a quarter of U.S. lab output has moved: " + late);
        double moved = (control[1][jan2002 + 48] - none[1][jan2002 + 48]) / none[2][jan2002 + 48];
        assertTrue(moved > 0.24 && moved < 0.3, "Mexican labs make the moved quarter (a little more for the expected loss en route): " + moved);

        ParameterValues stay = p.with(SupplyParameters.LAB_RELOCATION, 0);
        double[][] stayNone = run(stay, 0, months);
        double[][] stayControl = run(stay, 0.5, months);
        assertEquals(0.992, stayControl[0][jan2002 + 48] / stayNone[0][jan2002 + 48], 0.01, "no relocation: U.S. labs adapt in place");
        assertEquals(stayNone[1][jan2002 + 48], stayControl[1][jan2002 + 48], stayNone[1][jan2002 + 48] * 1e-9, "no relocation: Mexican output unchanged");
    }
}
