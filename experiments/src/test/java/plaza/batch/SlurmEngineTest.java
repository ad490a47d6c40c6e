package plaza.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import plaza.cli.PlazaCli;

/**
 * {@code --engine slurm} against a real SLURM cluster: the one-node cluster on 127.0.0.1 that
 * {@code .ci/slurm-up} starts (CI runs it before the tests). Skips only where sbatch is not
 * installed, and fails in CI (CI=true) if it is missing there.
 */
class SlurmEngineTest {

    private static final List<String> DETERMINISTIC = List.of("runs.csv", "timeseries.csv", "summary.csv");

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsSlurm() {
        boolean present = onPath("sbatch") && onPath("squeue");
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must have SLURM: .ci/run starts a one-node cluster with .ci/slurm-up");
        }
        assumeTrue(present, "sbatch is not installed: SLURM engine test skipped (bash .ci/slurm-up starts a one-node cluster)");
    }

    private static boolean onPath(String exe) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, exe))) {
                return true;
            }
        }
        return false;
    }

    /** Runs 'plaza batch' in this JVM; returns the exit code and what it printed on stderr. */
    private static Object[] plaza(List<String> args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
        System.setErr(new PrintStream(new TeeStream(old, capture), true, StandardCharsets.UTF_8));
        try {
            int code = PlazaCli.commandLine().execute(args.toArray(new String[0]));
            return new Object[] {code, buf.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(old);
        }
    }

    private static List<String> args(String... more) {
        List<String> a = new ArrayList<>(List.of("batch", "--scenarios", TestProject.baseline(), "--progress-interval", "0.2"));
        a.addAll(List.of(more));
        return a;
    }

    private void assertSameAsLocal(ExperimentDefinition def, Path slurmOut) throws IOException {
        BatchSpec spec = BatchSpec.resolve(def, TestProject.scenarios());
        Path local = tmp.resolve("local");
        new BatchRunner().progress(new PrintStream(new ByteArrayOutputStream()), false, 60_000).execute(spec, local, 2, true);
        List<String> files = new ArrayList<>(DETERMINISTIC);
        if (!def.outputs().isEmpty()) {
            files.addAll(List.of("plazas.csv", "states.csv", "events.csv")); // the per-run tables, through the same part store
        }
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(slurmOut.resolve(f)), f);
        }
        assertFalse(Files.exists(slurmOut.resolve(PartStore.DIR)), "parts are removed after the merge");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a cluster whose node is down would leave the jobs pending
    void aJobArrayAndItsMergeJobWriteTheLocalBatchesBytes() throws IOException {
        Path out = tmp.resolve("slurm");
        Object[] r = plaza(args("--replications", "6", "--until", "2007-09", "--scale", "1000",
                "--vary", "policy.kingpin_intensity=0.5:1.5:2", "--outputs", "plazas,states,events", "--engine", "slurm", "--array-size", "3",
                "--time", "00:10:00", "--out", out.toString()));
        String log = (String) r[1];
        assertEquals(0, r[0], log);
        assertTrue(log.contains("array job") && log.contains("(3 of 3 tasks, shard K/3"), log);
        assertTrue(log.matches("(?s).*slurm: \\d+/12 runs done.*"), "progress from the part files: " + log);
        ExperimentDefinition def = new ExperimentDefinition().name("adhoc").scenarios(List.of(TestProject.baseline()))
                .replications(6).until(YearMonth.of(2007, 9)).scale(1000)
                .vary(Factor.parse("policy.kingpin_intensity", "0.5:1.5:2", "")).outputs("plazas,states,events", "");
        assertSameAsLocal(def, out);
        String array = Files.readString(out.resolve("slurm/array.sbatch"));
        assertTrue(array.contains("#SBATCH --array=1-3") && array.contains("--shard \"$SLURM_ARRAY_TASK_ID/3\"")
                && array.contains("#SBATCH --time=00:10:00"), array);
        String merge = Files.readString(out.resolve("slurm/merge.sbatch"));
        assertFalse(merge.contains("--shard"), merge);
        for (int k = 1; k <= 3; k++) {
            assertTrue(Files.readString(out.resolve("slurm/logs/task-" + k + ".log")).contains("batch: shard " + k + "/3 done"));
        }
        String meta = Files.readString(out.resolve("metadata.txt"));
        assertTrue(meta.contains("status = complete") && meta.matches("(?s).*engine = slurm \\(array job \\d+, merge job \\d+\\).*"), meta);

        // a complete batch is not submitted again
        Object[] again = plaza(args("--replications", "6", "--until", "2007-09", "--scale", "1000",
                "--vary", "policy.kingpin_intensity=0.5:1.5:2", "--outputs", "plazas,states,events", "--engine", "slurm", "--array-size", "3",
                "--out", out.toString()));
        assertEquals(0, again[0]);
        assertFalse(((String) again[1]).contains("submitted"), (String) again[1]);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aCancelledArrayIsResubmittedForItsMissingRunsOnly() throws Exception {
        Path out = tmp.resolve("killed");
        List<String> batch = List.of("--replications", "16", "--until", "2008-06", "--scale", "300",
                "--engine", "slurm", "--array-size", "4", "--out", out.toString());
        List<String> first = new ArrayList<>(batch);
        first.add("--no-wait");
        Object[] r = plaza(args(first.toArray(new String[0])));
        assertEquals(0, r[0], (String) r[1]);
        String arrayId = null;
        String mergeId = null;
        for (String l : Files.readAllLines(out.resolve("slurm/jobs.txt"))) {
            if (l.startsWith("array ")) {
                arrayId = l.substring(6);
            } else if (l.startsWith("merge ")) {
                mergeId = l.substring(6);
            }
        }
        assertTrue(arrayId != null && mergeId != null);
        Path parts = out.resolve(PartStore.DIR);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (count(parts) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        new ProcessBuilder("scancel", arrayId).inheritIO().start().waitFor(); // kills the running tasks
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (queued(arrayId + "," + mergeId) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertFalse(queued(arrayId + "," + mergeId), "the merge job is dropped with the cancelled array");
        assertFalse(Files.exists(out.resolve("runs.csv")), "no merge after a cancelled array");
        BitSet done = new PartStore(out, 16).completed();
        int before = done.cardinality();
        assertTrue(before >= 2 && before < 16, "cancelled mid-batch with " + before + " runs done");
        int expectedTasks = SlurmEngine.tasksWithMissingRuns(done, 16, 4).size();

        Object[] again = plaza(args(batch.toArray(new String[0])));
        String log = (String) again[1];
        assertEquals(0, again[0], log);
        assertTrue(log.contains("(" + before + " already done)") && log.contains("(" + expectedTasks + " of 4 tasks"), log);
        assertSameAsLocal(new ExperimentDefinition().name("adhoc").scenarios(List.of(TestProject.baseline()))
                .replications(16).until(YearMonth.of(2008, 6)).scale(300), out);
        String meta = Files.readString(out.resolve("metadata.txt"));
        assertTrue(meta.contains("runs_resumed = 16"), "every run came from the array tasks' parts: " + meta);
    }

    private static int count(Path parts) throws IOException {
        if (!Files.isDirectory(parts)) {
            return 0;
        }
        try (var s = Files.list(parts)) {
            return (int) s.filter(p -> p.getFileName().toString().startsWith("run-")).count();
        }
    }

    private static boolean queued(String ids) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("squeue", "-h", "-j", ids, "-o", "%i").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return p.exitValue() == 0 && !text.isBlank();
    }

    /** Copies what a batch prints to the real stderr and to a buffer. */
    private static final class TeeStream extends java.io.OutputStream {
        private final PrintStream a;
        private final PrintStream b;

        TeeStream(PrintStream a, PrintStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
