package plaza.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import plaza.output.Metric;

/** The README's output table is the declaration in {@link Metric}: same columns, units and definitions. */
class ReadmeTest {

    @Test
    void outputTableMatchesTheMetricDeclaration() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (Metric m : Metric.values()) {
            String row = "| `" + m.column() + "` | " + m.unit() + " | " + m.definition() + " |";
            assertTrue(readme.contains(row), "README output table is missing or differs for: " + row);
        }
    }
}
