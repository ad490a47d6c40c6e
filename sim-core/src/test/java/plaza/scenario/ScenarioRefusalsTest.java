package plaza.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.params.HistoryParameters;
import plaza.params.InputException;
import plaza.params.MarketParameters;
import plaza.params.MilitaryParameters;

/**
 * The scenario-file cases of issue 28, each as the adversarial test found it: an empty {@code extends}
 * entry, a fraction for a month count, a directory or an empty file given as the scenario, and a
 * 100,000-character unknown key. Each is refused with the file (and line) and no other exception.
 */
class ScenarioRefusalsTest {

    @TempDir
    Path dir;

    private ScenarioLibrary lib(String name, String content) throws IOException {
        Files.writeString(dir.resolve("baseline.scenario"), "description = base\n");
        Files.writeString(dir.resolve("juarez-surge.scenario"), "description = surge\nmilitary.max_states = 3\n");
        Files.writeString(dir.resolve(name + ".scenario"), content);
        return new ScenarioLibrary(dir);
    }

    private static String refused(ScenarioLibrary l, String name) {
        return assertThrows(InputException.class, () -> l.load(name)).getMessage();
    }

    @Test
    void anEmptyExtendsEntryIsRefusedWhereverItStands() throws IOException {
        // 'extends = ,' reached ScenarioLibrary.merge with no parent (IndexOutOfBoundsException); a trailing
        // empty entry was accepted while an inner one was refused: all three are now the same clean error
        String[][] cases = {{",", "1 of 2"}, {"baseline ,", "2 of 2"}, {"baseline,,juarez-surge", "2 of 3"}, {", baseline", "1 of 2"}};
        for (String[] c : cases) {
            String m = refused(lib("e", "extends = " + c[0] + "\n"), "e");
            assertTrue(m.contains("e.scenario:1: extends: entry " + c[1] + " in '" + c[0] + "' is empty"), m);
        }
        // the same file given by path (as 'batch --scenarios=FILE' gives it) gets the same message
        ScenarioLibrary l = lib("e", "extends = baseline ,\n");
        String byPath = assertThrows(InputException.class, () -> l.load(dir.resolve("e.scenario").toString())).getMessage();
        assertTrue(byPath.contains("e.scenario:1: extends: entry 2 of 2"), byPath);
        // well-formed lists still load, with spaces around the names
        Scenario ok = lib("ok", "extends = baseline , juarez-surge\n").load("ok");
        assertEquals("baseline, juarez-surge", ok.parent());
        assertEquals(3.0, ok.values().get(MilitaryParameters.MAX_STATES));
    }

    @Test
    void monthCountsTheModelRoundsTakeWholeNumbersOnly() throws IOException {
        // these ran with 12.25 (the ramps round to whole months) and the metadata recorded 12.25
        String[] counts = {MilitaryParameters.WITHDRAWAL_MONTHS.name(), MarketParameters.LEGAL_RAMP.name(),
                HistoryParameters.DECENTRALIZATION_MONTHS.name()};
        for (String p : counts) {
            String m = refused(lib("f", "description = x\n" + p + " = 12.25\n"), "f");
            assertTrue(m.contains("f.scenario:2:") && m.contains(p) && m.contains("not a whole number")
                    && m.contains("allowed whole numbers in [1, 120] months"), m);
            assertEquals(12.0, lib("w", p + " = 12\n").load("w").values().get(
                    plaza.params.ParameterCatalog.byName(p, "")));
        }
    }

    @Test
    void aDirectoryGivenAsTheScenarioIsSaidToBeOne() throws IOException {
        ScenarioLibrary l = lib("x", "description = x\n");
        Path folder = Files.createDirectories(dir.resolve("folder.scenario"));
        String m = refused(l, folder.toString());
        assertTrue(m.contains(folder + " is a directory, not a scenario file"), m);
        assertFalse(m.contains("does not exist"), m);
    }

    @Test
    void anEmptyScenarioFileIsRefusedButAnEmptyParameterSetIsNot() throws IOException {
        ScenarioLibrary l = lib("empty", "");
        String m = refused(l, "empty");
        assertTrue(m.contains("empty.scenario: the scenario file is empty (0 bytes)"), m);
        // a file with only a description is a deliberate copy of what it extends, and loads
        assertEquals("copy", lib("copy", "description = copy\n").load("copy").description());
        // the calibration's starting point is an empty '_' parameter set that the baseline extends
        Files.writeString(dir.resolve("_fitted.scenario"), "");
        Files.writeString(dir.resolve("baseline.scenario"), "description = base\nextends = _fitted\n");
        assertEquals("_fitted", new ScenarioLibrary(dir).load("baseline").parent());
    }

    @Test
    void aHugeUnknownKeyIsAnsweredQuicklyWithAShortEcho() throws IOException {
        String key = "x".repeat(100_000);
        ScenarioLibrary l = lib("huge", "description = x\n" + key + " = 1\n");
        String m = refused(l, "huge");
        assertTrue(m.contains("huge.scenario:2: unknown parameter 'xxxx") && m.contains("(100000 characters)"), m);
        assertTrue(m.contains("nearest valid names: "), m);
        assertTrue(m.length() < 1_000, "the message echoes " + m.length() + " characters");
        // the search compares the first NearestNames.COMPARED characters only (the full edit distance took
        // 19-26 s): the suggestions for the whole key are those for its start
        java.util.List<String> names = java.util.List.of("policy.kingpin_intensity", "military.max_states", "x.y");
        String typo = "policy.kingpin_intesity" + "q".repeat(100_000);
        assertEquals(plaza.params.NearestNames.of(typo.substring(0, plaza.params.NearestNames.COMPARED), names, 2),
                plaza.params.NearestNames.of(typo, names, 2));
        assertEquals("policy.kingpin_intensity", plaza.params.NearestNames.of(typo, names, 1).get(0));
    }
}
