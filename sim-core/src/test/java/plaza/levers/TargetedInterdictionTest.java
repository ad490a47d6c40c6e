package plaza.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import plaza.params.ParameterValues;
import plaza.world.CrossingSite;
import plaza.world.Geography;

/**
 * Targeted levers on the full model, 2008-2012, paired seeds (common random numbers). Checks on
 * local outcomes use 60 seeds and a paired t statistic; each states the t this model gives and
 * what a threshold of 1 means: a check whose true effect is that size fails on fresh random
 * streams with the probability stated, and a lever with no effect would pass it about 16% of the
 * time. National flows in the transit zone respond strongly (every seed moves the same way) and
 * are checked on their size over 10 seeds.
 */
class TargetedInterdictionTest {

    private static final int SEEDS = 60;

    private static final int CHIH = Geography.stateIndex("CHIH");

    /** Paired t statistic of variant - baseline over seeds 1..n. */
    private static double pairedT(ParameterValues variant, int n, ToDoubleFunction<PlazaTotals> outcome) {
        return PlazaTotals.pairedT(variant, n, outcome);
    }

    /**
     * The states feeding the other border corridors: their border states and the states of the
     * origins and corridor plazas on routes to their crossings, less any state on a route to Chihuahua's.
     */
    private static int[] feedersOfOtherCorridors() {
        Set<Integer> f = new TreeSet<>();
        Set<Integer> toChihuahua = new TreeSet<>();
        for (CrossingSite c : Geography.CROSSINGS) {
            int border = Geography.siteIndex(c.plazaId());
            boolean chih = Geography.stateIndex(c.stateCode()) == CHIH;
            if (!chih) {
                f.add(Geography.stateIndex(c.stateCode()));
            }
            for (String[] origins : Geography.ORIGINS) {
                for (String o : origins) {
                    int origin = Geography.siteIndex(o);
                    if (!chih) {
                        f.add(Geography.SITES.get(origin).stateIndex());
                    }
                    for (int z : Geography.route(origin, border)) {
                        (chih ? toChihuahua : f).add(Geography.SITES.get(z).stateIndex());
                    }
                }
            }
        }
        f.removeAll(toChihuahua);
        f.remove(CHIH);
        return f.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double share(double[] a, int[] of) {
        double all = 0;
        for (double v : a) {
            all += v;
        }
        return all > 0 ? PlazaTotals.sum(a, of) / all : 0;
    }

    /**
     * Inspection at ten times the national level in Chihuahua: flow through its crossings falls,
     * flow and stakes move to the other corridors, and the plazas that feed them take a larger
     * share of the contests. Measured here with 60 seeds: stake t = 21, contest share t = 3.3 (so
     * the t > 1 check fails with probability about 1% on fresh streams). The contest shift is small:
     * after the predation revision and the alliances, 20 seeds gave t = 0.99 (main: 1.9), so the
     * test now uses 60.
     */
    @Test
    void inspectionAtOneCorridorMovesFlowStakesAndContestsToTheOthers() {
        ParameterValues p = LeverRuns.baselineWith("border.inspection.chih", 10);
        int[] feeders = feedersOfOtherCorridors();
        int[] otherBorders = Geography.borderStates().stream().mapToInt(Integer::intValue).filter(i -> i != CHIH).toArray();
        double here = 0;
        double hereBase = 0;
        double elsewhere = 0;
        double elsewhereBase = 0;
        for (long s = 1; s <= 10; s++) {
            PlazaTotals v = PlazaTotals.run(p, s);
            PlazaTotals b = PlazaTotals.run(LeverRuns.baseline(), s);
            here += v.crossingTons[CHIH];
            hereBase += b.crossingTons[CHIH];
            elsewhere += PlazaTotals.sum(v.crossingTons, otherBorders);
            elsewhereBase += PlazaTotals.sum(b.crossingTons, otherBorders);
        }
        assertTrue(here < 0.7 * hereBase, "Chihuahua's crossings lose flow: " + here + " vs " + hereBase);
        assertTrue(elsewhere > elsewhereBase * 1.03, "other corridors gain flow: " + elsewhere + " vs " + elsewhereBase);
        double stakeT = pairedT(p, SEEDS, t -> PlazaTotals.sum(t.stake, feeders));
        assertTrue(stakeT > 3, "the feeding plazas gain stake: t = " + stakeT);
        double contestT = pairedT(p, SEEDS, t -> share(t.contestedMonths, feeders));
        assertTrue(contestT > 1, "the feeding plazas take more of the contests: t = " + contestT);
    }

    private static double mean(ParameterValues p, int n, ToDoubleFunction<PlazaTotals> outcome) {
        return PlazaTotals.mean(p, n, outcome);
    }

    /**
     * Three times the air and maritime interdiction of 2007 pushes cocaine onto the land route
     * through Central America, and violence there with it (002:120, 001:846-850); regional
     * security support cuts violence there (001:887-896). Measured: +75% tons through Central
     * America, +75% homicides there; -75% homicides with three times the support.
     */
    @Test
    void seaInterdictionPushesFlowAndViolenceSouthAndRegionalSupportCutsIt() {
        ParameterValues base = LeverRuns.baseline();
        ParameterValues sea = LeverRuns.baselineWith("policy.air_maritime_interdiction", 3);
        ParameterValues support = LeverRuns.baselineWith("policy.central_america_security", 3);
        double tons = mean(base, 10, t -> t.tonsCentralAmerica);
        double homicides = mean(base, 10, t -> t.homicidesTransitZone);
        assertTrue(mean(sea, 10, t -> t.tonsCentralAmerica) > 1.3 * tons, "land route gains tons");
        assertTrue(mean(sea, 10, t -> t.homicidesTransitZone) > 1.3 * homicides, "and homicides");
        assertTrue(mean(support, 10, t -> t.homicidesTransitZone) < 0.5 * homicides, "support cuts homicides there");
        assertTrue(mean(base, 10, t -> t.tonsTransitZone) > 0, "cocaine passes the transit zone");
    }

    /**
     * Pressure inside Mexico on the Pacific arrival states (troops in Sinaloa, Michoacan and
     * Guerrero raise enforcement there) pushes cocaine south onto the land route through Central
     * America (001:846-850, 001:355). Underpowered at 20 seeds, not changed: on the city model with
     * war exhaustion and confrontation killings at their own rate, seeds 1-20 give +9.7% and paired
     * t = 1.95 (2026-12-07), the direction right and the size above the 5% asked, but the spread per
     * seed too wide for t &gt; 2; over 60 seeds the same lever gives +11.9% (436 to 487 tons
     * 2008-2012), paired t = 3.9, 40 of 60 pairs up. The test uses those 60 (the baseline's runs are
     * shared with the inspection check above). False alarms: a lever with no effect passes t &gt; 2
     * about 2.5% of the time; with the effect measured, the check fails on fresh streams about 3% of
     * the time (t &lt; 2 when 3.9 is expected), and the 5% size under 1%.
     */
    @Test
    void pressureOnMexicosArrivalStatesPushesCocaineSouth() {
        ParameterValues p = LeverRuns.baselineWith("military.surge.sin", 20000, "military.surge.mich", 20000, "military.surge.gro", 20000, "military.surge.oax", 20000);
        double base = mean(LeverRuns.baseline(), SEEDS, t -> t.tonsCentralAmerica);
        double pressed = mean(p, SEEDS, t -> t.tonsCentralAmerica);
        double t = pairedT(p, SEEDS, x -> x.tonsCentralAmerica);
        assertTrue(pressed > 1.05 * base && t > 2, "Central America carries more: " + pressed + " vs " + base + ", t = " + t);
    }

    /** Trusted-trader lanes avoid their share of the delays and leave inspection, hence every seizure, as it was (001:975-980). */
    @Test
    void trustedTradeLanesCutDelaysAndLeaveInspection() {
        ParameterValues p = LeverRuns.baselineWith("policy.trusted_trade_share", 0.5);
        for (long seed = 1; seed <= 2; seed++) {
            PlazaTotals v = PlazaTotals.run(p, seed);
            PlazaTotals b = PlazaTotals.run(LeverRuns.baseline(), seed);
            assertEquals(0.5 * b.delayCost, v.delayCost, 1e-6 * b.delayCost, "delays halve");
            assertEquals(b.tonsSeized, v.tonsSeized, 0, "seizures unchanged");
        }
    }
}
