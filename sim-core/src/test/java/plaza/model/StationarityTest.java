package plaza.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import plaza.output.Metric;
import plaza.params.IntelligenceParameters;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;
import plaza.params.Schedule;
import plaza.testing.AnnualTotals;
import plaza.testing.Runs;

/**
 * No drift without a cause: with every lever held at its December 2012 value from January 2013 on
 * (and no 2025 extradition batch, a policy event after 2012), the baseline run to 2030 settles into
 * a stationary regime. Over 10 seeds at the default scale (100 people per agent) the log-linear
 * trend of the seed mean over 2016-2030 is within +-3% a year for arrests, extraditions, members,
 * enforcers, homicides and each drug's price. The seed mean of ten 15-year series has a trend
 * standard error well under 1%/year for the flows and stocks tested, so a stationary model fails
 * this check rarely (no failure in the seeds tried); a model that drifts as the old one did
 * (arrests +13%/year 2010-2020) fails it every time.
 */
class StationarityTest {

    static final int SEEDS = 10;
    static final double LIMIT = 0.03;

    /** Every lever with a path follows it to December 2012 and holds that value from January 2013. */
    static ParameterValues frozenAfter2012(ParameterValues p) {
        ParameterValues.Builder b = p.toBuilder();
        YearMonth last = YearMonth.of(2012, 12);
        for (Parameter q : ParameterCatalog.all()) {
            Schedule s = p.path(q);
            if (q.role() != Parameter.Role.LEVER || s == null) {
                continue;
            }
            Schedule held = new Schedule(Schedule.Mode.STEP, Double.NaN,
                    List.of(new Schedule.Point(YearMonth.of(2013, 1), s.valueAt(last), "held at 2012: "))).over(s);
            b.set(q, held, "held at 2012: ");
        }
        b.set(IntelligenceParameters.BATCH_SIZE, 0, "no batch: ");
        return b.build();
    }

    /** Yearly log-linear trend (share per year) of a series of yearly values. */
    static double trend(double[] y) {
        int n = y.length;
        double mx = (n - 1) / 2.0;
        double my = 0;
        for (double v : y) {
            my += Math.log(Math.max(v, 1e-9));
        }
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - mx) * (Math.log(Math.max(y[i], 1e-9)) - my);
            sxx += (i - mx) * (i - mx);
        }
        return Math.expm1(sxy / sxx);
    }

    @Test
    void withLeversHeldAt2012TheRegimeIsStationary() {
        ParameterValues p = frozenAfter2012(Runs.baseline());
        Metric[] flows = {Metric.ARRESTS, Metric.EXTRADITIONS, Metric.HOMICIDES};
        Metric[] stocks = {Metric.MEMBERS, Metric.ENFORCERS, Metric.PRICE_INDEX_MARIJUANA, Metric.PRICE_INDEX_COCAINE,
                Metric.PRICE_INDEX_HEROIN, Metric.PRICE_INDEX_METH};
        int from = 2016;
        int to = 2030;
        List<Metric> all = new ArrayList<>(List.of(flows));
        all.addAll(List.of(stocks));
        double[][] series = new double[all.size()][to - from + 1];
        double[][] early = new double[all.size()][2];
        for (long seed = 1; seed <= SEEDS; seed++) {
            AnnualTotals t = AnnualTotals.run(new RunConfig("stationarity", p, seed, YearMonth.of(to, 12), 100));
            for (int k = 0; k < all.size(); k++) {
                Metric m = all.get(k);
                for (int y = from; y <= to; y++) {
                    series[k][y - from] += (m.isFlow() ? t.sum(m, y) : t.mean(m, y)) / SEEDS;
                }
                early[k][0] += (m.isFlow() ? t.sum(m, 2010) : t.mean(m, 2010)) / SEEDS;
                early[k][1] += (m.isFlow() ? t.sum(m, 2020) : t.mean(m, 2020)) / SEEDS;
            }
        }
        StringBuilder report = new StringBuilder();
        boolean ok = true;
        for (int k = 0; k < all.size(); k++) {
            double g = trend(series[k]);
            report.append(String.format("%s: 2010 %.4g, 2020 %.4g, 2030 %.4g, trend 2016-2030 %+.2f%%/year%n", all.get(k).column(),
                    early[k][0], early[k][1], series[k][to - from], 100 * g));
            ok &= Math.abs(g) <= LIMIT;
        }
        System.out.println(report);
        assertTrue(ok, "trends over 2016-2030 beyond +-3%/year:\n" + report);
    }
}
