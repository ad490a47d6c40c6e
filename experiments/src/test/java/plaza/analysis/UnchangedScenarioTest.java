package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.batch.BatchRunner;
import plaza.batch.BatchSpec;
import plaza.batch.ExperimentDefinition;
import plaza.output.Metric;
import plaza.params.InputException;
import plaza.scenario.ScenarioLibrary;

/**
 * A scenario whose runs equal the baseline's over the compared months (its levers act later, as the
 * 2025 tariff scenarios in runs that stop before 2025) is left out of the comparison, named in the
 * report and kept out of the false-discovery family.
 */
class UnchangedScenarioTest {

    @TempDir
    Path tmp;

    @Test
    void aScenarioIdenticalToTheBaselineIsLeftOutAndNamed() throws IOException {
        List<Synthetic.Run> runs = new ArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            double[] base = new double[24];
            double[] policy = new double[24];
            for (int t = 0; t < 24; t++) {
                base[t] = 100 + 7 * seed + (t * seed) % 5;
                policy[t] = base[t] - 10 - seed;
            }
            runs.add(run("baseline", seed, base));
            runs.add(run("later-policy", seed, base.clone()));
            runs.add(run("policy", seed, policy));
        }
        Path dir = Synthetic.batch(tmp.resolve("b"), runs, false);
        Comparison c = Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES), List.of()));
        assertEquals(List.of("later-policy"), c.unchanged());
        assertEquals(List.of("policy"), c.scenarios());
        assertEquals(1, c.contrasts().size(), "one period, one metric, one scenario: the family holds only real comparisons");
        c.write(dir);
        String report = Files.readString(dir.resolve("report.md"));
        assertTrue(report.contains("**Left out: later-policy.** Every run of this scenario is identical to the baseline run with the same seed"), report);
        assertTrue(report.contains("This report makes 1 comparisons"), report);
        assertFalse(report.contains("## later-policy against baseline"), report);
        String csv = Files.readString(dir.resolve("comparison.csv"));
        assertFalse(csv.contains("later-policy"), csv);
    }

    @Test
    void theTariffScenariosChangeNothingBefore2025AndAreNamed() {
        ExperimentDefinition def = new ExperimentDefinition().name("tariff")
                .scenarios(List.of("baseline", "tariff-pressure-2025", "tariff-pressure-2025-no-batch"))
                .replications(2).until(YearMonth.of(2008, 6)).scale(1000);
        ScenarioLibrary library = new ScenarioLibrary(Path.of("..", "scenarios"));
        Path dir = tmp.resolve("tariff");
        new BatchRunner().progress(new PrintStream(new ByteArrayOutputStream()), false, 60_000)
                .execute(BatchSpec.resolve(def, library), dir, 1, true);
        InputException e = assertThrows(InputException.class, () -> Comparison.of(List.of(dir), Comparison.Options.defaults()));
        assertTrue(e.getMessage().contains("every run of tariff-pressure-2025, tariff-pressure-2025-no-batch is identical to the baseline run"),
                e.getMessage());
        assertTrue(e.getMessage().contains("from 2007-01 to 2008-06"), e.getMessage());
    }

    private static Synthetic.Run run(String scenario, int seed, double[] homicides) {
        Map<String, double[]> v = new LinkedHashMap<>();
        v.put("homicides", homicides);
        return new Synthetic.Run(scenario + "-" + seed, scenario, seed, seed, YearMonth.of(2007, 1), v);
    }
}
