package plaza.api;

import java.nio.file.Path;
import java.util.List;

import plaza.io.BundledHome;
import plaza.scenario.ScenarioLibrary;

/**
 * A library of scenario files: the project's own ({@link #bundled()}) or any directory of
 * {@code .scenario} files ({@link #in(Path)}). Loading resolves inheritance ({@code extends}) and
 * checks every value exactly as {@code plaza run} does.
 */
public final class Scenarios {

    private final ScenarioLibrary library;

    private Scenarios(ScenarioLibrary library) {
        this.library = library;
    }

    /**
     * The project's scenario library: {@code scenarios/} of the Plaza home ({@code -Dplaza.home}, else
     * the working directory when it is a clone of Plaza), else the copy packed inside the
     * {@code plaza-experiments} jar, unpacked once into the temporary directory.
     *
     * @return the library {@code plaza scenarios} lists
     */
    public static Scenarios bundled() {
        return new Scenarios(new ScenarioLibrary(BundledHome.home().resolve("scenarios")));
    }

    /**
     * The scenario files of a directory (a scenario without {@code extends} inherits the directory's
     * {@code baseline.scenario}).
     *
     * @param directory a directory of {@code .scenario} files
     * @return the library of that directory
     */
    public static Scenarios in(Path directory) {
        return new Scenarios(new ScenarioLibrary(directory));
    }

    /**
     * Where the scenario files are.
     *
     * @return the library's directory
     */
    public Path directory() {
        return library.directory();
    }

    /**
     * The scenarios of the library, as {@code plaza scenarios} lists them.
     *
     * @return names, baseline first, then alphabetical
     * @throws InvalidInputException when the directory does not exist
     */
    public List<String> names() {
        return Errors.guard(library::names);
    }

    /**
     * Loads a scenario, as {@code plaza run NAME_OR_PATH} does.
     *
     * @param nameOrPath a scenario name in this library, or a path to a {@code .scenario} file
     * @return the scenario with every parameter resolved
     * @throws InvalidInputException for an unknown name (with the known ones), a missing file, or a
     *         file with an error (its file, line, parameter and allowed range)
     */
    public Scenario load(String nameOrPath) {
        return Errors.guard(() -> new Scenario(library.load(nameOrPath), List.of()));
    }

    /** The internal library, for batches. */
    ScenarioLibrary library() {
        return library;
    }
}
