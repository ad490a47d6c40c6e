package plaza.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The month's tally is write-only to the mechanisms: a check over the code, so that it holds on code
 * paths no test run reaches ({@code model/DeclarationTest} checks the runs). Only the recording
 * (package {@code plaza.model}) and the kernel read it.
 */
class TallyIsWriteOnlyTest {

    @Test
    void noMechanismReadsTheTally() {
        List<String> reads = new ArrayList<>();
        for (Path f : SourceScan.javaFiles()) {
            String pkg = SourceScan.packageOf(f);
            if (pkg.equals("plaza.model") || pkg.equals("plaza.core")) {
                continue;
            }
            List<String> lines = SourceScan.lines(f);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.contains(".get(Metric.") || l.contains("tally().get(")) {
                    reads.add(f + ":" + (i + 1) + " " + l.trim());
                }
            }
        }
        assertEquals(List.of(), reads);
    }
}
