package plaza.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.analysis.ResultDirectory;

/**
 * The two moments a kill can cut a run's replacement that random kills rarely hit (KilledRunTest
 * kills real runs at random): after the run is staged but before its commit, and after the commit
 * while its files are being moved into place. Files are tagged "old" or "new" by content.
 */
class RunCommitTest {

    @TempDir
    Path dir;

    private void write(Path folder, String tag) throws IOException {
        Files.createDirectories(folder);
        for (String f : RunWriter.FILES) {
            Files.writeString(folder.resolve(f), f.equals(Metadata.FILE) ? "format_version = 1\nkind = run\nseed = " + tag + "\n" : tag + "\n");
        }
    }

    private void assertAll(String tag) throws IOException {
        for (String f : RunWriter.FILES) {
            String text = Files.readString(dir.resolve(f));
            assertEquals(f.equals(Metadata.FILE) ? "format_version = 1\nkind = run\nseed = " + tag + "\n" : tag + "\n", text, f);
        }
    }

    @Test
    void aStagedRunThatWasNotCommittedLeavesTheEarlierRunAndIsDiscardedByTheNextWriter() throws IOException {
        write(dir, "old");
        write(dir.resolve(RunCommit.STAGING), "new");
        assertEquals("old", Metadata.read(dir).get("seed"));
        assertAll("old");
        RunCommit.stage(dir);
        assertEquals(0, Files.list(dir.resolve(RunCommit.STAGING)).count(), "the next writer starts from an empty staging folder");
    }

    @Test
    void aCommitCutShortWhileMovingIsFinishedByTheNextReader() throws IOException {
        write(dir, "old");
        write(dir.resolve(RunCommit.STAGING), "new");
        // the commit: one rename; then the kill after two of the five files were moved into place
        Files.move(dir.resolve(RunCommit.STAGING), dir.resolve(RunCommit.COMMITTED), StandardCopyOption.ATOMIC_MOVE);
        for (String f : new String[] {RunWriter.TIMESERIES, RunWriter.PLAZAS}) {
            Files.move(dir.resolve(RunCommit.COMMITTED).resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals("new", Metadata.read(dir).get("seed"), "the reader sees the new run's metadata");
        assertAll("new");
        assertFalse(Files.exists(dir.resolve(RunCommit.COMMITTED)));
    }

    @Test
    void aFolderOfRunsFinishesEachRunsCommitBeforeListingThem() throws IOException {
        // a first run into a new directory, killed after its commit: no metadata.txt outside the commit yet
        Path run = dir.resolve("seed-1");
        write(run.resolve(RunCommit.COMMITTED), "1");
        Files.writeString(run.resolve(RunCommit.COMMITTED).resolve(RunWriter.TIMESERIES),
                "scenario,seed,month,homicides\nbaseline,1,2007-01,5\n");
        ResultDirectory d = ResultDirectory.read(dir);
        assertEquals(1, d.replications().size());
        assertEquals(5.0, d.replications().get(0).values().get("homicides")[0]);
    }
}
