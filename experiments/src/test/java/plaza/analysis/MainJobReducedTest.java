package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.Metric;
import plaza.params.ParameterValues;
import plaza.scenario.ScenarioLibrary;

/**
 * The main job at reduced size: the model runs two scenarios x 3 seeds to 2008-12, the runs are
 * written in the batch format, and {@link Comparison#writeFor} produces the table, charts and report.
 * The second scenario sends no troops; the comparison must find the troop difference (it is the
 * lever itself) with a paired test, since both scenarios share seeds.
 */
class MainJobReducedTest {

    private static final YearMonth UNTIL = YearMonth.of(2008, 12);
    private static final int SEEDS = 3;

    @TempDir
    Path tmp;

    @Test
    void aModelBatchIsComparedEndToEnd() throws IOException {
        ScenarioLibrary library = new ScenarioLibrary(scenariosDir());
        ParameterValues baseline = library.load("baseline").values();
        ParameterValues noTroops = baseline.toBuilder()
                .set("military.troops_deployed_2007", "0", "test: ")
                .set("military.troops_deployed_2009", "0", "test: ").build();
        List<Synthetic.Run> runs = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            runs.add(run("baseline", baseline, seed));
            runs.add(run("no-troops", noTroops, seed));
        }
        Path dir = Synthetic.batch(tmp.resolve("headline"), runs, true);

        Comparison c = Comparison.writeFor(dir);

        assertEquals("baseline", c.baseline());
        assertEquals(List.of("no-troops"), c.scenarios());
        assertEquals(Metrics.HEADLINE, c.metrics());
        assertEquals(List.of(new Period(RunConfig.OUTPUT_START, UNTIL)), c.periods());
        Contrast troops = c.contrast("no-troops", Metric.TROOPS_DEPLOYED, c.mainPeriod());
        assertEquals(Contrast.Test.PAIRED_T, troops.test());
        assertEquals(SEEDS, troops.n());
        assertTrue(troops.distinguishable() && troops.relativePct() < -90, "troops: " + troops);
        assertTrue(Files.readString(dir.resolve("report.md")).contains("Troops deployed 2007\u20132008 (mean): no-troops is "));
        assertEquals(1 + Metrics.HEADLINE.size(), Files.readAllLines(dir.resolve("comparison.csv")).size());
        try (var files = Files.list(dir.resolve("charts"))) {
            assertEquals(2 * (3 * Metrics.HEADLINE.size() + 2 + 1), files.count(),
                    "time series, difference and per-seed differences per metric, two tradeoffs, effects per scenario;"
                    + " each a PNG and the CSV of what it plots");
        }
    }

    private static Synthetic.Run run(String scenario, ParameterValues values, long seed) {
        Map<String, double[]> series = new LinkedHashMap<>();
        int months = new RunConfig(scenario, values, seed, UNTIL, RunConfig.DEFAULT_SCALE).outputMonths();
        for (Metric m : Metric.values()) {
            series.put(m.column(), new double[months]);
        }
        int[] t = {0};
        PlazaModel.run(new RunConfig(scenario, values, seed, UNTIL, RunConfig.DEFAULT_SCALE), (month, row) -> {
            for (Metric m : Metric.values()) {
                series.get(m.column())[t[0]] = row[m.ordinal()];
            }
            t[0]++;
        });
        return new Synthetic.Run(scenario + "-" + seed, scenario, (int) seed, seed, RunConfig.OUTPUT_START, series);
    }

    /** The project's scenarios/ folder: tests run in the module directory, one level below it. */
    static Path scenariosDir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("scenarios/baseline.scenario"))) {
                return p.resolve("scenarios");
            }
        }
        throw new IllegalStateException("no scenarios/ folder above " + here);
    }
}
