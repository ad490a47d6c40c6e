package plaza.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.output.Metric;
import plaza.params.ParameterValues;
import plaza.testing.Runs;

/**
 * Invariants over many seeds, checked every month (spin-up included): no NaN or infinite output, no
 * negative stock or flow, tons conserved (initial stock + shipped = seized + delivered + in
 * transit) and money conserved (money in = money out + change in organizations' cash).
 */
class InvariantsTest {

    @Test
    void invariantsHoldEveryMonthForManySeeds() {
        ParameterValues p = Runs.baseline();
        for (long seed = 1; seed <= 12; seed++) {
            PlazaModel m = new PlazaModel(new RunConfig("inv", p, seed, YearMonth.of(2011, 12), 200), (mo, v) -> { });
            m.start();
            while (m.stepMonth()) {
                check(m, seed);
            }
            check(m, seed);
        }
    }

    private static void check(PlazaModel m, long seed) {
        String where = "seed " + seed + ", " + m.month().minusMonths(1);
        double[] row = m.lastRow();
        for (Metric metric : Metric.values()) {
            double v = row[metric.ordinal()];
            assertFalse(Double.isNaN(v) || Double.isInfinite(v), where + ": " + metric.column() + " = " + v);
            assertTrue(v >= 0, where + ": " + metric.column() + " negative: " + v);
        }
        for (TraffickingOrganization o : m.organizations()) {
            assertTrue(o.cash() >= 0 && o.arsenal() >= 0 && o.members() >= 0, where + ": negative stock in " + o);
            assertTrue(o.cohesion() >= 0 && o.cohesion() <= 1, where + ": cohesion out of [0,1] in " + o);
        }
        for (Plaza z : m.plazas()) {
            assertTrue(z.corruption() >= 0 && z.corruption() <= 1, where + ": corruption in " + z.code());
        }
        MonthTally t = m.tally();
        double in = t.initialStockTons() + t.tonsShippedTotal();
        double out = t.tonsSeizedTotal() + t.tonsDeliveredTotal() + m.registry().trafficking().tonsInTransit();
        assertEquals(in, out, 1e-9 * in, where + ": tons not conserved");
        double cash = 0;
        for (TraffickingOrganization o : m.organizations()) {
            cash += o.cash();
        }
        double change = cash - m.registry().finance().initialCash();
        assertEquals(t.moneyInTotal() - t.moneyOutTotal(), change, 1e-9 * t.moneyInTotal(), where + ": money not conserved");
    }
}
