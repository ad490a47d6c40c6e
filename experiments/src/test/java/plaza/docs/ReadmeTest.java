package plaza.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import plaza.output.Column;
import plaza.output.Event;
import plaza.output.Metric;
import plaza.output.PlazaRow;

/** The README's output tables are the declarations in {@link Metric} and the file columns: same names, kinds, units, definitions. */
class ReadmeTest {

    @Test
    void outputTableMatchesTheMetricDeclaration() throws IOException {
        String readme = readme();
        for (Metric m : Metric.values()) {
            String row = row(m.column(), m.kind().name(), m.unit(), m.definition());
            assertTrue(readme.contains(row), "README output table is missing or differs for: " + row);
        }
    }

    @Test
    void plazaAndEventTablesMatchTheColumnDeclarations() throws IOException {
        String readme = readme();
        for (List<? extends Column<?>> columns : List.of(PlazaRow.COLUMNS, Event.COLUMNS)) {
            for (Column<?> c : columns) {
                String row = row(c.name(), c.kind().name(), c.unit(), c.definition().replace("|", "\\|"));
                assertTrue(readme.contains(row), "README file-column table is missing or differs for: " + row);
            }
        }
    }

    private static String row(String name, String kind, String unit, String definition) {
        return "| `" + name + "` | " + kind.toLowerCase(Locale.ROOT) + " | " + unit + " | " + definition + " |";
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("docs", "outputs.md"));
    }
}
