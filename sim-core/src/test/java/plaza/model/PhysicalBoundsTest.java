package plaza.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.output.Metric;
import plaza.output.RunListener;
import plaza.params.InputException;
import plaza.params.JusticeParameters;
import plaza.params.MilitaryParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;

/** Bounds that hold at every parameter value: no more troops than soldiers, no more convictions than crimes. */
class PhysicalBoundsTest {

    /**
     * Checks every month, 1995-2006 included, that trailing-year convictions do not exceed the crimes
     * of the trailing two years: every arrest is for a crime of the month before and its verdict
     * comes months later, so when crimes fall steeply (2001-2002 in some histories, with offences
     * off so that crimes are homicides only) a year's convictions can exceed that same year's crimes,
     * but not the crimes they come from.
     */
    private static final class TrailingYear implements RunListener {
        private final double[] crimes = new double[24];
        private final double[] convictions = new double[12];
        private int n;
        private final String where;

        TrailingYear(String where) {
            this.where = where;
        }

        @Override
        public void month(YearMonth month, double[] v) {
            crimes[n % 24] = v[Metric.CRIMES.ordinal()];
            convictions[n % 12] = v[Metric.CONVICTIONS.ordinal()];
            n++;
            double c = 0;
            double c12 = 0;
            double k = 0;
            for (int i = 0; i < 24; i++) {
                c += crimes[i];
            }
            for (int i = 0; i < 12; i++) {
                c12 += crimes[(n - 1 - i + 24) % 24];
                k += convictions[i];
            }
            assertTrue(k <= c, where + " " + month + ": " + k + " convictions in the trailing year from " + c + " crimes in two years");
            if (c12 > k) {
                assertTrue(v[Metric.IMPUNITY_RATE.ordinal()] > 0, where + " " + month + ": impunity clamped to 0");
            }
        }

        @Override
        public void spinUpMonth(YearMonth month, double[] values) {
            month(month, values);
        }
    }

    @Test
    void convictionsNeverExceedTheCrimesTheyComeFrom() {
        ParameterValues noOffences = Runs.baseline().with(JusticeParameters.OFFENCES_PER_MEMBER, 0);
        for (long seed = 1; seed <= 3; seed++) {
            PlazaModel.run(new RunConfig("bounds", noOffences, seed, YearMonth.of(2014, 12), 100),
                    new TrailingYear("offences 0, seed " + seed));
        }
        PlazaModel.run(new RunConfig("bounds", Runs.baseline(), 1, YearMonth.of(2012, 12), 100), new TrailingYear("baseline"));
    }

    @Test
    void troopsNeverExceedTheArmedForces() {
        ParameterValues.Builder b = Runs.baseline().toBuilder();
        b.set(MilitaryParameters.TROOPS_2009, 150_000, "");
        b.set(MilitaryParameters.FORCE_SIZE, 60_000, "");
        InputException e = assertThrows(InputException.class, b::build);
        assertTrue(e.getMessage().contains(MilitaryParameters.TROOPS_2009.name())
                && e.getMessage().contains(MilitaryParameters.FORCE_SIZE.name()), e.getMessage());
        ParameterValues all = Runs.baseline().toBuilder().set(MilitaryParameters.TROOPS_2009, 60_000, "")
                .set(MilitaryParameters.FORCE_SIZE, 60_000, "").build();
        PlazaModel.run(new RunConfig("bounds", all, 1, YearMonth.of(2011, 12), 100), (month, v) ->
                assertTrue(v[Metric.TROOPS_DEPLOYED.ordinal()] <= 60_000, month + ": " + v[Metric.TROOPS_DEPLOYED.ordinal()]));
    }
}
