package plaza.markets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.params.MarketParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.world.Drug;

/**
 * The market-clearing price rule (staged, {@code market.price_clearing}) on the small world,
 * deterministic (no random draws, so no false alarms): suppliers ship for the month's demand on
 * them and every ton not seized arrives the next month. When the seized share of cocaine jumps from
 * 0.2 to 0.4 (an interdiction doubling), suppliers replace it only as they learn it (6-month lag),
 * so for a while less arrives than the market wants at cost, and the price rises well above the
 * risk premium alone (0.8 / 0.6 = 1.33) before falling back to it; under the integrating rule the
 * same shock moves the price by the risk premium and the first month's surprise only (about 1.5 x). Legal supply shrinking U.S. marijuana demand
 * leaves a glut of what was shipped for the larger market and lowers the price while it ramps up.
 */
class MarketClearingTest {

    private static final int SHOCK = 12;

    /** The cocaine (or marijuana) price index month by month; the seized share is 0.2, then {@code loss} from month 12. */
    private static double[] prices(ParameterValues p, Drug drug, double loss, YearMonth start) {
        SmallWorld w = new SmallWorld(p, 1, 100).at(start);
        DrugMarket market = new DrugMarket();
        market.initialize(w);
        for (Drug d : Drug.values()) {
            w.world().channels().setExpectedLoss(d, 0.2);
        }
        double[] price = new double[72];
        double[] shipped = new double[Drug.values().length];
        for (int t = 0; t < 72; t++) {
            w.at(start.plusMonths(t));
            double l = t < SHOCK ? 0.2 : loss;
            w.world().channels().setExpectedLoss(drug, l);
            market.month(w);
            for (Drug d : Drug.values()) {
                // last month's shipments arrive less the share seized; at the start the pipeline is full
                market.sell(d, t == 0 ? market.demand(d) : shipped[d.ordinal()] * (1 - (d == drug ? l : 0.2)));
                shipped[d.ordinal()] = market.tonsNeeded(d);
            }
            market.settle(w);
            price[t] = market.price(drug);
        }
        return price;
    }

    private static ParameterValues clearing(double weight) {
        return Runs.baseline().with(MarketParameters.CLEARING, weight).with(MarketParameters.SUPPLY_LAG, 6)
                .with(MarketParameters.PRICE_LAG, 2).with(MarketParameters.DEMAND_ELASTICITY, 0.3);
    }

    @Test
    void anInterdictionShockRaisesThePriceAboveTheRiskPremiumUntilSupplyCatchesUp() {
        double[] on = prices(clearing(1), Drug.COCAINE, 0.4, YearMonth.of(2008, 1));
        double[] off = prices(clearing(0), Drug.COCAINE, 0.4, YearMonth.of(2008, 1));
        double[] none = prices(clearing(1), Drug.COCAINE, 0.2, YearMonth.of(2008, 1));
        double before = on[SHOCK - 1];
        assertEquals(1, before, 1e-9, "in balance before the shock, the price is at its start");
        assertEquals(1, none[60], 1e-9, "without a shock nothing moves");
        double peak = 0;
        int when = 0;
        for (int t = SHOCK; t < 72; t++) {
            if (on[t] > peak) {
                peak = on[t];
                when = t - SHOCK;
            }
        }
        System.out.printf("clearing: peak %.3f after %d months, 6 months %.3f, 24 months %.3f, 59 months %.3f; integrating rule %.3f, %.3f%n",
                peak, when, on[SHOCK + 6], on[SHOCK + 24], on[71], off[SHOCK + 6], off[71]);
        // the integrating rule: the risk premium times one month's surprise (shipments sent for a loss
        // of 0.2 lose 0.4: a gap of 0.25, x e^(0.5 x 0.25) = 1.13), kept for good
        assertEquals(0.8 / 0.6 * Math.exp(0.5 * 0.25), off[SHOCK + 6], 0.03, "the integrating rule: risk premium and one surprise");
        assertEquals(off[SHOCK + 6], off[71], 1e-6, "the integrating rule keeps it");
        assertTrue(peak > 1.8 && peak < 3.0, "supply falls short while suppliers learn: the price peaks at 1.8-3.0 x, not 1.33: " + peak);
        assertTrue(when >= 1 && when <= 6, "the peak comes within half a year: " + when);
        assertEquals(0.8 / 0.6, on[71], 0.02, "after eight supply lags the price is back to the risk premium");
    }

    @Test
    void legalSupplyLeavesAGlutThatLowersThePrice() {
        ParameterValues legal = clearing(1).with(MarketParameters.LEGAL_SHARE, 0.5).with(MarketParameters.LEGAL_YEAR, 2009)
                .with(MarketParameters.LEGAL_RAMP, 24);
        double[] on = prices(legal, Drug.MARIJUANA, 0.2, YearMonth.of(2008, 1));
        double[] off = prices(legal.with(MarketParameters.CLEARING, 0), Drug.MARIJUANA, 0.2, YearMonth.of(2008, 1));
        double low = 1;
        for (int t = 12; t < 36; t++) {
            low = Math.min(low, on[t]);
        }
        System.out.printf("legalization: lowest %.3f, after the ramp %.3f; integrating rule %.3f%n", low, on[71], off[30]);
        // the ramp shrinks demand by 0.5 / 24 of its start a month: arrivals exceed it by about 2-4%,
        // and (1.02-1.04)^(-1 / 0.3) is 0.88-0.94
        assertTrue(low < 0.95 && low > 0.8, "the glut lowers the price by 5-20% during the ramp: " + low);
        assertEquals(1, off[30], 1e-9, "the integrating rule does not see it");
        assertEquals(1, on[71], 0.02, "once supply has followed, the price is back");
    }
}
