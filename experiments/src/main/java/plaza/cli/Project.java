package plaza.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import plaza.model.RunConfig;
import plaza.params.ParameterValues;
import plaza.scenario.Scenario;
import plaza.scenario.ScenarioLibrary;

/** Where the project's folders are, and the parsing of options shared by several commands. */
public final class Project {

    private Project() {}

    /**
     * Where the inputs are (scenarios/, experiments/experiments/, seeds/): the launcher sets
     * {@code plaza.home}; otherwise the working directory when it is a clone; otherwise the library
     * packed inside plaza.jar, unpacked (see {@link plaza.io.BundledHome}).
     */
    public static Path home() {
        return plaza.io.BundledHome.home();
    }

    /**
     * An experiment file: the path as given when it exists, else the experiment of that name in
     * experiments/experiments/ (so {@code plaza batch troop-sweep} works from any directory).
     */
    public static Path experimentFile(Path given) {
        if (Files.exists(given) || given.getNameCount() != 1) {
            return given;
        }
        String name = given.toString();
        Path library = home().resolve("experiments/experiments").resolve(name.endsWith(".experiment") ? name : name + ".experiment");
        return Files.isRegularFile(library) ? library : given;
    }

    /** The launcher's {@code plaza.home}, or the working directory: where results/ goes. */
    private static Path workingHome() {
        return Path.of(System.getProperty("plaza.home", ".")).toAbsolutePath().normalize();
    }

    public static ScenarioLibrary scenarios() {
        return new ScenarioLibrary(home().resolve("scenarios"));
    }

    /** The calibration targets table. */
    public static Path targets() {
        return home().resolve("seeds").resolve("targets.csv");
    }

    public static Path results() {
        return workingHome().resolve("results");
    }

    /** Where batches keep saved worlds for later batches of the same code (results/.worlds/; see experiments/docs/history-ensemble.md). */
    public static Path worlds() {
        return results().resolve(".worlds");
    }

    /** Parses YYYY-MM for --until, with a clear error. */
    public static YearMonth parseMonth(String text, String option) {
        return RunConfig.parseMonth(text, option);
    }

    /** Parses and checks one {@code --set name=value} (unknown names, bad numbers, ranges: exit 2). */
    public static plaza.scenario.Overrides.Override parseSet(String text) {
        return plaza.scenario.Overrides.parse(text);
    }

    /** Applies --set name=value overrides on top of a scenario's values. */
    public static ParameterValues applySets(Scenario s, List<String> sets) {
        return plaza.scenario.Overrides.apply(s, sets);
    }
}
