package plaza.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.Metric;
import plaza.params.BorderParameters;
import plaza.params.GunParameters;
import plaza.params.IntelligenceParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;

/**
 * Reciprocity (001:608-611): U.S. action on guns and money raises cooperation, hence the treaty
 * process's throughput; extraditions rise by the gain where requests outrun the process, and by
 * less where requests are the limit (the baseline).
 */
class CooperationTest {

    private static ParameterValues reciprocal(ParameterValues base) {
        return base.toBuilder()
                .set(GunParameters.CONTROL, 1, "").set(GunParameters.CONTROL_YEAR, 2011, "")
                .set(BorderParameters.AML_INTENSITY, 3, "").set(BorderParameters.AML_YEAR, 2011, "")
                .build();
    }

    @Test
    void fullActionOnGunsAndMoneyRaisesCooperationByTheReciprocityGain() {
        ParameterValues base = Runs.baseline();
        PlazaModel m = new PlazaModel(new RunConfig("c", reciprocal(base), 1, YearMonth.of(2011, 3), 1000), (mo, v) -> { });
        m.start();
        while (m.stepMonth()) {
            // run to March 2011: the month after the last step is April 2011
        }
        assertEquals(1 + base.get(IntelligenceParameters.RECIPROCITY), m.registry().intelligence().cooperation(m), 1e-12);
    }

    /**
     * Where requests outrun the treaty process (three times the fitted request rate, so the backlog
     * never empties in 2011-2016), extraditions are capacity x cooperation and reciprocity raises
     * them by the cooperation ratio itself (read from the runs: 1 + the reciprocity gain, 1.2).
     * Over 6 seed pairs with common random numbers the per-pair ratio has a standard deviation of
     * about 0.008 (20 pairs), so the pooled ratio's is about 0.004 and the tolerance of 0.03 is
     * over 7 of them: a false alarm well under 0.1%.
     */
    @Test
    void whereTheBacklogBindsReciprocityRaisesExtraditionsByItsGain() {
        double expected = assertReciprocityRaisesByItsGainWhereTheBacklogBinds(withRequestRate(Runs.baseline(), 3));
        assertTrue(expected > 1.1, "cooperation ratio " + expected);
    }

    /**
     * Over seed pairs 1-6: the backlog binds all through 2011-2016 (never under three months' throughput),
     * and extraditions 2011-2016 rise by the cooperation ratio, within 0.03; returns that ratio.
     */
    private static double assertReciprocityRaisesByItsGainWhereTheBacklogBinds(ParameterValues base) {
        double[] s = pairedSums(base, reciprocal(base), 6);
        double monthCapacity = base.get(IntelligenceParameters.TREATY_CAPACITY) / 12;
        assertTrue(s[4] > 3 * monthCapacity, "the backlog binds: smallest monthly backlog 2011-2016 " + s[4] + ", mean 2011-2014 " + s[5]);
        double expected = s[3] / s[2];
        assertEquals(expected, s[1] / s[0], 0.03, "extraditions 2011-2016: " + s[0] + " -> " + s[1] + " (cooperation ratio " + expected + ")");
        return expected;
    }

    /**
     * In the baseline the requests (arrests x the fitted 0.0074 per arrest) outrun the fitted treaty
     * capacity (89 a year) from 2008 on, so the backlog binds in 2011-2016 as in the test above without
     * tripling the request rate (mean backlog 2011-2014 about 250 against one month's throughput of 7.5),
     * and reciprocity raises extraditions by the cooperation ratio. The fit on the extraditions of
     * 2006-2007 (000:9, 000:15) does not say which regime holds after 2010: on the fit before major
     * organizations were counted at the border (0.0041 per arrest, 111 a year) requests were the limit
     * and reciprocity added +8%. The ratio's tolerance is the test above's (false alarm well under 0.1%).
     */
    @Test
    void inTheBaselineTheBacklogBindsAndReciprocityRaisesExtraditionsByItsGain() {
        assertReciprocityRaisesByItsGainWhereTheBacklogBinds(Runs.baseline());
    }

    private static ParameterValues withRequestRate(ParameterValues p, double factor) {
        return p.toBuilder().set(IntelligenceParameters.EXTRADITION_RATE, factor * p.get(IntelligenceParameters.EXTRADITION_RATE), "").build();
    }

    /**
     * Over seeds 1..n, 2011-2016: extraditions without and with the action, cooperation index
     * (monthly sum) without and with, the smallest monthly backlog of either run, and the mean
     * monthly backlog of the run without the action in 2011-2014.
     */
    private static double[] pairedSums(ParameterValues base, ParameterValues action, int n) {
        double[] s = {0, 0, 0, 0, Double.MAX_VALUE, 0};
        for (long seed = 1; seed <= n; seed++) {
            var a = Runs.rows(base, seed, YearMonth.of(2016, 12), 100);
            var b = Runs.rows(action, seed, YearMonth.of(2016, 12), 100);
            for (int y = 2011; y <= 2016; y++) {
                s[0] += Runs.yearTotal(a, Metric.EXTRADITIONS, y);
                s[1] += Runs.yearTotal(b, Metric.EXTRADITIONS, y);
                s[2] += Runs.yearTotal(a, Metric.COOPERATION_INDEX, y);
                s[3] += Runs.yearTotal(b, Metric.COOPERATION_INDEX, y);
                if (y <= 2014) {
                    s[5] += Runs.yearTotal(a, Metric.EXTRADITION_BACKLOG, y) / (48.0 * n);
                }
            }
            int from = (2011 - RunConfig.OUTPUT_START.getYear()) * 12;
            for (int i = from; i < from + 72; i++) {
                s[4] = Math.min(s[4], Math.min(a.get(i)[Metric.EXTRADITION_BACKLOG.ordinal()], b.get(i)[Metric.EXTRADITION_BACKLOG.ordinal()]));
            }
        }
        return s;
    }
}
