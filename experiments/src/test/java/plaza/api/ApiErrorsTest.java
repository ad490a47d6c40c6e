package plaza.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input through the API raises an {@link InvalidInputException} with exactly the message the
 * command line prints after {@code plaza: error:} (which exits with code 2), thrown at the API's
 * boundary: no cause, no frame of the model's internals in its trace.
 */
class ApiErrorsTest {

    @TempDir
    Path tmp;

    private static Scenario baseline() {
        return Scenarios.bundled().load("baseline");
    }

    @Test
    void unknownScenario() {
        String m = same(() -> Scenarios.bundled().load("baselin"), "run", "baselin");
        assertTrue(m.startsWith("unknown scenario 'baselin'") && m.contains("known scenarios: baseline"), m);
    }

    @Test
    void scenarioFileValueOutOfRangeNamesFileLineParameterAndRange() throws IOException {
        Path file = tmp.resolve("too-much.scenario");
        Files.writeString(file, "description = too much judicial money\nextends = baseline\n\npolicy.merida_equipment_to_judicial = 1.5\n");
        String m = same(() -> Scenarios.bundled().load(file.toString()), "run", file.toString());
        assertTrue(m.contains(file + ":4") && m.contains("policy.merida_equipment_to_judicial") && m.contains("[0, 1]"), m);
    }

    @Test
    void unknownParameterGivesTheNearestNames() {
        String m = same(() -> baseline().with("policy.troop_level", "2"), "run", "baseline", "--set", "policy.troop_level=2");
        assertTrue(m.contains("unknown parameter 'policy.troop_level'; nearest valid names: "), m);
    }

    @Test
    void parameterOutOfRangeGivesTheRange() {
        String m = same(() -> baseline().with("policy.merida_equipment_to_judicial", 1.5), "run", "baseline", "--set",
                "policy.merida_equipment_to_judicial=1.5");
        assertTrue(m.contains("value 1.5 for 'policy.merida_equipment_to_judicial' is out of range; allowed [0, 1]"), m);
    }

    @Test
    void parameterThatIsNotANumber() {
        String m = same(() -> baseline().with("policy.kingpin_intensity", "lots"), "run", "baseline", "--set",
                "policy.kingpin_intensity=lots");
        assertTrue(m.contains("'lots' is not a number for 'policy.kingpin_intensity'; allowed"), m);
    }

    @Test
    void periodAndScaleOutOfRange() {
        String until = same(() -> baseline().run(1).until(YearMonth.of(2031, 1)), "run", "baseline", "--until", "2031-01");
        assertEquals("--until 2031-01 is out of range; allowed 2007-01 to 2030-12", until);
        String from = same(() -> baseline().run(1).from(YearMonth.of(1990, 1)), "run", "baseline", "--from", "1990-01");
        assertEquals("--from 1990-01 is out of range; allowed 1995-01 to 2007-01", from);
        String scale = same(() -> baseline().run(1).scale(0.5), "run", "baseline", "--scale", "0.5");
        assertTrue(scale.startsWith("--scale 0.5 is out of range; allowed [1, 10000]"), scale);
    }

    @Test
    void batchSettings() {
        String r = same(() -> Batch.of("baseline").replications(0), "batch", "--replications", "0", "--out", tmp.resolve("b").toString());
        assertTrue(r.contains("replications") && r.contains("0"), r);
        String s = same(() -> Batch.of("baseline", "no-such-scenario").run(tmp.resolve("c")), "batch", "--scenarios",
                "baseline,no-such-scenario", "--out", tmp.resolve("c").toString());
        assertTrue(s.contains("no-such-scenario"), s);
    }

    @Test
    void resultsThatCannotBeRead() {
        Path missing = tmp.resolve("no-results");
        String m = same(() -> Comparison.of(Results.read(missing)).differences(), "compare", missing.toString());
        assertEquals(missing + ": no such directory", m);
    }

    @Test
    void aRunWhoseOutputsAreNotFiniteFailsNamingMonthColumnAndScenario() {
        // the model's recorder throws this when a value is NaN or infinite; an observer stands in for it here
        Run run = baseline().run(1).until(YearMonth.of(2007, 4));
        RunFailedException e = assertThrows(RunFailedException.class, () -> run.run(new RunObserver() {
            @Override
            public void month(MonthRow row) {
                if (row.month().equals(YearMonth.of(2007, 2))) {
                    throw new plaza.output.NonFiniteOutputException(row.month(), "homicides", Double.NaN);
                }
            }
        }));
        assertEquals("output homicides is NaN in 2007-02 (not a finite number; the run failed); scenario baseline", e.getMessage());
        assertNull(e.getCause());
    }

    /**
     * The API call's message, checked to be the one the command line prints with exit code 2, and
     * to come from an exception thrown at the API's boundary.
     */
    private static String same(Executable api, String... cli) {
        InvalidInputException e = assertThrows(InvalidInputException.class, api);
        CommandLine.Result r = CommandLine.run(cli);
        assertEquals(2, r.code(), r.err());
        assertEquals("plaza: error: " + e.getMessage(), r.err().strip(), "the API's message is the command line's");
        assertNull(e.getCause(), "no internal cause");
        for (StackTraceElement f : e.getStackTrace()) {
            String c = f.getClassName();
            assertTrue(!c.startsWith("plaza.") || c.startsWith("plaza.api."), "a frame from inside Plaza: " + f);
        }
        assertTrue(e.getStackTrace()[0].getClassName().startsWith("plaza.api."), e.getStackTrace()[0].toString());
        return e.getMessage();
    }
}
