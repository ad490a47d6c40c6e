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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.io.OwnedFiles;

/**
 * Issue 28 as a user meets it on the command line: each case the adversarial test found, run through
 * {@code plaza} in-process, with the exit code and what the message says. A user's file is never
 * replaced by compare; a batch whose files disagree is refused with file and line; bad paths exit 2
 * and I/O failures exit 1 with the path and the system's reason; the smaller refusals of item 8.
 */
class NothingLostTest {

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    /** A small batch of two scenarios, two replications, 2007-01 to 2008-06 (the Juarez surge acts from March 2008, so compare has a difference to report; written once for the class). */
    static Path batch;

    @BeforeAll
    static void writeBatch() {
        System.setProperty("plaza.home", Path.of("..").toAbsolutePath().normalize().toString());
        batch = shared.resolve("batch");
        Cli.Result r = Cli.run("batch", "--scenarios", "baseline,juarez-surge", "--replications", "2", "--until", "2008-06",
                "--scale", "5000", "--threads", "2", "--out", batch.toString());
        assertEquals(0, r.code(), r.err());
    }

    /** A copy of the batch's result files (not compare's), to damage. */
    private Path copyOfBatch(String name) throws IOException {
        Path copy = tmp.resolve(name);
        Files.createDirectories(copy);
        for (String f : List.of("metadata.txt", "runs.csv", "timeseries.csv", "summary.csv", "parameters.csv", "plan.txt")) {
            Files.copy(batch.resolve(f), copy.resolve(f));
        }
        return copy;
    }

    private static void refusedCleanly(Cli.Result r) {
        assertEquals(PlazaCli.BAD_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("plaza: error: "), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    // item 1: compare overwrites nothing it did not write

    @Test
    void compareRefusesToReplaceAUsersReportAndReplacesItsOwn() throws IOException {
        Path out = tmp.resolve("d");
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.md"), "draft\n");
        Cli.Result refused = Cli.run("compare", batch.toString(), "--out", out.toString());
        refusedCleanly(refused);
        assertTrue(refused.err().contains(out.resolve("report.md") + " was not written by 'plaza compare'")
                && refused.err().contains("--fresh"), refused.err());
        assertEquals("draft\n", Files.readString(out.resolve("report.md")), "the user's report is as it was");
        assertFalse(Files.exists(out.resolve("comparison.csv")), "nothing was written");

        // --fresh replaces it; a second compare then replaces compare's own files without --fresh
        assertEquals(0, Cli.run("compare", batch.toString(), "--out", out.toString(), "--fresh").code());
        assertTrue(Files.readString(out.resolve("report.md")).startsWith("# Plaza comparison"));
        Cli.Result again = Cli.run("compare", batch.toString(), "--out", out.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.readString(out.resolve(OwnedFiles.LIST)).contains("  report.md\n"));

        // a report edited since compare wrote it is the user's again; so is a picture added to charts/
        Files.writeString(out.resolve("report.md"), "my notes\n", java.nio.file.StandardOpenOption.APPEND);
        Cli.Result edited = Cli.run("compare", batch.toString(), "--out", out.toString());
        refusedCleanly(edited);
        assertTrue(edited.err().contains("report.md was not written by 'plaza compare' (it changed since"), edited.err());
        assertTrue(Files.readString(out.resolve("report.md")).endsWith("my notes\n"));
        assertEquals(0, Cli.run("compare", batch.toString(), "--out", out.toString(), "--fresh").code());
        Files.write(out.resolve("charts").resolve("mine.png"), new byte[] {1, 2, 3});
        Cli.Result picture = Cli.run("compare", batch.toString(), "--out", out.toString());
        refusedCleanly(picture);
        assertTrue(picture.err().contains("charts/mine.png was not written by 'plaza compare'"), picture.err());
    }

    @Test
    void compareIntoItsBatchReplacesItsOwnOutputAndTheBatchsDataPackage() throws IOException {
        Path b = copyOfBatch("own");
        Files.copy(batch.resolve("datapackage.json"), b.resolve("datapackage.json"));
        assertEquals(0, Cli.run("compare", b.toString()).code(), "the batch's datapackage.json is Plaza's");
        String first = Files.readString(b.resolve("comparison.csv"));
        Cli.Result again = Cli.run("compare", b.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(first, Files.readString(b.resolve("comparison.csv")));
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(b.resolve("datapackage.json").toFile())
                .get("resources").findValuesAsText("path").contains("comparison.csv"), "the package describes comparison.csv");
    }

    // item 4: a batch whose files disagree is refused with file and line

    @Test
    void compareRefusesABatchWhoseFilesDisagree() throws IOException {
        // runs.csv cut in half (the case: compare fell back from the paired test to Welch's)
        Path half = copyOfBatch("half");
        byte[] runs = Files.readAllBytes(half.resolve("runs.csv"));
        Files.write(half.resolve("runs.csv"), java.util.Arrays.copyOf(runs, runs.length / 2));
        Cli.Result r = Cli.run("compare", half.toString(), "--out", tmp.resolve("c1").toString());
        refusedCleanly(r);
        assertTrue(r.err().matches("(?s).*half/runs\\.csv:\\d+: .*"), r.err());
        assertFalse(Files.exists(tmp.resolve("c1")), "nothing written for a refused batch");

        // runs.csv missing its last run, cut at a line end: the run is in timeseries.csv only
        Path missing = copyOfBatch("missing");
        List<String> lines = Files.readAllLines(missing.resolve("runs.csv"));
        Files.write(missing.resolve("runs.csv"), lines.subList(0, lines.size() - 1));
        r = Cli.run("compare", missing.toString(), "--out", tmp.resolve("c2").toString());
        refusedCleanly(r);
        int firstOfRun4 = Files.readAllLines(missing.resolve("timeseries.csv")).stream().map(l -> l.split(",")[0])
                .toList().indexOf("4") + 1;
        assertTrue(r.err().contains("missing/timeseries.csv:" + firstOfRun4 + ": run 4 is not in "), r.err());

        // the last line of timeseries.csv cut off inside a number
        Path cut = copyOfBatch("cut");
        byte[] ts = Files.readAllBytes(cut.resolve("timeseries.csv"));
        Files.write(cut.resolve("timeseries.csv"), java.util.Arrays.copyOf(ts, ts.length - 3));
        int lastLine = Files.readAllLines(batch.resolve("timeseries.csv")).size();
        r = Cli.run("compare", cut.toString(), "--out", tmp.resolve("c3").toString());
        refusedCleanly(r);
        assertTrue(r.err().contains("cut/timeseries.csv:" + lastLine + ": the last line is cut off"), r.err());

        // timeseries.csv cut at a line end: the last run stops before the batch's last month
        Path shortTs = copyOfBatch("short");
        List<String> rows = Files.readAllLines(shortTs.resolve("timeseries.csv"));
        Files.write(shortTs.resolve("timeseries.csv"), rows.subList(0, rows.size() - 1));
        r = Cli.run("compare", shortTs.toString(), "--out", tmp.resolve("c4").toString());
        refusedCleanly(r);
        assertTrue(r.err().contains("short/timeseries.csv:" + (rows.size() - 1) + ": run 4 ends in 2008-05, but ")
                && r.err().contains("says the runs end in 2008-06"), r.err());
    }

    // item 7: exit 2 for a bad path the user gave, exit 1 with path and reason for an I/O failure

    @Test
    void everyCommandRefusesAnOutputPathUnderAFileWithExit2() throws IOException {
        Path file = Files.writeString(tmp.resolve("F"), "a user's file\n");
        Path under = file.resolve("sub");
        List<String[]> commands = List.of(
                new String[] {"run", "baseline", "--until", "2007-01", "--scale", "5000", "--out", under.toString()},
                new String[] {"batch", "--replications", "1", "--until", "2007-01", "--scale", "5000", "--out", under.toString()},
                new String[] {"compare", batch.toString(), "--out", under.toString()},
                new String[] {"compare", batch.toString(), "--out", file.toString()},
                new String[] {"chart", batch.toString(), "--out", under.toString()},
                new String[] {"validate", "baseline", "--seeds", "1", "--until", "2007-01", "--scale", "5000", "--out", under.toString()});
        for (String[] c : commands) {
            Cli.Result r = Cli.run(c);
            refusedCleanly(r);
            assertTrue(r.err().contains(file + " is a file, not a directory") || r.err().contains("--out " + file + " is a file"),
                    String.join(" ", c) + ": " + r.err());
        }
        assertEquals("a user's file\n", Files.readString(file));
    }

    @Test
    void anOutputFolderWithoutWritePermissionIsRefusedWithExit2() throws IOException {
        Path locked = Files.createDirectories(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root writes anywhere: the case is tested where the permission applies (a user's account, CI)
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as root");
            Path out = locked.resolve("sub");
            for (String[] c : new String[][] {
                    {"run", "baseline", "--until", "2007-01", "--scale", "5000", "--out", out.toString()},
                    {"batch", "--replications", "1", "--until", "2007-01", "--scale", "5000", "--out", out.toString()},
                    {"compare", batch.toString(), "--out", out.toString()}}) {
                Cli.Result r = Cli.run(c);
                refusedCleanly(r);
                assertTrue(r.err().contains("cannot write in " + locked + ": permission denied"), r.err());
            }
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aRunThatCannotWriteItsFilesSaysWhichFileAndWhy() throws Exception {
        // a file-size limit makes the run's writes fail as a full disk does (the JVM ignores SIGXFSZ)
        Path out = tmp.resolve("limited");
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "ulimit -f 16; exec \"$0\" \"$@\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
                "-Dplaza.home=" + System.getProperty("plaza.home"), "-cp", System.getProperty("java.class.path"),
                PlazaCli.class.getName(), "run", "baseline", "--until", "2008-12", "--scale", "5000", "--out", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(PlazaCli.FAILURE, p.waitFor(), output);
        assertTrue(output.matches("(?s)plaza: error: cannot write " + java.util.regex.Pattern.quote(out.toString())
                + "/\\S+\\.csv: File too large\\s*"), output);
        assertFalse(Files.exists(out), "a run that failed leaves no directory it created");
    }

    // item 6 and 8: seeds, --progress-interval, --vary

    @Test
    void batchRefusesSeedsThatOverflowAndOtherImpossibleFlags() {
        Cli.Result seed = Cli.run("batch", "--seed", Long.toString(Long.MAX_VALUE), "--replications", "2",
                "--out", tmp.resolve("s").toString());
        refusedCleanly(seed);
        assertTrue(seed.err().contains("seed 9223372036854775807 with 2 replications would need seeds up to 9223372036854775808")
                && seed.err().contains("use a seed of at most 9223372036854775806"), seed.err());
        assertFalse(Files.exists(tmp.resolve("s")));
        for (String interval : new String[] {"0", "-1", "NaN"}) {
            Cli.Result r = Cli.run("batch", "--progress-interval", interval, "--out", tmp.resolve("p").toString());
            refusedCleanly(r);
            assertTrue(r.err().contains("--progress-interval") && r.err().contains("allowed more than 0"), r.err());
        }
        Cli.Result vary = Cli.run("batch", "--vary", "military.troops_deployed_2009=20000:60000", "--vary",
                "military.troops_deployed_2009=30000:50000", "--out", tmp.resolve("v").toString());
        refusedCleanly(vary);
        assertTrue(vary.err().contains("--vary is given twice for 'military.troops_deployed_2009'"), vary.err());
    }

    @Test
    void theLargestSeedStillWorksForTheReplicationsItCovers() {
        plaza.batch.ExperimentDefinition d = new plaza.batch.ExperimentDefinition().seed(Long.MAX_VALUE - 1).replications(2);
        d.validate(); // seeds MAX - 1 and MAX: no wrap
        assertEquals(Long.MAX_VALUE, plaza.batch.SeedRule.seed(d.seed(), "baseline", 1, 2));
    }

    // items 3, 5 and 8 through the commands: scenario files and --set

    @Test
    void badScenarioFilesAreRefusedCleanlyByRunAndBatch() throws IOException {
        Path empty = Files.writeString(tmp.resolve("e.scenario"), "extends = ,\n");
        for (String[] c : new String[][] {{"run", empty.toString(), "--out", tmp.resolve("r").toString()},
                {"batch", "--scenarios=" + empty, "--out", tmp.resolve("b").toString()}}) {
            Cli.Result r = Cli.run(c);
            refusedCleanly(r);
            assertTrue(r.err().contains("e.scenario:1: extends: entry 1 of 2 in ',' is empty"), r.err());
        }
        Cli.Result months = Cli.run("run", "baseline", "--set", "military.withdrawal_months=12.25", "--out", tmp.resolve("m").toString());
        refusedCleanly(months);
        assertTrue(months.err().contains("military.withdrawal_months") && months.err().contains("not a whole number"), months.err());
        Path folder = Files.createDirectories(tmp.resolve("folder"));
        Cli.Result dir = Cli.run("run", folder + "/", "--out", tmp.resolve("f").toString());
        refusedCleanly(dir);
        assertTrue(dir.err().contains("is a directory, not a scenario file"), dir.err());
        Path zero = Files.writeString(tmp.resolve("zero.scenario"), "");
        Cli.Result z = Cli.run("run", zero.toString(), "--out", tmp.resolve("z").toString());
        refusedCleanly(z);
        assertTrue(z.err().contains("zero.scenario: the scenario file is empty (0 bytes)"), z.err());
        Path zeroExperiment = Files.writeString(tmp.resolve("zero.experiment"), "");
        Cli.Result ze = Cli.run("batch", zeroExperiment.toString(), "--out", tmp.resolve("ze").toString());
        refusedCleanly(ze);
        assertTrue(ze.err().contains("zero.experiment: the experiment file is empty (0 bytes)"), ze.err());
        assertFalse(Files.exists(tmp.resolve("ze")));
        Cli.Result huge = Cli.run("run", "baseline", "--set", "k".repeat(100_000) + "=1", "--out", tmp.resolve("h").toString());
        refusedCleanly(huge);
        assertTrue(huge.err().length() < 1_000 && huge.err().contains("(100000 characters)"), huge.err().length() + " characters");
    }
}
