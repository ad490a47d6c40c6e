package plaza.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.params.ParameterValues;
import plaza.scenario.ScenarioLibrary;

/** Validation runs seeds in parallel but its numbers do not depend on the number of threads. */
class ValidatorTest {

    @Test
    void parallelEqualsSequential() {
        List<Target> targets = Targets.load(Path.of("../seeds/targets.csv"));
        ParameterValues baseline = new ScenarioLibrary(Path.of("../scenarios")).load("baseline").values();
        YearMonth until = YearMonth.of(2007, 3);
        Evaluation one;
        Evaluation two;
        try (Validator v = new Validator(targets, 3, until, 100, 1)) {
            one = v.evaluate("baseline", baseline);
        }
        try (Validator v = new Validator(targets, 3, until, 100, 3)) {
            two = v.evaluate("baseline", baseline);
        }
        boolean someEvaluated = false;
        boolean someNot = false;
        for (int t = 0; t < targets.size(); t++) {
            assertArrayEquals(one.values()[t], two.values()[t], targets.get(t).id());
            someEvaluated |= one.evaluated(t) && !targets.get(t).statistic().fromInputs();
            someNot |= !one.evaluated(t);
        }
        assertTrue(someEvaluated, "spin-up and January 2007 targets are evaluated");
        assertTrue(someNot, "targets after March 2007 are not");
        int seedsDiffer = 0;
        for (int t = 0; t < targets.size(); t++) {
            double[] v = one.values()[t];
            seedsDiffer += one.evaluated(t) && (v[0] != v[1] || v[1] != v[2]) ? 1 : 0;
        }
        assertFalse(seedsDiffer == 0, "different seeds give different runs");
    }

    @TempDir
    Path tmp;

    /** On a real run the plazas' homicides add up to the national count, month by month, so the plaza series is the one plazas.csv writes. */
    @Test
    void plazaSeriesAddUpToTheNationalSeries() throws java.io.IOException {
        String all = String.join("+", plaza.world.Geography.STATES.stream().map(st -> "homicides@" + st.code()).toList());
        List<Target> targets = Targets.load(CalibrationTestSupport.table(tmp, "t.csv",
                "plazas,total,\"" + all + "\",2006..2007,0,1,1,u,001:1,n",
                "nation,total,homicides,2006..2007,0,1,1,u,001:1,n",
                "chih,total,homicides@CHIH,2007,0,1,1,u,001:1,n"));
        ParameterValues baseline = new ScenarioLibrary(Path.of("../scenarios")).load("baseline").values();
        try (Validator v = new Validator(targets, 2, YearMonth.of(2007, 12), 100, 2)) {
            Evaluation e = v.evaluate("baseline", baseline);
            assertArrayEquals(e.values()[1], e.values()[0], 1e-9, "sum over plazas = national homicides");
            assertTrue(e.values()[1][0] > 0 && e.values()[2][0] > 0 && e.values()[2][0] < e.values()[1][0],
                    "Chihuahua has some of the homicides: " + e.values()[2][0] + " of " + e.values()[1][0]);
        }
    }
}
