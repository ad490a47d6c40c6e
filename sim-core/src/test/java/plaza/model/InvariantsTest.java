package plaza.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.core.MoneyLedger;
import plaza.core.MonthTally;
import plaza.output.Metric;
import plaza.params.ParameterValues;
import plaza.testing.Runs;

/**
 * Invariants over many seeds, checked every month (spin-up included): no NaN or infinite output, no
 * negative stock or flow, tons conserved (initial stock + shipped = seized + delivered + in
 * transit) and money conserved (money in = money out + change in organizations' cash, in total and
 * month by month from the ledger's transfers).
 */
class InvariantsTest {

    @Test
    void invariantsHoldEveryMonthForManySeeds() {
        ParameterValues p = Runs.baseline();
        for (long seed = 1; seed <= 12; seed++) {
            PlazaModel m = new PlazaModel(new RunConfig("inv", p, seed, YearMonth.of(2011, 12), 200), (mo, v) -> { });
            m.start();
            double cash = cash(m);
            while (m.stepMonth()) {
                cash = check(m, seed, cash);
            }
            check(m, seed, cash);
        }
    }

    private static double cash(PlazaModel m) {
        double cash = 0;
        for (TraffickingOrganization o : m.organizations()) {
            cash += o.cash();
        }
        return cash;
    }

    /** Checks the month just recorded; returns the organizations' cash at its end. */
    private static double check(PlazaModel m, long seed, double cashBefore) {
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
            assertTrue(z.corruption() >= 0 && z.corruption() <= 1, where + ": corruption in " + z.id());
        }
        MonthTally t = m.tally();
        double in = t.initialStockTons() + t.tonsShippedTotal();
        double out = t.tonsSeizedTotal() + t.tonsDeliveredTotal() + m.registry().trafficking().tonsInTransit();
        assertEquals(in, out, 1e-9 * in, where + ": tons not conserved");
        double cash = cash(m);
        MoneyLedger ledger = m.world().ledger();
        double change = cash - ledger.total(MoneyLedger.Reason.OPENING_CASH);
        assertEquals(ledger.moneyIn() - ledger.moneyOut(), change, 1e-9 * ledger.moneyIn(), where + ": money not conserved");
        // the month's transfers, each recorded once, account for the month's change in cash
        double net = 0;
        for (MoneyLedger.Transfer x : ledger.transfersThisMonth()) {
            assertTrue(x.usd() >= 0, where + ": negative transfer " + x);
            net += x.reason().inflow() ? x.usd() : -x.usd();
        }
        assertEquals(cash - cashBefore, net, 1e-9 * Math.max(cash, cashBefore), where + ": month's transfers do not match the change in cash");
        return cash;
    }
}
