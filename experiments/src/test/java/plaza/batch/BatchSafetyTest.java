package plaza.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.model.PlazaModel;
import plaza.output.Metric;
import plaza.output.NonFiniteOutputException;
import plaza.params.InputException;

/** Issue cases of {@code plaza batch}: failed non-finite runs, isolation of concurrent batches, labels, limits. */
class BatchSafetyTest {

    @TempDir
    Path tmp;

    private static BatchSpec spec(int replications, String... scenarios) {
        ExperimentDefinition def = new ExperimentDefinition().name("safety").scenarios(List.of(scenarios))
                .replications(replications).until(YearMonth.of(2007, 4)).scale(1000);
        return BatchSpec.resolve(def, TestProject.scenarios());
    }

    private static BatchRunner quiet(RunExecutor executor) {
        return new BatchRunner(executor).progress(new PrintStream(new ByteArrayOutputStream()), false, 60_000);
    }

    private static List<CSVRecord> runs(Path dir) throws IOException {
        try (Reader r = Files.newBufferedReader(dir.resolve("runs.csv"));
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            return p.getRecords();
        }
    }

    @Test
    void aRunWithANonFiniteOutputIsRecordedAsFailed() throws IOException {
        // the model, with lethality NaN from the second month of run 2 (as dto.arms_share = 0 once gave)
        RunExecutor nanInRun2 = (config, listener) -> PlazaModel.run(config, (month, values) -> {
            if (config.seed() == 2 && month.getMonthValue() >= 2) {
                values[Metric.LETHALITY_INDEX.ordinal()] = Double.NaN;
                NonFiniteOutputException.check(month, values);
            }
            listener.month(month, values);
        });
        BatchResult r = quiet(nanInRun2).execute(spec(3, "baseline"), tmp.resolve("b"), 1, true);
        assertEquals(1, r.failed());
        CSVRecord two = runs(tmp.resolve("b")).get(1);
        assertEquals("failed", two.get("status"));
        assertTrue(two.get("error").contains("lethality_index") && two.get("error").contains("2007-02"), two.get("error"));
        assertFalse(Files.readString(tmp.resolve("b").resolve("timeseries.csv")).contains("NaN"));
    }

    @Test
    void aSecondBatchIntoALockedDirectoryRefusesNamingTheFirst() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RunExecutor blocking = (config, listener) -> {
            running.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            PlazaModel.run(config, listener);
        };
        Path dir = tmp.resolve("shared");
        AtomicReference<BatchResult> first = new AtomicReference<>();
        Thread t = new Thread(() -> first.set(quiet(blocking).command("plaza batch first.txt").execute(spec(2, "baseline"), dir, 1, true)));
        t.start();
        assertTrue(running.await(30, TimeUnit.SECONDS));
        InputException e = assertThrows(InputException.class,
                () -> quiet(RunExecutor.MODEL).execute(spec(3, "baseline"), dir, 1, true));
        assertTrue(e.getMessage().contains("in use") && e.getMessage().contains("first.txt"), e.getMessage());
        InputException same = assertThrows(InputException.class,
                () -> quiet(RunExecutor.MODEL).execute(spec(2, "baseline"), dir, 1, true));
        assertTrue(same.getMessage().contains("in use"), "the same batch twice refuses too: " + same.getMessage());
        release.countDown();
        t.join(60_000);
        assertEquals(2, first.get().succeeded());
        assertEquals(2, runs(dir).size(), "only the first batch's rows");
    }

    @Test
    void staleMergeTemporariesOfDeadProcessesAreRemoved() throws IOException {
        Path dir = tmp.resolve("m");
        Files.createDirectories(dir);
        Path stale = dir.resolve(".runs.csv.tmp-" + (Long.MAX_VALUE / 2) + "-7");
        Files.writeString(stale, "half a merge");
        quiet(RunExecutor.MODEL).execute(spec(1, "baseline"), dir, 1, true);
        assertFalse(Files.exists(stale));
    }

    @Test
    void twoScenariosWithOneNameAreRefused() throws IOException {
        Path elsewhere = tmp.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("baseline.scenario"), "description = another baseline\nextends = "
                + TestProject.baseline() + "\n");
        InputException e = assertThrows(InputException.class,
                () -> spec(1, "baseline", elsewhere.resolve("baseline.scenario").toString()));
        assertTrue(e.getMessage().contains("both named 'baseline'"), e.getMessage());
    }

    @Test
    void hugeDesignsAreRefusedWithTheirCount() {
        ExperimentDefinition def = new ExperimentDefinition().name("huge").replications(1)
                .vary(Factor.parse("policy.kingpin_intensity", "0:2:1000", ""))
                .vary(Factor.parse("dto.arms_share", "0:0.3:1000", ""))
                .vary(Factor.parse("dto.bribe_share", "0:0.7:1000", ""))
                .vary(Factor.parse("dto.payroll_share", "0.05:0.5:1000", ""));
        InputException e = assertThrows(InputException.class, () -> BatchSpec.resolve(def, TestProject.scenarios()));
        assertTrue(e.getMessage().contains("1000000000000 runs"), e.getMessage());
    }

    private static List<String> plaza(String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dplaza.home=" + System.getProperty("plaza.home"), "-cp", System.getProperty("java.class.path"), "plaza.cli.PlazaCli"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static int parts(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var s = Files.list(dir)) {
            return (int) s.filter(p -> p.getFileName().toString().startsWith("run-")).count();
        }
    }

    @Test
    void sigtermSaysWhatIsSafeAndAnotherProcessIsRefusedMeanwhile() throws Exception {
        Path dir = tmp.resolve("term");
        Process child = new ProcessBuilder(plaza("batch", "--scenarios", TestProject.baseline(), "--replications", "200",
                "--until", "2010-12", "--scale", "300", "--threads", "1", "--progress-interval", "0.001", "--out", dir.toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (parts(dir.resolve(PartStore.DIR)) < 2 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // a second process into the same directory refuses, naming the first
        Process other = new ProcessBuilder(plaza("batch", "--scenarios", TestProject.baseline(), "--replications", "3",
                "--until", "2007-03", "--out", dir.toString())).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("other.log").toFile()).start();
        assertTrue(other.waitFor(120, TimeUnit.SECONDS));
        String otherLog = Files.readString(tmp.resolve("other.log"));
        assertEquals(2, other.exitValue(), otherLog);
        assertTrue(otherLog.contains("in use by another Plaza process (pid " + child.pid()), otherLog);
        child.destroy(); // SIGTERM
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        String log = Files.readString(tmp.resolve("child.log"));
        assertTrue(log.contains("stopped by a signal") && log.contains("run the same command again to resume"), log);
        assertFalse(Files.exists(dir.resolve("runs.csv")));
    }
}
