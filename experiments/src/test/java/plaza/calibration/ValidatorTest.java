package plaza.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

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
}
