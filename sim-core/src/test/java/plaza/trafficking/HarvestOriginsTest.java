package plaza.trafficking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.Metric;
import plaza.output.PlazaRow;
import plaza.output.RunListener;
import plaza.params.ParameterValues;
import plaza.params.SupplyParameters;
import plaza.testing.Runs;
import plaza.world.Drug;

/**
 * Full runs, 1995-1999, seeds 1-3 with common random numbers: marijuana and heroin start their
 * route where they are harvested. Giving Sinaloa four times the weight of each other growing state
 * (4/9 of the marijuana, half of the poppy) raises the tons passing its production-zone plaza
 * (sierra_sinaloa) in 1999 and leaves the national tons shipped and eradicated as they were. The
 * production zones' columns of plazas.csv add up to the national outputs every month. The effect is many times the
 * difference between seeds, so the 30% threshold has no false alarms over these seeds (the runs
 * are deterministic given the seed).
 */
class HarvestOriginsTest {

    /** 1999 totals of a run: Sinaloa's tons through and marijuana produced, the nation's shipped and eradicated. */
    private static double[] run(ParameterValues p, long seed) {
        double[] out = new double[4];
        double[] mismatch = new double[1];
        RunListener l = new RunListener() {
            private double nationalMarijuana;

            @Override
            public void month(YearMonth month, double[] values) { }

            @Override
            public void spinUpPlazas(YearMonth month, List<PlazaRow> rows) {
                double statesMarijuana = 0;
                for (PlazaRow r : rows) {
                    statesMarijuana += r.fields().tonsMarijuana();
                    if (month.getYear() == 1999 && r.plaza().equals("sierra_sinaloa")) {
                        out[0] += r.tonsThrough();
                        out[1] += r.fields().tonsMarijuana();
                    }
                }
                mismatch[0] = Math.max(mismatch[0], Math.abs(nationalMarijuana - statesMarijuana));
            }

            @Override
            public void spinUpMonth(YearMonth month, double[] values) {
                if (month.getYear() == 1999) {
                    out[2] += values[Metric.TONS_SHIPPED.ordinal()];
                    out[3] += values[Metric.HECTARES_ERADICATED_MARIJUANA.ordinal()];
                }
                nationalMarijuana = values[Metric.TONS_PRODUCED_MARIJUANA.ordinal()]; // the month's row comes before its plaza rows
            }
        };
        PlazaModel.run(new RunConfig("test", p, seed, RunConfig.OUTPUT_START, 100), l);
        assertEquals(0, mismatch[0], 1e-6, "the production zones' marijuana adds up to the national output");
        return out;
    }

    @Test
    void tonsLeaveFromWhereTheyAreHarvested() {
        ParameterValues base = Runs.baseline();
        ParameterValues sinaloa = base.with(SupplyParameters.cultivationWeight(Drug.MARIJUANA, "SIN"), 4)
                .with(SupplyParameters.cultivationWeight(Drug.HEROIN, "SIN"), 4);
        double[] b = new double[4];
        double[] s = new double[4];
        for (long seed = 1; seed <= 3; seed++) {
            double[] rb = run(base, seed);
            double[] rs = run(sinaloa, seed);
            for (int i = 0; i < 4; i++) {
                b[i] += rb[i];
                s[i] += rs[i];
            }
        }
        assertEquals(4.0 / 9 / (1.0 / 6), s[1] / b[1], 0.02, "Sinaloa's marijuana harvest follows its weight");
        assertTrue(s[0] > 1.3 * b[0], "more tons pass Sinaloa's production zone: " + b[0] + " -> " + s[0]);
        assertEquals(b[2], s[2], 0.05 * b[2], "national tons shipped hardly move");
        assertEquals(b[3], s[3], 1e-6 * b[3], "national eradication does not depend on the shares");
    }
}
