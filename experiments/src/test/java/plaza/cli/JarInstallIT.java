package plaza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-file install: plaza.jar (built by {@code mvn package}) copied alone into an empty
 * directory runs a scenario and a small batch there with nothing but Java, and its classroom
 * loads a bundled scenario before it looks for a display (failsafe runs this after package).
 */
class JarInstallIT {

    @TempDir
    static Path dir;
    static Path jar;

    @BeforeAll
    static void copyJar() throws IOException {
        Path built = Path.of("target", "plaza.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(built), "mvn package builds " + built);
        jar = Files.copy(built, dir.resolve("plaza.jar"));
    }

    /** Runs {@code java -jar plaza.jar ARGS} in the empty directory (no plaza.home, no clone); returns stdout. */
    private static String plaza(int expectedExit, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", "plaza.jar"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().remove("PLAZA_JAVA_OPTS");
        pb.environment().remove("DISPLAY"); // no display: 'gui' must say so (exit 1), not fail
        Path err = Files.createTempFile("plaza-it", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "plaza " + String.join(" ", args) + " finished");
        String stderr = Files.readString(err);
        assertEquals(expectedExit, p.exitValue(), "exit of plaza " + String.join(" ", args) + "\n" + out + stderr);
        assertFalse(stderr.contains("Exception"), stderr);
        return out;
    }

    @Test
    void runsAScenarioAndABatchFromAnEmptyDirectory() throws Exception {
        String version = plaza(0, "--version");
        assertTrue(version.matches("(?s)Plaza 0\\.1\\.0 \\(commit [0-9a-f]{12}(-dirty)? data [0-9a-f]{12}\\).*"), version);

        String run = plaza(0, "run", "baseline", "--until", "2007-06");
        Path ts = dir.resolve("results/baseline/seed-1/timeseries.csv");
        assertTrue(run.contains(ts.getFileName().toString()), run);
        assertEquals(1 + 6, Files.readAllLines(ts).size(), "header and six months");

        // a bundled experiment by name, fewer replications and months than the file's
        plaza(0, "batch", "troop-sweep", "--replications", "1", "--until", "2007-03", "--threads", "2", "--out", "sweep");
        List<String> runs = Files.readAllLines(dir.resolve("sweep/runs.csv"));
        assertEquals(1 + 12, runs.size(), "4 x 3 design points, one replication each");
        assertTrue(runs.stream().skip(1).allMatch(l -> l.contains("ok")), String.join("\n", runs));

        // nothing but plaza.jar, results/ and sweep/ in the directory
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("plaza.jar", "results", "sweep"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        plaza(2, "run", "no-such-scenario");

        // the classroom finds its scenarios in the jar too: it loads the scenario, then finds no display
        plaza(1, "gui", "baseline", "--present");
        plaza(2, "gui", "no-such-scenario");
    }
}
