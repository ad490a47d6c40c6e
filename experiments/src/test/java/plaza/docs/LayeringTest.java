package plaza.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Commands live in {@code plaza.cli}; batch, analysis, calibration, gui and io receive what they
 * need (paths, the scenario library, the catalog) and never reach back into the command line.
 */
class LayeringTest {

    @Test
    void onlyTheCommandLineImportsTheCommandLine() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java", "plaza"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (f.getParent().endsWith("cli")) {
                    continue;
                }
                String text = Files.readString(f);
                if (text.contains("import plaza.cli.") || text.contains("plaza.cli.Project")) {
                    offenders.add(f.toString());
                }
            }
        }
        assertEquals(List.of(), offenders, "files outside plaza.cli that depend on it");
    }
}
