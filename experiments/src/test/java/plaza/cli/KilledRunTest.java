package plaza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.io.Metadata;
import plaza.io.ResultDirs;
import plaza.io.RunCommit;
import plaza.io.RunWriter;

/**
 * Issue 28, item 2: {@code plaza run} replacing an earlier run in the same directory, killed with
 * {@code kill -9} at random moments, must leave every file of the directory from one run: the earlier
 * one or the new one. Before the fix 7 of 34 such kills left the new CSVs beside the old metadata.
 *
 * <p>Two runs alternate in one directory: A (seed 1, until 2007-06) and B (seed 2, until 2007-09).
 * Each round starts a separate JVM writing the run the directory does not hold, kills it with SIGKILL
 * ({@link Process#destroyForcibly}) after a random delay (some near the end of the run, where the
 * files are replaced), then reads the directory as every command does ({@link Metadata#read}
 * finishes a replacement cut short) and checks each file: every row's seed and the last month match
 * the metadata's seed and until, and no other file is there. The number of rounds is
 * {@code -Dplaza.kills} (default 12).
 */
class KilledRunTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void home() {
        System.setProperty("plaza.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    private static final String[] A = {"--seed", "1", "--until", "2007-06"};
    private static final String[] B = {"--seed", "2", "--until", "2007-09"};

    private static List<String> args(Path dir, String[] run) {
        List<String> a = new ArrayList<>(List.of("run", "baseline", "--scale", "5000", "--out", dir.toString()));
        a.addAll(List.of(run));
        return a;
    }

    private static Process child(Path dir, String[] run) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dplaza.home=" + System.getProperty("plaza.home"),
                "-cp", System.getProperty("java.class.path"), PlazaCli.class.getName()));
        cmd.addAll(args(dir, run));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void aRunKilledWhileReplacingAnotherLeavesEveryFileFromOneRun() throws Exception {
        Path dir = tmp.resolve("run");
        Cli.Result first = Cli.run(args(dir, A).toArray(String[]::new));
        assertEquals(0, first.code(), first.err());
        assertEquals("seed 1 until 2007-06", wholeRun(dir));

        // how long a child takes to replace the run, to place the kills around its end: the shorter of two
        // (the first start of a JVM is slower), then of every child that finishes before its kill
        long millis = Long.MAX_VALUE;
        for (String[] run : new String[][] {B, A}) {
            long t0 = System.nanoTime();
            Process whole = child(dir, run);
            assertEquals(0, whole.waitFor(), "an uninterrupted child run succeeds");
            millis = Math.min(millis, (System.nanoTime() - t0) / 1_000_000);
            assertEquals(run == B ? "seed 2 until 2007-09" : "seed 1 until 2007-06", wholeRun(dir));
        }

        int rounds = Integer.getInteger("plaza.kills", 12);
        Random rng = new Random(28);
        TreeMap<String, Integer> outcomes = new TreeMap<>();
        int killed = 0;
        for (int i = 0; i < rounds; i++) {
            String before = wholeRun(dir);
            String[] next = before.startsWith("seed 1") ? B : A;
            // half the kills anywhere in the run, half within 15% of its measured end (where files are replaced)
            double f = i % 2 == 0 ? 0.2 + 1.0 * rng.nextDouble() : 0.85 + 0.3 * rng.nextDouble();
            long t0 = System.nanoTime();
            Process p = child(dir, next);
            boolean finished = p.waitFor(Math.round(millis * f), TimeUnit.MILLISECONDS);
            if (finished) {
                millis = Math.min(millis, (System.nanoTime() - t0) / 1_000_000);
            } else {
                p.destroyForcibly();
                p.waitFor();
                killed++;
            }
            String pending = Files.isDirectory(dir.resolve(RunCommit.COMMITTED)) ? ", replacement cut short"
                    : Files.isDirectory(dir.resolve(RunCommit.STAGING)) ? ", new run staged" : "";
            String after = wholeRun(dir);
            String outcome = (!finished ? "killed: " : "finished: ") + (after.equals(before) ? "old run" : "new run") + pending;
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.println("KilledRunTest: " + rounds + " rounds (child run " + millis + " ms), " + killed + " killed: " + outcomes);
        assertTrue(killed >= rounds / 3, "most rounds must kill the run before it completes: " + outcomes);
    }

    /**
     * Reads the directory as a command does, checks that every file belongs to one run and says which
     * ("seed S until M"); fails naming the file that belongs to another.
     */
    static String wholeRun(Path dir) throws IOException {
        Metadata md = Metadata.read(dir);
        String seed = md.get("seed");
        String until = md.get("until");
        List<String> expected = new ArrayList<>(RunWriter.FILES);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                boolean allowed = expected.contains(name) || name.equals(ResultDirs.LOCK) || name.equals(RunCommit.STAGING);
                if (!allowed) {
                    fail(dir + " holds " + name + ", which is no file of a finished run");
                }
            }
        }
        for (String f : expected) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), dir + " lacks " + f);
        }
        for (String csv : List.of(RunWriter.TIMESERIES, RunWriter.PLAZAS, RunWriter.EVENTS)) {
            String last = null;
            try (Reader r = Files.newBufferedReader(dir.resolve(csv), StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                for (CSVRecord rec : parser) {
                    if (!rec.get("seed").equals(seed)) {
                        fail(dir.resolve(csv) + ":" + (rec.getRecordNumber() + 1) + " has seed " + rec.get("seed")
                                + " beside " + Metadata.FILE + " of seed " + seed + " (until " + until + ")");
                    }
                    last = rec.get("month");
                }
            }
            if (!csv.equals(RunWriter.EVENTS)) {
                assertEquals(until, last, dir.resolve(csv) + " ends in another month than " + Metadata.FILE + " says");
            }
        }
        return "seed " + seed + " until " + until;
    }
}
