package plaza.levers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints the README tables (levers and scenario effects) and writes them to
 * {@code sim-core/target/scenario-tables.md}. Off in ordinary test runs (150 runs take about a
 * minute); run it with
 * {@code mvn -o -q -pl sim-core test -Dtest=ScenarioTablesPrinter -Dplaza.tables=true [-Dplaza.seeds=10]}.
 */
class ScenarioTablesPrinter {

    @Test
    @EnabledIfSystemProperty(named = "plaza.tables", matches = "true")
    void print() throws IOException {
        int seeds = Integer.getInteger("plaza.seeds", 10);
        String md = "## Levers\n\n" + ScenarioTables.leverTable() + "\n## Scenario effects (" + seeds
                + " seeds, scale " + (int) LeverRuns.SCALE + ")\n\n"
                + ScenarioTables.effectTable(LeverRuns.library(), seeds);
        System.out.println(md);
        Files.writeString(Path.of("target", "scenario-tables.md"), md, StandardCharsets.UTF_8);
    }
}
