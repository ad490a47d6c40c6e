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

/** Reciprocity (001:608-611): U.S. action on guns and money raises cooperation, hence extraditions. */
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
     * Extraditions 2011-2016 rise with reciprocity, summed over 6 seed pairs with common random
     * numbers. Extraditions are counts of a few hundred a year, so the expected rise (about the
     * reciprocity gain, 20%) is several standard errors of the paired sum.
     */
    @Test
    void reciprocityRaisesExtraditions() {
        ParameterValues base = Runs.baseline();
        ParameterValues action = reciprocal(base);
        double before = 0;
        double after = 0;
        for (long seed = 1; seed <= 6; seed++) {
            var a = Runs.rows(base, seed, YearMonth.of(2016, 12), 100);
            var b = Runs.rows(action, seed, YearMonth.of(2016, 12), 100);
            for (int y = 2011; y <= 2016; y++) {
                before += Runs.yearTotal(a, Metric.EXTRADITIONS, y);
                after += Runs.yearTotal(b, Metric.EXTRADITIONS, y);
            }
        }
        assertTrue(after > before * 1.08, "extraditions 2011-2016: " + before + " -> " + after);
    }
}
