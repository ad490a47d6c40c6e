package plaza.levers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import plaza.params.Parameter;
import plaza.params.ParameterCatalog;

/** Keeps {@code scenarios/README.md} in step with the catalog and the scenario directory. */
class ReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(LeverRuns.scenarioDir().resolve("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyLeverInTheCatalogIsInTheLeverTable() throws IOException {
        String readme = readme();
        for (Parameter p : ParameterCatalog.all()) {
            if (p.role() == Parameter.Role.LEVER) {
                assertTrue(readme.contains("| `" + p.name() + "` |"), "scenarios/README.md lever table lacks " + p.name()
                        + "; regenerate it with the generator ScenarioTablesPrinter (see scenarios/README.md)");
            }
        }
    }

    @Test
    void everyLeverInTheTableIsALeverInTheCatalog() throws IOException {
        Matcher m = Pattern.compile("(?m)^\\| `([a-z_.0-9]+)` \\|").matcher(readme());
        while (m.find()) {
            String name = m.group(1);
            assertTrue(ParameterCatalog.exists(name) && ParameterCatalog.byName(name, "").role() == Parameter.Role.LEVER,
                    "scenarios/README.md lists '" + name + "', which is not a lever in the catalog");
        }
    }

    @Test
    void everyScenarioIsInTheScenarioTable() throws IOException {
        String readme = readme();
        for (String name : LeverRuns.library().names()) {
            if (!name.equals("baseline")) {
                assertTrue(readme.contains("| " + name + " |"), "scenarios/README.md scenario table lacks " + name);
            }
        }
    }
}
