package plaza.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.params.InputException;
import plaza.params.IntelligenceParameters;

/** Scenario files: inheritance, and errors that name the file and line. */
class ScenarioLibraryTest {

    @TempDir
    Path dir;

    private ScenarioLibrary lib(String name, String content) throws IOException {
        Files.writeString(dir.resolve("baseline.scenario"), "description = base\n");
        Files.writeString(dir.resolve(name + ".scenario"), content);
        return new ScenarioLibrary(dir);
    }

    @Test
    void scenarioInheritsBaselineAndOverrides() throws IOException {
        Scenario s = lib("surge", "# a comment\ndescription = More kingpin pressure\npolicy.kingpin_intensity = 2  # why\n")
                .load("surge");
        assertEquals("More kingpin pressure", s.description());
        assertEquals("baseline", s.parent());
        assertEquals(2.0, s.values().get(IntelligenceParameters.KINGPIN_INTENSITY));
    }

    @Test
    void malformedLineNamesFileAndLine() throws IOException {
        ScenarioLibrary l = lib("bad", "description = x\npolicy.kingpin_intensity 2\n");
        InputException e = assertThrows(InputException.class, () -> l.load("bad"));
        assertTrue(e.getMessage().contains("bad.scenario:2: malformed line"), e.getMessage());
    }

    @Test
    void unknownParameterNamesNearest() throws IOException {
        ScenarioLibrary l = lib("typo", "policy.kingpin_intesity = 2\n");
        InputException e = assertThrows(InputException.class, () -> l.load("typo"));
        assertTrue(e.getMessage().contains("typo.scenario:1: unknown parameter 'policy.kingpin_intesity'"), e.getMessage());
        assertTrue(e.getMessage().contains("policy.kingpin_intensity"), e.getMessage());
    }

    @Test
    void outOfRangeNamesRangeAndLine() throws IOException {
        ScenarioLibrary l = lib("range", "description = x\n\npolicy.marijuana_legal_share = 3\n");
        InputException e = assertThrows(InputException.class, () -> l.load("range"));
        assertTrue(e.getMessage().contains("range.scenario:3: value 3 for 'policy.marijuana_legal_share' is out of range;"
                + " allowed [0, 1]"), e.getMessage());
    }

    @Test
    void extendingAMissingScenarioNamesTheLine() throws IOException {
        ScenarioLibrary l = lib("orphan", "description = x\nextends = nosuch\n");
        InputException e = assertThrows(InputException.class, () -> l.load("orphan"));
        assertTrue(e.getMessage().contains("orphan.scenario:2: extends: unknown scenario 'nosuch'"), e.getMessage());
    }

    @Test
    void unknownScenarioListsKnownOnes() throws IOException {
        ScenarioLibrary l = lib("kingpin-surge", "description = x\n");
        InputException e = assertThrows(InputException.class, () -> l.load("kingpin"));
        assertTrue(e.getMessage().contains("unknown scenario 'kingpin'") && e.getMessage().contains("kingpin-surge"),
                e.getMessage());
    }

    @Test
    void duplicateSettingIsRefused() throws IOException {
        ScenarioLibrary l = lib("dup", "policy.kingpin_intensity = 2\npolicy.kingpin_intensity = 3\n");
        InputException e = assertThrows(InputException.class, () -> l.load("dup"));
        assertTrue(e.getMessage().contains("dup.scenario:2: 'policy.kingpin_intensity' is set twice"), e.getMessage());
    }

    @Test
    void inheritanceLoopIsRefused() throws IOException {
        Files.writeString(dir.resolve("a.scenario"), "extends = b\n");
        Files.writeString(dir.resolve("b.scenario"), "extends = a\n");
        InputException e = assertThrows(InputException.class, () -> new ScenarioLibrary(dir).load("a"));
        assertTrue(e.getMessage().contains("loops"), e.getMessage());
    }
}
