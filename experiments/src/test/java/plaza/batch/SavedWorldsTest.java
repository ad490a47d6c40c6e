package plaza.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch whose scenarios continue from saved worlds writes the same files, byte for byte, as the
 * same batch simulating every run from 1995: here for the library's headline scenarios with levers
 * from 2007 on (Merida's money moved to judicial reform, the kingpin surge), two seeds, to 2010.
 */
class SavedWorldsTest {

    private static final List<String> DETERMINISTIC = List.of("runs.csv", "timeseries.csv", "summary.csv");

    @TempDir
    Path tmp;

    private static BatchRunner quiet() {
        return new BatchRunner().progress(new PrintStream(new ByteArrayOutputStream()), false, 60_000);
    }

    @Test
    void scenariosContinuedFromSavedWorldsEqualRunsFrom1995() throws IOException {
        ExperimentDefinition def = new ExperimentDefinition().name("saved")
                .scenarios(List.of("baseline", "merida-judicial-100", "kingpin-surge-with-batch"))
                .replications(2).seed(3).until(YearMonth.of(2010, 12));
        BatchSpec spec = BatchSpec.resolve(def, TestProject.scenarios());
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        new BatchRunner().progress(new PrintStream(log), false, 60_000).savedWorlds(true).execute(spec, tmp.resolve("saved"), 2, true);
        assertTrue(log.toString().contains("batch: 4 run(s) continued a saved world of 2006-12, 2 simulated from 1995-01"),
                "Merida's money moves from FY2009; the kingpin surge's extradition batch year is read every month from 1995: " + log);
        assertTrue(log.toString().contains("batch: 2 of them continued a world saved later (after 2008-09), the months before replayed"),
                "Merida's values first differ in 2008-10: it continues the baseline's world of 2008-09, 2007-01 to 2008-09 replayed: " + log);
        assertTrue(log.toString().contains("batch: 2 of them replayed the first run's months whole"),
                "the baseline's own values to 2010-12: its runs replay the months recorded when the worlds were made: " + log);
        quiet().savedWorlds(false).execute(spec, tmp.resolve("plain"), 2, true);
        for (String f : DETERMINISTIC) {
            assertEquals(Files.readString(tmp.resolve("plain").resolve(f)), Files.readString(tmp.resolve("saved").resolve(f)), f);
        }
        // the scenarios did differ: the comparison is not of identical runs
        List<String> runs = Files.readAllLines(tmp.resolve("saved/runs.csv"));
        assertEquals(7, runs.size());
        assertNotEquals(runs.get(1).substring(runs.get(1).indexOf(",ok,")), runs.get(3).substring(runs.get(3).indexOf(",ok,")));
    }

    @Test
    void runsThatReadOtherValuesBefore2007SimulateFrom1995() throws IOException {
        // a value read every month from 1995 (the killing rate of enforcers, read by violence each month; a value read
        // only when something happens, such as the split probability at a succession, depends on the seed's draws),
        // and a lever path from mid-2003, first read in 2006-12
        Path early = tmp.resolve("early.scenario");
        Files.writeString(early, "description = test: kingpin strategy from mid-2003\nextends = " + TestProject.baseline()
                + "\npolicy.kingpin_intensity = 2003-06: 1.7\n");
        ExperimentDefinition def = new ExperimentDefinition().name("sweep").scenarios(List.of("baseline", early.toString()))
                .replications(1).until(YearMonth.of(2007, 6))
                .vary(Factor.parse("violence.homicides_per_1000_enforcer_months", "9:11:2", ""));
        BatchSpec spec = BatchSpec.resolve(def, TestProject.scenarios());
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        new BatchRunner().progress(new PrintStream(log), false, 60_000).execute(spec, tmp.resolve("saved"), 2, true);
        assertTrue(log.toString().contains("batch: 1 run(s) continued a saved world of 2006-12, 3 simulated from 1995-01"),
                "only the baseline at the first design point continues: the kingpin path of mid-2003 is in force (1.7, not 1)"
                        + " when the offensive first reads it in December 2006, and the second point's killing rate is read"
                        + " from 1995: " + log);
        quiet().savedWorlds(false).execute(spec, tmp.resolve("plain"), 2, true);
        for (String f : DETERMINISTIC) {
            assertEquals(Files.readString(tmp.resolve("plain").resolve(f)), Files.readString(tmp.resolve("saved").resolve(f)), f);
        }
    }

    private static String batch(BatchSpec spec, Path out, Path worlds) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        new BatchRunner().progress(new PrintStream(log), false, 60_000).worldCache(worlds).execute(spec, out, 2, true);
        return log.toString();
    }

    private static BatchSpec headlineLike() {
        return BatchSpec.resolve(new ExperimentDefinition().name("saved")
                .scenarios(List.of("baseline", "merida-judicial-100", "kingpin-surge-with-batch"))
                .replications(2).seed(3).until(YearMonth.of(2010, 12)), TestProject.scenarios());
    }

    private void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String f : DETERMINISTIC) {
            assertEquals(Files.readString(expected.resolve(f)), Files.readString(actual.resolve(f)), actual + "/" + f);
        }
    }

    private static List<Path> worldFiles(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".world")).sorted().toList();
        }
    }

    @Test
    void worldsOnDiskLetTheNextBatchSimulateNo1995To2006WithTheSameBytes() throws IOException {
        BatchSpec spec = headlineLike();
        Path worlds = tmp.resolve("worlds");
        quiet().savedWorlds(false).execute(spec, tmp.resolve("plain"), 2, true);

        String first = batch(spec, tmp.resolve("first"), worlds);
        assertTrue(first.contains("batch: 4 run(s) continued a saved world of 2006-12, 2 simulated from 1995-01"), first);
        // the two seeds' baseline worlds, and the kingpin surge's own worlds (its batch year is read from 1995)
        assertTrue(first.contains("saved worlds on disk (" + worlds + "): 0 read, 4 stored"), first);
        assertEquals(4, worldFiles(worlds).size());

        String second = batch(spec, tmp.resolve("second"), worlds);
        assertTrue(second.contains("batch: 6 run(s) continued a saved world of 2006-12, 0 simulated from 1995-01"), second);
        assertTrue(second.contains("saved worlds on disk (" + worlds + "): 4 read, 0 stored"), second);

        assertSameFiles(tmp.resolve("plain"), tmp.resolve("first"));
        assertSameFiles(tmp.resolve("plain"), tmp.resolve("second"));
    }

    @Test
    void staleWorldsOnDiskAreDeletedAndSimulatedAgain() throws IOException {
        BatchSpec spec = headlineLike();
        Path worlds = tmp.resolve("worlds");
        quiet().savedWorlds(false).execute(spec, tmp.resolve("plain"), 2, true);
        batch(spec, tmp.resolve("first"), worlds);
        List<Path> files = worldFiles(worlds);
        assertEquals(4, files.size());

        // a world of other code (its own name), one under this code's name whose header is another code's,
        // and one cut short (a write interrupted by a crash would never be renamed into place, but a disk can fail)
        Path otherName = worlds.resolve("0".repeat(16) + "-" + "1".repeat(32) + ".world");
        Files.write(otherName, Files.readAllBytes(files.get(0)));
        byte[] bytes = Files.readAllBytes(files.get(1));
        String header = new String(bytes, 0, 200, java.nio.charset.StandardCharsets.ISO_8859_1);
        String code = WorldCache.codeVersion();
        assertTrue(header.contains(code), "the header names the code version");
        Files.write(files.get(1), new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace(code, "f".repeat(64))
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.write(files.get(2), java.util.Arrays.copyOf(Files.readAllBytes(files.get(2)), 5000));

        String again = batch(spec, tmp.resolve("again"), worlds);
        assertTrue(again.contains("saved worlds on disk (" + worlds + "): 2 read, 2 stored, 3 stale (other code, or unreadable) deleted and simulated again"), again);
        assertTrue(again.contains("batch: 4 run(s) continued a saved world of 2006-12, 2 simulated from 1995-01")
                || again.contains("batch: 5 run(s) continued a saved world of 2006-12, 1 simulated from 1995-01")
                || again.contains("batch: 6 run(s) continued a saved world of 2006-12, 0 simulated from 1995-01"), again);
        assertFalse(Files.exists(otherName), "the world of other code is deleted");
        assertEquals(files, worldFiles(worlds), "the two damaged worlds are stored again under their names");
        assertSameFiles(tmp.resolve("plain"), tmp.resolve("again"));

        String last = batch(spec, tmp.resolve("last"), worlds);
        assertTrue(last.contains("saved worlds on disk (" + worlds + "): 4 read, 0 stored"), last);
        assertSameFiles(tmp.resolve("plain"), tmp.resolve("last"));
    }
}
