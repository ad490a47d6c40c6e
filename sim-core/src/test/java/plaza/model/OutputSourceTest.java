package plaza.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import plaza.core.Submodel;
import plaza.output.Metric;

/**
 * Every output says how its value is computed: either the reporter ({@link Recorder#REPORTED})
 * computes it from end-of-month state, or it is the month's total of what the submodels that declare
 * it in their {@code writes} add to the tally (those declarations are themselves checked by
 * {@link DeclarationTest}); never both, never neither. The table in {@code output/README.md} is
 * generated from the same; regenerate it with
 * {@code mvn -pl sim-core test -Dtest=OutputSourceTest -Dplaza.updateReadme=true}.
 */
class OutputSourceTest {

    private static final Path README = Path.of("src", "main", "java", "plaza", "output", "README.md");
    private static final String BEGIN = "<!-- outputs: generated from Metric, Recorder and the submodel declarations -->\n";
    private static final String END = "<!-- end of outputs -->";

    @Test
    void everyOutputHasExactlyOneSource() {
        List<Submodel> declared = SubmodelRegistry.declared();
        List<String> wrong = new ArrayList<>();
        for (Metric m : Metric.values()) {
            boolean added = declared.stream().anyMatch(s -> s.writes().outputs().contains(m));
            boolean reported = Recorder.REPORTED.contains(m);
            if (added == reported) {
                wrong.add(m.column() + (added ? ": both reported and added by a submodel" : ": neither reported nor added"));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theOutputTableIsCurrent() throws IOException {
        String generated = SubmodelRegistry.outputTable();
        GeneratedSection.check(README, BEGIN, END, generated);
        assertTrue(generated.contains("| `homicides` | flow | homicides per month | added by `violence`, `confrontation` |"), "a known row, by content");
        assertTrue(generated.contains("| `members` | stock | persons | reported from end-of-month state (`Recorder`) |"), "a known row, by content");
    }
}
