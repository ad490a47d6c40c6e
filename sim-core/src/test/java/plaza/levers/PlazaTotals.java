package plaza.levers;

import java.time.YearMonth;

import plaza.agents.BorderCrossing;
import plaza.agents.Plaza;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.Metric;
import plaza.params.ParameterValues;

/**
 * One run's totals by state over 2008-2012, summed over each state's plazas (homicides, contested
 * plaza-months, mean stake, tons delivered through the crossings of each state) and a few national totals, for the tests of
 * targeted levers whose effects are local.
 */
final class PlazaTotals {

    static final int FROM = 2008;
    static final YearMonth UNTIL = YearMonth.of(2012, 12);

    final double[] homicides = new double[32];
    final double[] contestedMonths = new double[32];
    final double[] stake = new double[32];
    final double[] crossingTons = new double[32];
    double tonsCentralAmerica;
    double tonsTransitZone;
    double homicidesTransitZone;
    double delayCost;
    double tonsSeized;

    private record Key(ParameterValues values, long seed) {}

    /** Runs are pure functions of their key, so the tests share them (the baseline's above all). */
    private static final java.util.Map<Key, PlazaTotals> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static PlazaTotals run(ParameterValues p, long seed) {
        return CACHE.computeIfAbsent(new Key(p, seed), k -> compute(k.values(), k.seed()));
    }

    private static PlazaTotals compute(ParameterValues p, long seed) {
        PlazaTotals t = new PlazaTotals();
        PlazaModel m = new PlazaModel(new RunConfig("x", p, seed, UNTIL, LeverRuns.SCALE), (mo, v) -> {
            if (mo.getYear() >= FROM) {
                t.tonsCentralAmerica += v[Metric.TONS_CENTRAL_AMERICA.ordinal()];
                t.tonsTransitZone += v[Metric.TONS_TRANSIT_ZONE.ordinal()];
                t.homicidesTransitZone += v[Metric.HOMICIDES_TRANSIT_ZONE.ordinal()];
                t.delayCost += v[Metric.TRADE_DELAY_COST_USD.ordinal()];
                t.tonsSeized += v[Metric.TONS_SEIZED.ordinal()];
            }
        });
        m.start();
        while (m.stepMonth()) {
            if (m.month().minusMonths(1).getYear() < FROM) {
                continue;
            }
            for (Plaza z : m.plazas()) {
                t.homicides[z.stateIndex()] += z.homicidesThisMonth();
                t.contestedMonths[z.stateIndex()] += z.contested() ? 1 : 0;
                t.stake[z.stateIndex()] += z.value() / 60;
            }
            for (BorderCrossing c : m.crossings()) {
                t.crossingTons[m.plazas().get(c.plaza()).stateIndex()] += c.tonsDelivered();
            }
        }
        return t;
    }

    static double sum(double[] a, int... at) {
        double s = 0;
        for (int i : at) {
            s += a[i];
        }
        return s;
    }

    /** Mean over seeds 1..n of an outcome of these values' runs. */
    static double mean(ParameterValues p, int n, java.util.function.ToDoubleFunction<PlazaTotals> outcome) {
        double s = 0;
        for (long seed = 1; seed <= n; seed++) {
            s += outcome.applyAsDouble(run(p, seed)) / n;
        }
        return s;
    }

    /** Paired t statistic of variant - baseline over seeds 1..n (common random numbers). */
    static double pairedT(ParameterValues variant, int n, java.util.function.ToDoubleFunction<PlazaTotals> outcome) {
        double[] d = new double[n];
        for (int s = 0; s < n; s++) {
            d[s] = outcome.applyAsDouble(run(variant, s + 1)) - outcome.applyAsDouble(run(LeverRuns.baseline(), s + 1));
        }
        return LeverRuns.pairedT(d);
    }
}
