package plaza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import plaza.io.ResultDirs;
import plaza.io.RunWriter;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.Metric;
import plaza.output.NonFiniteOutputException;
import plaza.output.RunListener;

/** Issue cases of {@code plaza run}: finite outputs or a failed run, physical bounds, and --out that destroys nothing. */
class TrustworthyRunTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void home() {
        System.setProperty("plaza.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    @AfterEach
    void restoreModel() {
        RunCommand.model = PlazaModel::run;
    }

    record Result(int code, String out, String err) { }

    static Result cli(String... args) {
        CommandLine cl = PlazaCli.commandLine();
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(out, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Result run(Path out, String... sets) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "baseline", "--until", "2008-06", "--scale", "1000",
                "--out", out.toString()));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return cli(args.toArray(new String[0]));
    }

    private static void assertFinite(Path dir) throws IOException {
        for (String line : Files.readAllLines(dir.resolve(RunWriter.TIMESERIES))) {
            assertFalse(line.contains("NaN") || line.contains("Infinity"), line);
        }
    }

    @Test
    void zeroBribeAndArmsSharesGiveFiniteOutputs() throws IOException {
        Result a = run(tmp.resolve("bribes"), "dto.bribe_share=0");
        assertEquals(0, a.code(), a.err());
        assertFinite(tmp.resolve("bribes"));
        Result b = run(tmp.resolve("arms"), "dto.arms_share=0");
        assertEquals(0, b.code(), b.err());
        assertFinite(tmp.resolve("arms"));
    }

    @Test
    void impossibleParameterPairsAreRefusedNamingBoth() {
        Result leak = run(tmp.resolve("leak"), "justice.police_corruption_2007=1", "justice.leak_given_corruption=1");
        assertEquals(2, leak.code(), leak.err());
        assertTrue(leak.err().contains("justice.police_corruption_2007") && leak.err().contains("justice.leak_given_corruption"), leak.err());
        Result troops = run(tmp.resolve("troops"), "military.troops_deployed_2009=150000", "military.armed_forces_personnel=60000");
        assertEquals(2, troops.code(), troops.err());
        assertTrue(troops.err().contains("military.troops_deployed_2009") && troops.err().contains("military.armed_forces_personnel"), troops.err());
        assertFalse(Files.exists(tmp.resolve("troops")), "nothing written");
    }

    @Test
    void aRunWithANonFiniteOutputFailsWithMonthColumnAndParameters() {
        RunCommand.model = nanIn(Metric.LETHALITY_INDEX, 3);
        Result r = run(tmp.resolve("nan"), "dto.arms_share=0.05");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("lethality_index") && r.err().contains("2007-03"), r.err());
        assertTrue(r.err().contains("dto.arms_share=0.05"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(tmp.resolve("nan").resolve(RunWriter.TIMESERIES)), "no result written");
        assertFalse(Files.exists(tmp.resolve("nan")), "the directory it created is gone");
    }

    /** The model, with one output replaced by NaN from the given month of the output period on. */
    static BiConsumer<RunConfig, RunListener> nanIn(Metric metric, int month) {
        return (config, listener) -> PlazaModel.run(config, new RunListener() {
            int n;

            @Override
            public void month(java.time.YearMonth m, double[] values) {
                if (++n >= month) {
                    values[metric.ordinal()] = Double.NaN;
                    NonFiniteOutputException.check(m, values);
                }
                listener.month(m, values);
            }
        });
    }

    @Test
    void compareRefusesNonFiniteInputsWithoutAStackTrace() throws IOException {
        Path dir = tmp.resolve("old");
        assertEquals(0, run(dir).code());
        Path ts = dir.resolve(RunWriter.TIMESERIES);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(ts));
        String[] cells = lines.get(3).split(",", -1);
        cells[3] = "NaN"; // homicides, as an earlier Plaza wrote for dto.bribe_share=0
        lines.set(3, String.join(",", cells));
        Files.write(ts, lines);
        Result r = cli("compare", dir.toString(), "--out", tmp.resolve("cmp").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(":4:") && r.err().contains("homicides"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(tmp.resolve("cmp").resolve("comparison.csv")), "no partial comparison");
        Files.write(ts, new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1});
        Result binary = cli("compare", dir.toString(), "--out", tmp.resolve("cmp").toString());
        assertEquals(2, binary.code(), binary.err());
        assertTrue(binary.err().contains("timeseries.csv: not a text file"), binary.err());
    }

    @Test
    void aShardThatLeavesRunsToOthersSaysNothingWasMerged() {
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(captured, true));
        Result r;
        try {
            r = cli("batch", "--replications", "4", "--until", "2007-03", "--scale", "1000", "--threads", "1",
                    "--shard", "1/2", "--out", tmp.resolve("shards").toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(0, r.code(), r.err());
        String out = captured.toString();
        assertTrue(out.contains("2 of 4 runs complete") && out.contains("nothing merged"), out);
        assertFalse(out.contains("succeeded"), "not the message of a finished batch: " + out);
    }

    @Test
    void outNamingAFileIsRefusedAndTheFileKept() throws IOException {
        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "my notes\n");
        Result r = run(notes);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("is a file"), r.err());
        assertEquals("my notes\n", Files.readString(notes));
        Path dir = tmp.resolve("r");
        assertEquals(0, run(dir).code());
        byte[] before = Files.readAllBytes(dir.resolve(RunWriter.TIMESERIES));
        assertEquals(2, run(dir.resolve(RunWriter.TIMESERIES)).code());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve(RunWriter.TIMESERIES))));
    }

    @Test
    void aRunOverABatchIsRefusedUnlessFresh() throws IOException {
        Path batch = tmp.resolve("batch");
        Result b = cli("batch", "--replications", "1", "--until", "2007-03", "--scale", "1000", "--threads", "1",
                "--out", batch.toString());
        assertEquals(0, b.code(), b.err());
        byte[] runs = Files.readAllBytes(batch.resolve("runs.csv"));
        Result r = run(batch);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("batch") && r.err().contains("--fresh"), r.err());
        assertTrue(java.util.Arrays.equals(runs, Files.readAllBytes(batch.resolve("runs.csv"))), "batch untouched");
        Result fresh = cli("run", "baseline", "--until", "2008-06", "--scale", "1000", "--out", batch.toString(), "--fresh");
        assertEquals(0, fresh.code(), fresh.err());
        assertFalse(Files.exists(batch.resolve("runs.csv")), "the batch's files are gone, not mixed with the run");
        assertEquals("run", ResultDirs.kind(batch));
        Result back = cli("batch", "--replications", "1", "--until", "2007-03", "--scale", "1000", "--threads", "1",
                "--out", batch.toString());
        assertEquals(2, back.code(), "a batch over a run is refused: " + back.err());
    }

    @Test
    void aKilledRunsTemporariesAreRemovedByTheNextRun() throws IOException {
        Path dir = tmp.resolve("k");
        Files.createDirectories(dir);
        // a process that no longer exists (pid beyond any the system hands out) left a temporary
        Path stale = dir.resolve(".timeseries.csv.tmp-" + (Long.MAX_VALUE / 2) + "-1");
        Files.writeString(stale, "partial");
        assertEquals(0, run(dir).code());
        assertFalse(Files.exists(stale));
    }

    @Test
    void aLockedDirectoryIsRefusedNamingTheHolder() throws IOException {
        Path dir = tmp.resolve("locked");
        try (ResultDirs.Lock lock = ResultDirs.lock(dir, false, "plaza batch other-experiment.txt")) {
            Result r = run(dir);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("in use") && r.err().contains("other-experiment.txt"), r.err());
        }
        assertEquals(0, run(dir).code(), "free again once released");
    }
}
