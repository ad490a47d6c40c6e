package plaza.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The classroom package's README names every class of the package (its design table, one line each). */
class GuiReadmeTest {

    @Test
    void theDesignTableNamesEveryClass() throws IOException {
        Path dir = Path.of("src", "main", "java", "plaza", "gui");
        String readme = Files.readString(dir.resolve("README.md"));
        String table = readme.substring(readme.indexOf("| class | role |"), readme.indexOf("\nThreads:"));
        try (Stream<Path> files = Files.list(dir)) {
            List<String> missing = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length()))
                    .filter(c -> !table.contains("`" + c + "`")).sorted().toList();
            assertEquals(List.of(), missing, "classes of plaza.gui not in the design table of its README");
        }
    }
}
