package plaza.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code version covers the data: editing a scenario file changes it. */
class CodeVersionTest {

    @TempDir
    Path tmp;

    @Test
    void theDataHashChangesWhenAScenarioFileIsEdited() throws IOException {
        Files.writeString(tmp.resolve("_fitted.scenario"), "dto.bribe_share = 0.35\n");
        Files.writeString(tmp.resolve("notes.txt"), "not data\n");
        String before = CodeVersion.dataHash(tmp);
        Files.writeString(tmp.resolve("notes.txt"), "still not data\n");
        assertEquals(before, CodeVersion.dataHash(tmp), "only scenario files count");
        Files.writeString(tmp.resolve("_fitted.scenario"), "dto.bribe_share = 0.36\n");
        assertNotEquals(before, CodeVersion.dataHash(tmp));
        assertTrue(CodeVersion.get().contains(" data "), CodeVersion.get());
    }

    /**
     * A JVM that asked for the version under another home (a test's temporary home) and then
     * returned gets its project's version again, the one a SLURM task started with that home
     * computes: with one cached value per JVM, every array task refused the batch as a different
     * plan ("0 of 12 runs done").
     */
    @Test
    void theVersionFollowsPlazaHome() throws IOException {
        String before = System.getProperty("plaza.home");
        Path project = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(project.resolve("scenarios/baseline.scenario"))) {
            project = project.getParent();
        }
        String projectData = " data " + CodeVersion.dataHash(project.resolve("scenarios"));
        try {
            System.setProperty("plaza.home", tmp.toString());
            assertTrue(CodeVersion.get().endsWith(" data none"), "a home without scenarios: " + CodeVersion.get());
            System.setProperty("plaza.home", project.toString());
            assertTrue(CodeVersion.get().endsWith(projectData), "back in the project: " + CodeVersion.get());
        } finally {
            if (before == null) {
                System.clearProperty("plaza.home");
            } else {
                System.setProperty("plaza.home", before);
            }
        }
    }
}
