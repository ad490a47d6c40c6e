package plaza.markets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.markets.Crops.Crop;
import plaza.params.ParameterValues;
import plaza.params.SupplyParameters;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;

/**
 * Crops on the small world (deterministic: no draws). An eradication push (personnel doubled from
 * month 13) cuts the hectares harvested; replanting makes the dip smaller; growers learn and the
 * harvest recovers to what demand needs. Without the push the harvest holds at the need.
 */
class CropsTest {

    /** Hectares of marijuana harvested each month for 60 months, the push (if any) from month 13. */
    private static double[] harvests(ParameterValues p, double push) {
        SmallWorld before = new SmallWorld(p, 1, 100).at(YearMonth.of(1995, 1));
        SmallWorld after = new SmallWorld(p.with(SupplyParameters.ERADICATION_PERSONNEL,
                p.get(SupplyParameters.ERADICATION_PERSONNEL) * push), 1, 100).at(YearMonth.of(1995, 1));
        DrugMarket market = new DrugMarket();
        market.initialize(before);
        Crops crops = new Crops(market);
        crops.initialize(before);
        double[] h = new double[60];
        for (int t = 0; t < 60; t++) {
            SmallWorld w = t < 12 ? before : after;
            market.month(w);
            crops.month(w);
            h[t] = crops.harvested(Crop.MARIJUANA);
        }
        return h;
    }

    @Test
    void eradicationPushCutsTheHarvestLessWithReplantingAndGrowersRecover() {
        ParameterValues base = Runs.baseline();
        double[] steady = harvests(base, 1);
        double[] push = harvests(base, 2);
        double[] noReplant = harvests(base.with(SupplyParameters.REPLANTING, 0), 2);
        double need = steady[11];
        assertEquals(need, steady[40], need * 0.01, "without a push the harvest holds");
        double dip = need - min(push, 12, 24);
        double dipNoReplant = need - min(noReplant, 12, 24);
        assertTrue(dip > 0.05 * need, "doubling eradication cuts the harvest by more than 5%: " + dip / need);
        assertTrue(dipNoReplant > 1.2 * dip, "replanting softens the dip: " + dip / need + " vs " + dipNoReplant / need);
        assertEquals(need, push[59], need * 0.03, "growers adapt and the harvest recovers");
    }

    private static double min(double[] v, int from, int to) {
        double m = Double.MAX_VALUE;
        for (int i = from; i < to; i++) {
            m = Math.min(m, v[i]);
        }
        return m;
    }
}
