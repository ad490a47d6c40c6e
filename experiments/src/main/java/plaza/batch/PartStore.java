package plaza.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.BitSet;
import java.util.Locale;

import plaza.io.AtomicFiles;
import plaza.io.ResultDirs;

/**
 * The per-run part files of an unfinished batch, in {@code DIR/parts/}. Each completed run is one
 * file {@code run-NNNNNNN.csv}, written under a hidden temporary name and renamed into place only
 * when complete, so a part file that exists is whole: a killed batch leaves whole parts and, at
 * worst, temporaries, which are deleted on resume. The merge reads the parts in run-id order.
 *
 * <p>Part layout (one CSV record per line): the run's time-series rows, then {@value #RUN_TAG}
 * followed by its runs.csv row, then {@value #TIME_TAG} followed by status and wall seconds.
 */
final class PartStore {

    static final String DIR = "parts";
    static final String RUN_TAG = "#run,";
    static final String TIME_TAG = "#time,";

    private final Path dir;

    PartStore(Path batchDir) {
        this.dir = batchDir.resolve(DIR);
    }

    Path directory() {
        return dir;
    }

    Path file(int runId) {
        return dir.resolve(String.format(Locale.ROOT, "run-%07d.csv", runId));
    }

    /** Creates the directory and removes temporaries left by a killed batch. */
    void prepare() {
        try {
            Files.createDirectories(dir);
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".*")) {
                for (Path p : s) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Ids of the runs whose part file exists (complete, whether the run succeeded or failed). */
    BitSet completed(int runCount) {
        BitSet done = new BitSet(runCount + 1);
        if (!Files.isDirectory(dir)) {
            return done;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "run-*.csv")) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                try {
                    int id = Integer.parseInt(n.substring(4, n.length() - 4));
                    if (id >= 1 && id <= runCount) {
                        if (tail(id).contains(TIME_TAG) && tail(id).endsWith("\n")) {
                            done.set(id);
                        } else {
                            Files.delete(p); // torn by a system crash: run it again
                        }
                    }
                } catch (NumberFormatException ignored) {
                    // not a part file of ours
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return done;
    }

    /** Whether a complete part records a successful run (its last line is the time record). */
    boolean succeeded(int runId) {
        return tail(runId).contains(TIME_TAG + RunTask.OK + ",");
    }

    /** The last bytes of a part: enough for its time record. */
    private String tail(int runId) {
        try (RandomAccessFile f = new RandomAccessFile(file(runId).toFile(), "r")) {
            long len = f.length();
            int n = (int) Math.min(len, 64);
            byte[] bytes = new byte[n];
            f.seek(len - n);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file(runId) + ": " + e.getMessage(), e);
        }
    }

    /** Opens the temporary file of a part; {@link #commit} renames it into place. */
    BufferedWriter open(int runId) throws IOException {
        return Files.newBufferedWriter(temporary(runId), StandardCharsets.UTF_8);
    }

    Path temporary(int runId) {
        return AtomicFiles.temporaryFor(file(runId));
    }

    /**
     * Renames a finished part into place. Unlike {@link AtomicFiles#commit} it does not force the
     * file to disk first: a rename is atomic for any process, so a killed batch never sees half a
     * part, and syncing every part would make a batch of short runs wait on the disk. A part torn by a power loss is caught by {@link #completed},
     * which keeps only parts that end with their time record, and is run again.
     */
    void commit(int runId) throws IOException {
        try {
            Files.move(temporary(runId), file(runId), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary(runId), file(runId), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    void discard(int runId) {
        try {
            Files.deleteIfExists(temporary(runId));
        } catch (IOException ignored) {
            // a leftover temporary is removed by the next prepare()
        }
    }

    /** Deletes the parts once merged. */
    void delete() {
        ResultDirs.deleteFlatFolder(dir);
    }
}
