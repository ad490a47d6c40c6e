package plaza.levers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A generator, not a test: prints the tables of {@code scenarios/README.md} (levers and scenario
 * effects) and writes them to {@code sim-core/target/scenario-tables.md}. It lives with the tests
 * because it uses their run helpers; run it from the project root with (10 seeds, 150 runs, about a
 * minute alone)
 * <pre>
 * mvn -B -o -q -pl sim-core test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * cd sim-core &amp;&amp; java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) plaza.levers.ScenarioTablesPrinter 10
 * </pre>
 * (the first argument: seeds per scenario, 10 if omitted; any further arguments name the scenarios
 * whose rows to compute, all if none, so rows added to the library can be computed alone).
 * {@link ReadmeTest} checks the lever table.
 */
public final class ScenarioTablesPrinter {

    private ScenarioTablesPrinter() {}

    public static void main(String[] args) throws IOException {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> names = args.length > 1 ? List.of(args).subList(1, args.length) : LeverRuns.library().names();
        for (String name : names) {
            LeverRuns.library().load(name); // an unknown name fails here, before any run
        }
        String md = "## Levers\n\n" + ScenarioTables.leverTable() + "\n## Scenario effects (" + seeds
                + " seeds, scale " + (int) LeverRuns.SCALE + ")\n\n"
                + ScenarioTables.effectTable(LeverRuns.library(), seeds, names);
        System.out.println(md);
        Path out = Path.of("target", "scenario-tables.md");
        Path tmp = Path.of("target", "scenario-tables.md.tmp");
        Files.writeString(tmp, md, StandardCharsets.UTF_8);
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
