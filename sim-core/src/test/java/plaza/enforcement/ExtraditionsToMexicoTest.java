package plaza.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.output.Metric;
import plaza.params.IntelligenceParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;

/**
 * Extraditions from the U.S. to Mexico on the small world. In 1995-2000 the expected deliveries
 * are 86 over the six years (002:64); twice the capacity doubles them; the 2007 cooperation
 * (index 1 against 0.1216) raises them by 0.1216^-0.668 = x4.09. The drawn counts: 72 months x
 * 20 seeds of a Poisson with mean 1.19 sum to about 1,720 (sd 41); the checks allow 4 sd
 * (false alarm about 1 in 16,000 each), and paired draws (one uniform a month, monotone in the
 * mean) never give fewer deliveries with more capacity.
 */
class ExtraditionsToMexicoTest {

    private static SmallWorld world(ParameterValues p, YearMonth month, long seed) {
        return new SmallWorld(p.at(month), seed, 100).at(month);
    }

    private static ParameterValues twiceTheCapacity(ParameterValues p) {
        return p.with(IntelligenceParameters.TREATY_CAPACITY_TO_MEXICO, 2 * p.get(IntelligenceParameters.TREATY_CAPACITY_TO_MEXICO));
    }

    private static double delivered(ParameterValues p, long seed) {
        // the levers' values of 1997 hold through 1995-2000 (the 1995-2000 cooperation path is flat)
        SmallWorld w = world(p, YearMonth.of(1997, 1), seed);
        ExtraditionsToMexico x = new ExtraditionsToMexico(new JusticeFixture(w).cooperation);
        double sum = 0;
        for (int t = 0; t < 72; t++) {
            w.at(YearMonth.of(1995, 1).plusMonths(t));
            w.world().beginMonth();
            x.month(w);
            sum += w.tally().get(Metric.EXTRADITIONS_TO_MEXICO);
        }
        return sum;
    }

    @Test
    void expectedDeliveriesFollowCapacityAndCooperation() {
        ParameterValues p = Runs.baseline();
        YearMonth y1997 = YearMonth.of(1997, 1);
        SmallWorld w = world(p, y1997, 1);
        double base = new ExtraditionsToMexico(new JusticeFixture(w).cooperation).expected(w);
        assertEquals(86.0, base * 72, 0.5, "86 delivered in 1995-2000 (002:64)");
        ParameterValues twice = twiceTheCapacity(p);
        SmallWorld w2 = world(twice, y1997, 1);
        assertEquals(2 * base, new ExtraditionsToMexico(new JusticeFixture(w2).cooperation).expected(w2), 1e-9, "twice the capacity");
        SmallWorld w2007 = world(p, YearMonth.of(2007, 6), 1);
        double after = new ExtraditionsToMexico(new JusticeFixture(w2007).cooperation).expected(w2007);
        assertEquals(Math.pow(0.1216, -0.668), after / base, 0.01, "cooperation 1 after the breakthrough against 0.1216");
    }

    @Test
    void moreCapacityDeliversMoreFugitives() {
        ParameterValues p = Runs.baseline();
        ParameterValues twice = twiceTheCapacity(p);
        double base = 0;
        double more = 0;
        for (long seed = 1; seed <= 20; seed++) {
            double a = delivered(p, seed);
            double b = delivered(twice, seed);
            assertTrue(b >= a, "paired draws: seed " + seed + " " + a + " -> " + b);
            base += a;
            more += b;
        }
        assertEquals(20 * 86.0, base, 4 * Math.sqrt(20 * 86.0), "1995-2000 deliveries over 20 seeds");
        assertEquals(2 * 20 * 86.0, more, 4 * Math.sqrt(2 * 20 * 86.0), "twice the capacity");
    }
}
