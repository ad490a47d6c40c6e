package plaza.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Size limits on sim-core's main sources, so that no class becomes a hub again: no file over 250
 * lines, no method over 60, the model class under 150; and money moves only through the ledger.
 */
class StructureTest {

    static final int MAX_CLASS_LINES = 250;
    static final int MAX_METHOD_LINES = 60;
    static final int MAX_MODEL_LINES = 150;

    @Test
    void noClassIsOver250Lines() {
        List<String> over = new ArrayList<>();
        for (Path f : SourceScan.javaFiles()) {
            int n = SourceScan.lines(f).size();
            if (n > MAX_CLASS_LINES) {
                over.add(f + " (" + n + " lines)");
            }
        }
        assertEquals(List.of(), over, "classes over " + MAX_CLASS_LINES + " lines");
    }

    @Test
    void noMethodIsOver60Lines() {
        List<String> over = new ArrayList<>();
        for (Path f : SourceScan.javaFiles()) {
            for (SourceScan.Method m : SourceScan.methods(f)) {
                if (m.length() > MAX_METHOD_LINES) {
                    over.add(f + ":" + m.line() + " " + m.signature() + " (" + m.length() + " lines)");
                }
            }
        }
        assertEquals(List.of(), over, "methods over " + MAX_METHOD_LINES + " lines");
    }

    @Test
    void theModelClassIsThin() {
        int n = SourceScan.lines(SourceScan.MAIN.resolve("plaza/model/PlazaModel.java")).size();
        assertTrue(n < MAX_MODEL_LINES, "PlazaModel has " + n + " lines");
    }

    @Test
    void theScannerFindsMethodsAndTheirLength() {
        // guards the scanner itself: a known method of a known length
        Path f = SourceScan.MAIN.resolve("plaza/core/Channels.java");
        SourceScan.Method take = SourceScan.methods(f).stream()
                .filter(m -> m.signature().startsWith("public double takeDeserters()")).findFirst().orElseThrow();
        assertEquals(5, take.length());
        assertTrue(SourceScan.methods(f).size() >= 8, "too few methods found in Channels");
    }

    @Test
    void cashChangesOnlyThroughTheLedger() {
        List<String> calls = new ArrayList<>();
        for (Path f : SourceScan.javaFiles()) {
            if (f.endsWith("MoneyLedger.java") || f.endsWith("TraffickingOrganization.java")) {
                continue;
            }
            List<String> lines = SourceScan.lines(f);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.contains(".spend(") || l.contains(".receiveCash(") || l.contains(".earnDrugRevenue(")
                        || l.contains(".earnExtortion(")) {
                    calls.add(f + ":" + (i + 1));
                }
            }
        }
        assertEquals(List.of(), calls, "cash changed outside MoneyLedger");
    }
}
