package plaza.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import plaza.core.Phase;
import plaza.core.Submodel;

/**
 * The README's ODD process overview is generated from the submodel registry. After a change to the
 * registry, regenerate it with
 * {@code mvn -pl sim-core test -Dtest=ProcessOverviewTest -Dplaza.updateReadme=true}.
 */
class ProcessOverviewTest {

    private static final Path README = Path.of("README.md");
    private static final String BEGIN = "<!-- process overview: generated from SubmodelRegistry -->\n";
    private static final String END = "<!-- end of process overview -->";

    @Test
    void readmeListsTheRegisteredSubmodelsInOrder() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int a = readme.indexOf(BEGIN);
        int b = readme.indexOf(END);
        assertTrue(a >= 0 && b > a, "README lacks the generated process overview markers");
        String generated = SubmodelRegistry.processOverview();
        if (Boolean.getBoolean("plaza.updateReadme")) {
            readme = readme.substring(0, a + BEGIN.length()) + generated + readme.substring(b);
            Files.writeString(README, readme, StandardCharsets.UTF_8);
            b = readme.indexOf(END);
        }
        assertEquals(generated, readme.substring(a + BEGIN.length(), b),
                "README process overview differs from the registry; regenerate it (see the class comment)");
    }

    @Test
    void everyPhaseHasASubmodelAndNamesAreUnique() {
        Set<String> names = new HashSet<>();
        Set<Phase> phases = new HashSet<>();
        for (Submodel s : SubmodelRegistry.declared()) {
            assertTrue(names.add(s.name()), "duplicate submodel name " + s.name());
            phases.add(s.phase());
        }
        assertEquals(Set.of(Phase.values()), phases);
    }
}
