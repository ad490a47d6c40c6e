package plaza.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
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
import java.util.stream.IntStream;

import plaza.io.AtomicFiles;
import plaza.io.ResultDirs;

/**
 * The per-run part files of an unfinished batch, in {@code DIR/parts/}: the one protocol between every
 * engine and the batch directory. An engine opens the store ({@link #open}: the plan check and
 * {@code --fresh}), asks which runs have no part ({@link #missing}), gets each run's part written
 * ({@link #write} for a part text computed elsewhere, {@link #open(int)}/{@link #commit} for a run
 * streamed here), and has the parts merged ({@link #merge}). Whatever the engine, the merge reads the
 * same files, so the outputs are the same bytes.
 *
 * <p>Each completed run is one file {@code run-NNNNNNN.csv}, written under a hidden temporary name
 * and renamed into place only when complete, so a part file that exists is whole: a killed batch
 * leaves whole parts and, at worst, temporaries, which are deleted on resume. The merge reads the
 * parts in run-id order.
 *
 * <p>Part layout (one CSV record per line): the run's time-series rows, then {@value #RUN_TAG}
 * followed by its runs.csv row, then {@value #TIME_TAG} followed by status and wall seconds.
 */
public final class PartStore {

    /** The folder of the part files in a batch directory. */
    public static final String DIR = "parts";
    static final String RUN_TAG = "#run,";
    static final String TIME_TAG = "#time,";

    private final Path out;
    private final Path dir;
    private final int total;
    private BatchSpec spec;
    private BatchResult complete;
    private Progress progress;

    PartStore(Path batchDir, int runCount) {
        this.out = batchDir;
        this.dir = batchDir.resolve(DIR);
        this.total = runCount;
    }

    /**
     * Opens the store of a batch for an engine that is alone in the directory: checks the plan (or,
     * without {@code resume}, discards an earlier batch), writes it, and removes temporaries left by a
     * killed batch.
     */
    public static PartStore open(BatchSpec spec, Path out, boolean resume) {
        PartStore s = new PartStore(out, spec.runCount());
        s.spec = spec;
        s.complete = BatchDirectory.prepare(spec, out, resume);
        if (s.complete == null) {
            s.prepare();
        }
        return s;
    }

    /** Opens the store for one shard of several: the plan checked, other shards' temporaries left alone. */
    static PartStore openShard(BatchSpec spec, Path out) {
        PartStore s = new PartStore(out, spec.runCount());
        s.spec = spec;
        s.complete = BatchDirectory.prepare(spec, out, true);
        if (s.complete == null) {
            try {
                Files.createDirectories(s.dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare " + out + ": " + e.getMessage(), e);
            }
        }
        return s;
    }

    /** The result if the directory already holds this batch, merged; else null. */
    public BatchResult alreadyComplete() {
        return complete;
    }

    /** The number of runs of the batch. */
    public int total() {
        return total;
    }

    public Path directory() {
        return dir;
    }

    /** Ids of the runs that have no part yet, in id order. */
    public int[] missing() {
        BitSet done = completed();
        return IntStream.rangeClosed(1, total).filter(id -> !done.get(id)).toArray();
    }

    /** The number of part files present, without reading them: cheap enough to poll for progress. */
    public int count() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "run-*.csv")) {
            for (Path ignored : s) {
                n++;
            }
        } catch (IOException e) {
            return 0; // the merge removed the directory while it was listed
        }
        return n;
    }

    /** Reports progress on {@code err} as parts are written with {@link #write} (plain lines, at most every {@code intervalMillis}). */
    public synchronized void startProgress(PrintStream err, long intervalMillis) {
        progress = new Progress(total, total - missing().length, 0, err, Progress.stderrIsTerminal(), intervalMillis);
    }

    /** Writes a run's part (the text {@link RunTask#part} returned, here or in another JVM), atomically. */
    public void write(int id, String part) {
        try {
            try (BufferedWriter w = open(id)) {
                w.write(part);
            }
            commit(id);
            synchronized (this) {
                if (progress != null) {
                    progress.runDone(succeeded(part));
                }
            }
        } catch (IOException e) {
            discard(id);
            throw new UncheckedIOException("cannot write part file for run " + id + ": " + e.getMessage(), e);
        }
    }

    /** Whether a part text records a successful run. */
    public static boolean succeeded(String part) {
        return part.contains(TIME_TAG + RunTask.OK + ",");
    }

    /**
     * Merges every part into the batch's files as the local batch does (running whatever is still
     * missing here first), recording the engine in the metadata.
     */
    public BatchResult merge(String engine, String command, PrintStream err) {
        synchronized (this) {
            if (progress != null) {
                progress.close();
                progress = null;
            }
        }
        return new BatchRunner().progress(err, false, 60_000).command(command).engine(engine).execute(spec, out, 1, true);
    }

    Path file(int runId) {
        return dir.resolve(String.format(Locale.ROOT, "run-%07d.csv", runId));
    }

    /** Creates the directory and removes temporaries left by a killed batch. */
    private void prepare() {
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
    BitSet completed() {
        int runCount = total;
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
