package plaza.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import plaza.output.Metric;
import plaza.testing.Runs;

/**
 * Regression against a committed reference output: the baseline, seed 1, 2007-2009, every metric.
 * Any change to the model's behaviour fails this test on purpose, so that a behaviour change is
 * always a decision. After an intended change, regenerate the reference with
 * {@code mvn -pl sim-core test -Dtest=ReferenceOutputTest -Dplaza.updateReference=true} and commit
 * it with the change that explains it.
 */
class ReferenceOutputTest {

    private static final Path REFERENCE = Path.of("src", "test", "resources", "reference", "baseline-seed1-2007-2009.csv");

    @Test
    void baselineMatchesTheCommittedReference() throws IOException {
        List<String> actual = new ArrayList<>();
        StringBuilder header = new StringBuilder("month");
        for (Metric m : Metric.values()) {
            header.append(',').append(m.column());
        }
        actual.add(header.toString());
        PlazaModel.run(new RunConfig("baseline", Runs.baseline(), 1, YearMonth.of(2009, 12), 100), (month, values) -> {
            StringBuilder row = new StringBuilder(month.toString());
            for (double v : values) {
                row.append(',').append(String.format(Locale.ROOT, "%.6g", v));
            }
            actual.add(row.toString());
        });
        if (Boolean.getBoolean("plaza.updateReference")) {
            Files.write(REFERENCE, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(REFERENCE, StandardCharsets.UTF_8);
        assertEquals(expected.get(0), actual.get(0), "the outputs changed: regenerate the reference (see the class comment)");
        for (int i = 1; i < Math.max(expected.size(), actual.size()); i++) {
            assertEquals(i < expected.size() ? expected.get(i) : "(none)", i < actual.size() ? actual.get(i) : "(none)",
                    "baseline seed 1 differs from the reference in row " + i
                            + "; if the change is intended, regenerate the reference (see the class comment)");
        }
    }
}
