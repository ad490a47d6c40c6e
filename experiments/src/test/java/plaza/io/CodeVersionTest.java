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
}
