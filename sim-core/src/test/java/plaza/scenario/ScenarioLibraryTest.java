package plaza.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.params.InputException;
import plaza.params.IntelligenceParameters;
import plaza.params.MilitaryParameters;

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

    // inputs a lenient reader would take silently: each works as documented or is refused with file and line

    private static String refused(ScenarioLibrary l, String name) {
        return assertThrows(InputException.class, () -> l.load(name)).getMessage();
    }

    @Test
    void aYearOrCountThatIsNotWholeIsRefusedWithFileAndLine() throws IOException {
        String year = refused(lib("y", "description = x\nmilitary.withdrawal_year = 2014.5\n"), "y");
        assertTrue(year.contains("y.scenario:2:") && year.contains("not a whole number"), year);
        String count = refused(lib("c", "description = x\nmilitary.max_states = 4.6\n"), "c");
        assertTrue(count.contains("c.scenario:2:") && count.contains("military.max_states"), count);
        assertEquals(2014.0, lib("ok", "military.withdrawal_year = 2014\n").load("ok").values().get(MilitaryParameters.WITHDRAWAL_YEAR));
    }

    @Test
    void aByteOrderMarkBeforeTheFirstKeyIsIgnored() throws IOException {
        Files.writeString(dir.resolve("baseline.scenario"), "description = base\n");
        Files.write(dir.resolve("bom.scenario"), ("\uFEFFpolicy.kingpin_intensity = 2\n").getBytes(StandardCharsets.UTF_8));
        Scenario s = new ScenarioLibrary(dir).load("bom");
        assertEquals(2.0, s.values().get(IntelligenceParameters.KINGPIN_INTENSITY));
    }

    @Test
    void descriptionTwiceIsRefused() throws IOException {
        String m = refused(lib("d", "description = one\ndescription = two\n"), "d");
        assertTrue(m.contains("d.scenario:2:") && m.contains("set twice"), m);
    }

    @Test
    void extendsWithAPathIsReadFromTheFolderOfTheFileNotTheWorkingDirectory() throws IOException {
        Path sub = dir.resolve("mine");
        Files.createDirectories(sub);
        Files.writeString(sub.resolve("parent.scenario"), "policy.kingpin_intensity = 3\n");
        Files.writeString(sub.resolve("child.scenario"), "extends = ./parent.scenario\nmilitary.max_states = 5\n");
        Files.writeString(dir.resolve("baseline.scenario"), "description = base\n");
        Scenario s = new ScenarioLibrary(dir).load(sub.resolve("child.scenario").toString());
        assertEquals(3.0, s.values().get(IntelligenceParameters.KINGPIN_INTENSITY));
    }

    @Test
    void binaryAndOversizedFilesAreRefusedByName() throws IOException {
        Files.writeString(dir.resolve("baseline.scenario"), "description = base\n");
        Files.write(dir.resolve("bin.scenario"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a', '=', '1'});
        String m = refused(new ScenarioLibrary(dir), "bin");
        assertTrue(m.contains("bin.scenario") && m.contains("not a text file"), m);
        Files.write(dir.resolve("nul.scenario"), new byte[] {'a', 0, '=', '1'});
        assertTrue(refused(new ScenarioLibrary(dir), "nul").contains("not a text file"));
        byte[] big = new byte[(int) KeyValueFile.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'x');
        Files.write(dir.resolve("big.scenario"), big);
        String b = refused(new ScenarioLibrary(dir), "big");
        assertTrue(b.contains("big.scenario") && b.contains("too large"), b);
    }
}
