package plaza.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import plaza.agents.TraffickingOrganization;
import plaza.core.MoneyLedger;
import plaza.core.MoneyLedger.Reason;
import plaza.output.Metric;
import plaza.params.MarketParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.world.Drug;

/**
 * Organization finance on the small world: bribes are the bribe share of net revenue (drug sales
 * less cash seized southbound, plus extortion), every dollar is in the ledger, and an organization
 * whose territory earns less from drugs extorts more (predation).
 */
class OrganizationFinanceTest {

    private static final double SALES = 20e6;

    private static SmallWorld world(ParameterValues p) {
        SmallWorld w = new SmallWorld(p, 7, 100).staffBoth();
        w.world().beginMonth();
        return w;
    }

    @Test
    void bribesAreTheBribeShareOfNetRevenueAndTheLedgerBalances() {
        ParameterValues p = Runs.baseline();
        SmallWorld w = world(p);
        FinanceFixture f = new FinanceFixture(w);
        MoneyLedger ledger = w.world().ledger();
        double opening = ledger.total(Reason.OPENING_CASH);
        ledger.sellDrugs(w.north, Drug.COCAINE, SALES);
        f.finance.month(w);
        double seized = SALES * f.financialIntelligence.cashSeizureShare(w);
        double net = SALES - seized + w.north.extortionRevenue();
        assertEquals(net, w.north.netRevenue(), 1e-6);
        assertEquals(p.get(OrganizationParameters.BRIBE_SHARE) * net, w.north.bribes(), 1e-6, "bribe share of net revenue");
        assertEquals(w.north.bribes() + w.south.bribes(), w.tally().get(Metric.BRIBES_USD), 1e-6);
        double cash = 0;
        for (TraffickingOrganization o : w.organizations()) {
            cash += o.cash();
        }
        assertEquals(opening + ledger.moneyIn() - ledger.moneyOut(), cash, 1e-6 * opening, "ledger balances");
        assertTrue(ledger.total(Reason.WAGES) > 0 && ledger.total(Reason.ARMS) > 0);
    }

    @Test
    void lessDrugIncomeMeansMoreExtortion() {
        ParameterValues p = Runs.baseline();
        // North first earns two thirds of the 2005 monthly gross revenue, then a quarter of that:
        // the first month sets the best it knows, the second is a loss, so it preys
        double reference = MarketParameters.monthlyRevenueUsd(p) * 2 / 3;
        SmallWorld w = world(p);
        FinanceFixture f = new FinanceFixture(w);
        w.world().ledger().sellDrugs(w.north, Drug.COCAINE, reference);
        f.finance.month(w);
        assertEquals(0, w.north.predation(), 1e-9, "no predation at the best income known");
        double before = w.north.extortionRevenue();
        w.world().beginMonth();
        w.world().ledger().sellDrugs(w.north, Drug.COCAINE, reference / 4);
        f.finance.month(w);
        assertTrue(w.north.predation() > 0.5, "predation rises when drug income falls: " + w.north.predation());
        assertTrue(w.north.extortionRevenue() > before, "and so does extortion");
    }
}
