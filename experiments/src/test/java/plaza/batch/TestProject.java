package plaza.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import plaza.scenario.ScenarioLibrary;

/** The project root for tests (Maven runs them in experiments/). */
final class TestProject {

    static final Path ROOT = find();

    private TestProject() {}

    private static Path find() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("scenarios/baseline.scenario"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no scenarios/baseline.scenario above " + Path.of("").toAbsolutePath());
        }
        if (System.getProperty("plaza.home") == null) {
            // scenario files name their parents ('extends = _fitted'), looked up under plaza.home
            System.setProperty("plaza.home", p.toString());
        }
        return p;
    }

    static ScenarioLibrary scenarios() {
        return new ScenarioLibrary(ROOT.resolve("scenarios"));
    }

    /** The baseline scenario file, by absolute path (so child processes need no plaza.home). */
    static String baseline() {
        return ROOT.resolve("scenarios/baseline.scenario").toString();
    }

    /** A scenario file extending baseline with more troops from 2009, in {@code dir}. */
    static Path surgeScenario(Path dir) throws IOException {
        Path f = dir.resolve("surge.scenario");
        Files.writeString(f, "description = test scenario: a bigger 2009 surge\n"
                + "extends = " + ROOT.resolve("scenarios/baseline.scenario") + "\n"
                + "military.troops_deployed_2009 = 60000\n");
        return f;
    }
}
