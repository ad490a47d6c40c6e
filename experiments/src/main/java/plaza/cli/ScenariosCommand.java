package plaza.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import plaza.scenario.Scenario;
import plaza.scenario.ScenarioLibrary;

/** {@code plaza scenarios}: the scenario library, one line each. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the scenarios in scenarios/ with their one-line descriptions.")
public final class ScenariosCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        ScenarioLibrary lib = Project.scenarios();
        int width = 0;
        for (String n : lib.names()) {
            width = Math.max(width, n.length());
        }
        for (String n : lib.names()) {
            Scenario s = lib.load(n);
            System.out.printf("%-" + width + "s  %s%n", n, s.description());
        }
        return PlazaCli.OK;
    }
}
