package plaza.markets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.markets.Crops.Crop;
import plaza.params.ParameterValues;
import plaza.world.Drug;
import plaza.world.Geography;
import plaza.params.SupplyParameters;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;

/**
 * Crops on the small world (deterministic: no draws, so every check is exact and has no false
 * alarms). An eradication push (personnel doubled from month 13) cuts the hectares harvested;
 * replanting makes the dip smaller; growers learn and the harvest recovers to what demand needs.
 * Without the push the harvest holds at the need. The same holds state by state: a push in one
 * state (eradication.&lt;state&gt;) cuts the harvest there and leaves every other state's fields as
 * they were; cultivation weights move hectares between states, not the national total; the
 * opium gum seized is a fixed share of the poppy harvest.
 */
class CropsTest {

    private static final int MONTHS = 60;
    private static final int SIN = Geography.stateIndex("SIN");
    private static final int DGO = Geography.stateIndex("DGO");

    /** Hectares of marijuana harvested each month for 60 months, the push (if any) from month 13. */
    private static double[] harvests(ParameterValues p, double push) {
        return run(p, p.with(SupplyParameters.ERADICATION_PERSONNEL, p.get(SupplyParameters.ERADICATION_PERSONNEL) * push),
                (crops, t) -> crops.harvested(Crop.MARIJUANA));
    }

    /** A reading of the crops after each of 60 months, with {@code after} in force from month 13. */
    private static double[] run(ParameterValues before, ParameterValues after, java.util.function.ToDoubleBiFunction<Crops, Integer> read) {
        SmallWorld w0 = new SmallWorld(before, 1, 100).at(YearMonth.of(1995, 1));
        SmallWorld w1 = new SmallWorld(after, 1, 100).at(YearMonth.of(1995, 1));
        DrugMarket market = new DrugMarket();
        market.initialize(w0);
        Crops crops = new Crops(market);
        crops.initialize(w0);
        double[] out = new double[MONTHS];
        for (int t = 0; t < MONTHS; t++) {
            SmallWorld w = t < 12 ? w0 : w1;
            market.month(w);
            crops.month(w);
            out[t] = read.applyAsDouble(crops, t);
        }
        return out;
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

    @Test
    void eradicationInOneStateCutsItsHarvestAndNoOtherState() {
        ParameterValues base = Runs.baseline();
        ParameterValues push = base.with(SupplyParameters.eradication("SIN"), 2);
        ParameterValues pushNoReplant = push.with(SupplyParameters.REPLANTING, 0);
        double[] steadySin = run(base, base, (c, t) -> c.harvested(Crop.MARIJUANA, SIN));
        double[] pushSin = run(base, push, (c, t) -> c.harvested(Crop.MARIJUANA, SIN));
        double[] noReplantSin = run(base.with(SupplyParameters.REPLANTING, 0), pushNoReplant, (c, t) -> c.harvested(Crop.MARIJUANA, SIN));
        double need = steadySin[11];
        double dip = need - min(pushSin, 12, 24);
        double dipNoReplant = need - min(noReplantSin, 12, 24);
        assertTrue(dip > 0.05 * need, "doubling eradication in Sinaloa cuts its harvest by more than 5%: " + dip / need);
        assertTrue(dipNoReplant > 1.2 * dip, "replanting softens the dip: " + dip / need + " vs " + dipNoReplant / need);
        assertEquals(need, pushSin[MONTHS - 1], need * 0.03, "Sinaloa's growers adapt and its harvest recovers");
        double[] eradicatedSin = run(base, push, (c, t) -> c.eradicated(Crop.MARIJUANA, SIN));
        assertTrue(eradicatedSin[12] > 1.2 * eradicatedSin[11], "more is eradicated there: " + eradicatedSin[11] + " -> " + eradicatedSin[12]);
        for (int state : new int[] {DGO, Geography.stateIndex("GRO")}) {
            double[] steady = run(base, base, (c, t) -> c.harvested(Crop.MARIJUANA, state));
            double[] pushed = run(base, push, (c, t) -> c.harvested(Crop.MARIJUANA, state));
            double[] poppy = run(base, push, (c, t) -> c.harvested(Crop.POPPY, state));
            double[] poppySteady = run(base, base, (c, t) -> c.harvested(Crop.POPPY, state));
            for (int t = 0; t < MONTHS; t++) {
                assertEquals(steady[t], pushed[t], steady[t] * 1e-12, "marijuana elsewhere is untouched, month " + t);
                assertEquals(poppySteady[t], poppy[t], poppySteady[t] * 1e-12, "poppy elsewhere is untouched, month " + t);
            }
        }
        double[] originSin = run(base, push, (c, t) -> c.originWeight(Drug.MARIJUANA, SIN));
        double[] originDgo = run(base, push, (c, t) -> c.originWeight(Drug.MARIJUANA, DGO));
        assertEquals(1, originSin[11], 1e-9, "equal harvests weigh origins evenly");
        assertTrue(min(originSin, 12, 24) < 0.97 && -min(negate(originDgo), 12, 24) > 1.002,
                "Sinaloa ships less of the marijuana while its harvest is down, Durango more: " + min(originSin, 12, 24));
    }

    @Test
    void cultivationWeightsMoveHectaresBetweenStatesNotTheNationalTotal() {
        ParameterValues base = Runs.baseline();
        ParameterValues heavy = base.with(SupplyParameters.cultivationWeight(Drug.MARIJUANA, "SIN"), 3);
        double[] national = run(base, base, (c, t) -> c.harvested(Crop.MARIJUANA));
        double[] nationalHeavy = run(heavy, heavy, (c, t) -> c.harvested(Crop.MARIJUANA));
        double[] sin = run(heavy, heavy, (c, t) -> c.harvested(Crop.MARIJUANA, SIN) / c.harvested(Crop.MARIJUANA));
        double[] eradicated = run(heavy, heavy, (c, t) -> c.eradicated(Crop.MARIJUANA, SIN) / c.eradicated(Crop.POPPY, SIN));
        for (int t = 0; t < MONTHS; t++) {
            assertEquals(national[t], nationalHeavy[t], national[t] * 1e-9, "the national harvest does not depend on the weights, month " + t);
            assertEquals(3.0 / 8, sin[t], 1e-9, "Sinaloa's weight of 3 against five of 1 gives it 3/8 of the marijuana");
        }
        assertTrue(eradicated[30] > 2, "eradication follows the crop: Sinaloa's marijuana eradication over its poppy's " + eradicated[30]);
    }

    @Test
    void opiumGumSeizedIsAFixedShareOfThePoppyHarvestAndHeroinIsCovered() {
        ParameterValues base = Runs.baseline();
        double perHa = base.get(SupplyParameters.YIELD_HEROIN) * base.get(SupplyParameters.GUM_PER_HEROIN) * base.get(SupplyParameters.GUM_SEIZURE);
        ParameterValues push = base.with(SupplyParameters.ERADICATION_PERSONNEL, 2 * base.get(SupplyParameters.ERADICATION_PERSONNEL));
        double[] gum = run(base, push, (c, t) -> c.gumSeizedKg());
        double[] harvest = run(base, push, (c, t) -> c.harvested(Crop.POPPY));
        for (int t = 0; t < MONTHS; t++) {
            assertEquals(harvest[t] * perHa, gum[t], gum[t] * 1e-9, "gum seized = harvest x yield x gum per kg x share, month " + t);
        }
        assertTrue(min(gum, 12, 24) < 0.97 * gum[11], "gum seizures fall with the poppy harvest: " + min(gum, 12, 24) / gum[11]);
        double share = base.get(SupplyParameters.GUM_SEIZURE);
        ParameterValues doubled = base.with(SupplyParameters.GUM_SEIZURE, 2 * share);
        double[] gum1 = run(base, base, (c, t) -> c.gumSeizedKg());
        double[] gum2 = run(doubled, doubled, (c, t) -> c.gumSeizedKg());
        double[] heroin = run(base, base, (c, t) -> c.produced(Crop.POPPY, Geography.stateIndex("GRO")));
        double[] heroin2 = run(doubled, doubled, (c, t) -> c.produced(Crop.POPPY, Geography.stateIndex("GRO")));
        double expected = (2 * share / (1 - 2 * share)) / (share / (1 - share));
        assertEquals(expected, gum2[40] / gum1[40], 0.02 * expected, "twice the share seizes about twice the gum, growers planting to cover it");
        assertEquals(heroin[40], heroin2[40], heroin[40] * 0.01, "heroin made holds: growers plant to cover the gum seized");
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = -v[i];
        }
        return out;
    }

    private static double min(double[] v, int from, int to) {
        double m = Double.MAX_VALUE;
        for (int i = from; i < to; i++) {
            m = Math.min(m, v[i]);
        }
        return m;
    }
}
