package plaza.levers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import plaza.output.Metric;
import plaza.params.InputException;
import plaza.scenario.Scenario;
import plaza.scenario.ScenarioLibrary;
import plaza.testing.AnnualTotals;

/**
 * One run of every scenario file in {@code scenarios/} (whatever files are there, so a user's new
 * scenario is checked too), plus the file conventions: a description, a change to the baseline
 * that shows in the outputs, and a source comment on every setting.
 */
class ScenarioFilesTest {

    /** Late enough that levers starting in 2011-2014 are in force (the legalization ramp ends in 2015). */
    private static final int LAST = 2016;
    private static final long SEED = 1;

    static Stream<String> scenarios() {
        return LeverRuns.library().names().stream();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void runsWithFiniteOutputs(String name) {
        Scenario s = LeverRuns.library().load(name);
        AnnualTotals t = LeverRuns.run(s.values(), SEED, LAST);
        assertFalse(t.anyNonFinite(), name + ": NaN or infinite output");
        assertTrue(t.months(LAST) == 12, name + ": run did not reach " + LAST);
        assertFalse(s.description().isBlank(), name + ": no description");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void changesTheBaselineAndItsOutputs(String name) {
        if (name.equals(ScenarioLibrary.BASELINE)) {
            return;
        }
        Scenario s = LeverRuns.library().load(name);
        assertNotEquals(LeverRuns.baseline(), s.values(), name + " sets nothing the baseline does not");
        int last = horizon(s.values());
        AnnualTotals base = LeverRuns.run(LeverRuns.baseline(), SEED, last);
        AnnualTotals alt = LeverRuns.run(s.values(), SEED, last);
        boolean differs = false;
        for (Metric m : Metric.values()) {
            differs |= base.sum(m, 2007, last) != alt.sum(m, 2007, last);
        }
        assertTrue(differs, name + ": no output differs from the baseline's with the same seed by " + last);
    }

    /**
     * The year a scenario is run to: LAST, or the year after the latest point of a path it writes
     * (a scenario about 2025 is run to 2026), at most 2030.
     */
    private static int horizon(plaza.params.ParameterValues v) {
        int last = LAST;
        for (plaza.params.Parameter p : plaza.params.ParameterCatalog.all()) {
            plaza.params.Schedule path = v.writtenPath(p);
            if (path != null) {
                for (plaza.params.Schedule.Point point : path.points()) {
                    last = Math.max(last, Math.min(2030, point.month().getYear() + 1));
                }
            }
        }
        return last;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everySettingCitesItsSource(String name) throws IOException {
        Path file = LeverRuns.scenarioDir().resolve(name + ScenarioLibrary.EXTENSION);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String key = line.substring(0, Math.max(0, line.indexOf('='))).trim();
            if (key.equals("description") || key.equals("extends")) {
                continue;
            }
            int hash = line.indexOf('#');
            assertTrue(hash > 0 && !line.substring(hash + 1).isBlank(),
                    file + ":" + (i + 1) + ": setting without a '# source' comment");
        }
    }

    @Test
    void misspelledLeverNamesTheNearestValidNames(@TempDir Path dir) throws IOException {
        Files.copy(LeverRuns.scenarioDir().resolve("baseline.scenario"), dir.resolve("baseline.scenario"));
        Files.copy(LeverRuns.scenarioDir().resolve("_fitted.scenario"), dir.resolve("_fitted.scenario"));
        Files.writeString(dir.resolve("mine.scenario"), "description = typo\npolicy.kingpin_intensty = 2  # test\n");
        InputException e = assertThrows(InputException.class, () -> new ScenarioLibrary(dir).load("mine"));
        assertTrue(e.getMessage().contains("mine.scenario:2"), e.getMessage());
        assertTrue(e.getMessage().contains("policy.kingpin_intensity"), e.getMessage());
    }

    @Test
    void outOfRangeLeverNamesItsRange(@TempDir Path dir) throws IOException {
        Files.copy(LeverRuns.scenarioDir().resolve("baseline.scenario"), dir.resolve("baseline.scenario"));
        Files.copy(LeverRuns.scenarioDir().resolve("_fitted.scenario"), dir.resolve("_fitted.scenario"));
        Files.writeString(dir.resolve("mine.scenario"), "description = too much\npolicy.marijuana_legal_share = 1.5  # test\n");
        InputException e = assertThrows(InputException.class, () -> new ScenarioLibrary(dir).load("mine"));
        assertTrue(e.getMessage().contains("[0, 1]"), e.getMessage());
    }
}
