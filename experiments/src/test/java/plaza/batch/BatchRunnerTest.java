package plaza.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.io.Numbers;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.params.InputException;
import plaza.params.ParameterValues;

class BatchRunnerTest {

    private static final List<String> DETERMINISTIC = List.of("runs.csv", "timeseries.csv", "summary.csv");

    @TempDir
    Path tmp;

    /** Two scenarios x two design points x three replications, short and coarse so the test is fast. */
    private BatchSpec smallGrid() throws IOException {
        ExperimentDefinition def = new ExperimentDefinition().name("test")
                .scenarios(List.of("baseline", TestProject.surgeScenario(tmp).toString()))
                .replications(3).until(YearMonth.of(2007, 9)).scale(1000)
                .vary(Factor.parse("policy.kingpin_intensity", "0.5:1.5:2", ""));
        return BatchSpec.resolve(def, TestProject.scenarios());
    }

    private static BatchRunner quiet(RunExecutor executor) {
        return new BatchRunner(executor).progress(new PrintStream(new ByteArrayOutputStream()), false, 60_000);
    }

    /**
     * runs.csv holds, per run, totals over the run of flows and means over its months of stocks, and
     * its metadata and data package say so: a troop level that changes during the run is its mean, not
     * its last value.
     */
    @Test
    void runsCsvHoldsStockMeansAndSaysSo() throws IOException {
        ExperimentDefinition def = new ExperimentDefinition().name("means").scenarios(List.of("baseline"))
                .replications(1).until(YearMonth.of(2008, 12)).scale(1000);
        Path dir = tmp.resolve("means");
        quiet(RunExecutor.MODEL).execute(BatchSpec.resolve(def, TestProject.scenarios()), dir, 1, true);
        CSVRecord run = CSVParser.parse(dir.resolve("runs.csv"), StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().build()).getRecords().get(0);
        SummaryStatistics troops = new SummaryStatistics();
        double homicides = 0;
        double lastTroops = Double.NaN;
        for (CSVRecord r : CSVParser.parse(dir.resolve("timeseries.csv"), StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().build())) {
            lastTroops = Double.parseDouble(r.get("troops_deployed"));
            troops.addValue(lastTroops);
            homicides += Double.parseDouble(r.get("homicides"));
        }
        assertEquals(24, troops.getN());
        assertTrue(troops.getMax() > troops.getMin(), "troops change during 2007-2008, so mean and end value differ");
        assertEquals(troops.getMean(), Double.parseDouble(run.get("troops_deployed")), 1e-6 * troops.getMean(), "a stock: mean over the months");
        assertTrue(Math.abs(lastTroops - Double.parseDouble(run.get("troops_deployed"))) > 1, "not the end value " + lastTroops);
        assertEquals(homicides, Double.parseDouble(run.get("homicides")), 1e-6 * homicides, "a flow: total over the months");
        String metadata = Files.readString(dir.resolve("metadata.txt"));
        assertTrue(metadata.contains("means over the run's months of stocks") && !metadata.contains("end-of-run"), metadata);
        String pkg = Files.readString(dir.resolve("datapackage.json"));
        assertTrue(pkg.contains("troops deployed") || pkg.contains("troops_deployed"), "the data package describes troops");
        assertTrue(pkg.contains("(mean over the run's months)"), "and says stocks are means over the run");
    }

    @Test
    void shardsSharingADirectoryMergeToTheSameFilesAsOneBatch() throws IOException {
        BatchSpec spec = smallGrid();
        quiet(RunExecutor.MODEL).execute(spec, tmp.resolve("whole"), 2, true);
        Path shared = tmp.resolve("shared");
        BatchResult first = quiet(RunExecutor.MODEL).shard(1, 3).execute(spec, shared, 1, true);
        assertEquals(4, first.succeeded(), "shard 1 of 3 runs ids 1, 4, 7, 10");
        assertFalse(Files.exists(shared.resolve("runs.csv")), "no merge while shards are missing");
        quiet(RunExecutor.MODEL).shard(3, 3).execute(spec, shared, 1, true);
        quiet(RunExecutor.MODEL).shard(2, 3).execute(spec, shared, 1, true);
        assertFalse(Files.exists(shared.resolve("runs.csv")), "shards never merge");
        BatchResult merged = quiet(RunExecutor.MODEL).execute(spec, shared, 2, true);
        assertEquals(12, merged.resumed(), "the merging invocation runs nothing again");
        for (String f : DETERMINISTIC) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("whole").resolve(f)), Files.readAllBytes(shared.resolve(f)), f);
        }
    }

    @Test
    void oneAndTwoThreadsWriteByteIdenticalFiles() throws IOException {
        BatchSpec spec = smallGrid();
        BatchResult one = quiet(RunExecutor.MODEL).execute(spec, tmp.resolve("t1"), 1, true);
        BatchResult two = quiet(RunExecutor.MODEL).execute(spec, tmp.resolve("t2"), 2, true);
        assertEquals(12, one.total());
        assertTrue(one.allSucceeded() && two.allSucceeded());
        for (String f : DETERMINISTIC) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("t1").resolve(f)), Files.readAllBytes(tmp.resolve("t2").resolve(f)), f);
        }
        assertFalse(Files.exists(tmp.resolve("t1/parts")), "part files are removed after the merge");
        List<CSVRecord> runs = read(tmp.resolve("t1/runs.csv"));
        assertEquals(12, runs.size());
        for (int i = 0; i < 12; i++) {
            assertEquals(Integer.toString(i + 1), runs.get(i).get("run_id"), "rows in run-id order");
        }
        // common random numbers: replication r has the same seed in every scenario and design point
        assertEquals(runs.get(0).get("seed"), runs.get(3).get("seed"));
        assertEquals(runs.get(0).get("seed"), runs.get(9).get("seed"));
        assertEquals("surge", runs.get(6).get("scenario"));
        assertEquals("1.5", runs.get(3).get("policy.kingpin_intensity"));
        assertEquals(12 * 9 + 1, Files.readAllLines(tmp.resolve("t1/timeseries.csv")).size());
    }

    @Test
    void everyRunIsReproducedAloneByItsRecordedSeedAndOverrides() throws IOException {
        BatchSpec spec = smallGrid();
        Path dir = tmp.resolve("b");
        quiet(RunExecutor.MODEL).execute(spec, dir, 2, true);
        CSVRecord run = read(dir.resolve("runs.csv")).get(10); // surge, point 2, replication 2
        String rerun = run.get("rerun");
        assertTrue(rerun.contains("--seed 2") && rerun.contains("--set policy.kingpin_intensity=1.5"), rerun);
        // rebuild the run from the command's arguments only, as 'plaza run' does
        List<String> args = Arrays.asList(rerun.split(" "));
        ParameterValues.Builder b = TestProject.scenarios().load(args.get(2)).values().toBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--set")) {
                String[] kv = args.get(i + 1).split("=");
                b.set(kv[0], kv[1], "");
            }
        }
        RunConfig config = new RunConfig("surge", b.build(), Long.parseLong(args.get(args.indexOf("--seed") + 1)),
                YearMonth.parse(args.get(args.indexOf("--until") + 1)), Double.parseDouble(args.get(args.indexOf("--scale") + 1)));
        List<String> alone = new ArrayList<>();
        PlazaModel.run(config, (month, values) -> {
            StringBuilder sb = new StringBuilder("11,surge,2,").append(month);
            for (double v : values) {
                sb.append(',').append(Numbers.format(v));
            }
            alone.add(sb.toString());
        });
        List<String> inBatch = Files.readAllLines(dir.resolve("timeseries.csv")).stream().filter(l -> l.startsWith("11,")).toList();
        assertEquals(alone, inBatch);
    }

    @Test
    void aFailingRunIsRecordedAndTheBatchGoesOn() throws IOException {
        BatchSpec spec = smallGrid();
        RunExecutor failOnSeed2 = (config, listener) -> {
            if (config.seed() == 2 && config.scenario().equals("baseline")) {
                throw new IllegalStateException("injected failure");
            }
            PlazaModel.run(config, listener);
        };
        Path dir = tmp.resolve("f");
        BatchResult r = quiet(failOnSeed2).execute(spec, dir, 2, true);
        assertEquals(2, r.failed(), "replication 2 of baseline at both design points");
        assertEquals(10, r.succeeded());
        assertFalse(r.allSucceeded());
        List<CSVRecord> runs = read(dir.resolve("runs.csv"));
        CSVRecord failed = runs.get(1);
        assertEquals("failed", failed.get("status"));
        assertTrue(failed.get("error").contains("injected failure"));
        assertEquals("2", failed.get("seed"));
        assertTrue(failed.get("rerun").startsWith("./plaza run baseline --seed 2"));
        assertEquals("", failed.get("homicides"));
        assertEquals("ok", runs.get(2).get("status"));
        assertTrue(Files.readAllLines(dir.resolve("timeseries.csv")).stream().noneMatch(l -> l.startsWith("2,")));
        // the summary counts the successful runs only
        CSVRecord first = read(dir.resolve("summary.csv")).get(0);
        assertEquals("2", first.get("n"));
        assertEquals("failed", read(dir.resolve("timings.csv")).get(1).get("status"));
    }

    @Test
    void summaryHoldsTheMeanAndTheTIntervalOfTheRuns() throws IOException {
        BatchSpec spec = smallGrid();
        Path dir = tmp.resolve("s");
        quiet(RunExecutor.MODEL).execute(spec, dir, 2, true);
        SummaryStatistics s = new SummaryStatistics();
        for (String l : Files.readAllLines(dir.resolve("timeseries.csv"))) {
            String[] f = l.split(",");
            if (f[1].equals("surge") && Integer.parseInt(f[0]) <= 9 && f[3].equals("2007-05")) {
                s.addValue(Double.parseDouble(f[4])); // homicides
            }
        }
        assertEquals(3, s.getN());
        CSVRecord row = read(dir.resolve("summary.csv")).stream()
                .filter(r -> r.get("scenario").equals("surge") && r.get("design_point").equals("1")
                        && r.get("month").equals("2007-05") && r.get("metric").equals("homicides"))
                .findFirst().orElseThrow();
        double half = new TDistribution(2).inverseCumulativeProbability(0.95) * s.getStandardDeviation() / Math.sqrt(3);
        assertEquals(s.getMean(), Double.parseDouble(row.get("mean")), 1e-6 * s.getMean());
        assertEquals(s.getMean() - half, Double.parseDouble(row.get("ci90_low")), 1e-5 * s.getMean());
        assertEquals(s.getMean() + half, Double.parseDouble(row.get("ci90_high")), 1e-5 * s.getMean());
    }

    @Test
    void aBatchKilledMidwayResumesToTheSameFiles() throws Exception {
        List<String> args = List.of("batch", "--scenarios", TestProject.baseline(), "--replications", "16", "--until", "2008-06",
                "--scale", "300", "--threads", "1", "--progress-interval", "0.001");
        Path killed = tmp.resolve("killed");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dplaza.home=" + System.getProperty("plaza.home"), "-cp", System.getProperty("java.class.path"), "plaza.cli.PlazaCli"));
        cmd.addAll(args);
        cmd.addAll(List.of("--out", killed.toString()));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path parts = killed.resolve(PartStore.DIR);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (countParts(parts) < 3 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
        child.waitFor();
        int before = countParts(parts);
        assertTrue(before >= 3 && before < 16, "killed mid-batch with " + before + " runs done; log: "
                + Files.readString(tmp.resolve("child.log")));
        assertFalse(Files.exists(killed.resolve("runs.csv")));

        // the same command again, in a new process, resumes
        Process again = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("resume.log").toFile()).start();
        assertTrue(again.waitFor(120, TimeUnit.SECONDS));
        String log = Files.readString(tmp.resolve("resume.log"));
        assertEquals(0, again.exitValue(), log);
        assertTrue(log.contains("resuming with " + before + " runs already done"), log);
        assertTrue(Files.readString(killed.resolve("metadata.txt")).contains("runs_resumed = " + before));

        ExperimentDefinition def = new ExperimentDefinition().name("adhoc").scenarios(List.of(TestProject.baseline()))
                .replications(16).until(YearMonth.of(2008, 6)).scale(300);
        BatchSpec spec = BatchSpec.resolve(def, TestProject.scenarios());
        BatchResult clean = quiet(RunExecutor.MODEL).execute(spec, tmp.resolve("clean"), 2, true);
        assertEquals(0, clean.resumed());
        assertEquals(16, clean.succeeded());
        for (String f : DETERMINISTIC) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("clean").resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
        assertFalse(Files.exists(killed.resolve(PartStore.DIR)));
        // once complete, the same batch again finds it complete and runs nothing
        BatchResult done = quiet((c, l) -> { throw new AssertionError("nothing should run"); }).execute(spec, tmp.resolve("clean"), 2, true);
        assertEquals(16, done.succeeded());
    }

    @Test
    void resumingADifferentBatchIsRefusedAndFreshStartsOver() throws IOException {
        BatchSpec spec = smallGrid();
        Path dir = tmp.resolve("d");
        quiet(RunExecutor.MODEL).execute(spec, dir, 2, true);
        ExperimentDefinition other = new ExperimentDefinition().name("test").replications(2).until(YearMonth.of(2007, 3)).scale(1000);
        BatchSpec otherSpec = BatchSpec.resolve(other, TestProject.scenarios());
        InputException e = assertThrows(InputException.class, () -> quiet(RunExecutor.MODEL).execute(otherSpec, dir, 1, true));
        assertTrue(e.getMessage().contains("different batch") && e.getMessage().contains("--fresh"), e.getMessage());
        BatchResult fresh = quiet(RunExecutor.MODEL).execute(otherSpec, dir, 1, false);
        assertEquals(2, fresh.succeeded());
        assertEquals(3, read(dir.resolve("runs.csv")).size() + 1);
    }

    private static int countParts(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return (int) s.filter(p -> p.getFileName().toString().startsWith("run-")).count();
        }
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }
}
