package plaza.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.BitSet;
import java.util.concurrent.ExecutionException;

import plaza.io.ResultDirs;
import plaza.io.Signals;
import plaza.params.InputException;

/**
 * Runs a batch into its directory: holds the directory's lock, opens its {@link PartStore} (the plan
 * check), has the missing runs written by the {@link LocalEngine}'s pool of threads, then merges the
 * parts in run-id order ({@link BatchMerger}) and writes the metadata and the data package. Because every run is a pure function of
 * its configuration and the files are assembled in run-id order, the outputs do not depend on the
 * number of threads nor on which thread finished first; because every part is written atomically,
 * a batch killed at any moment resumes by running only the runs that have no part.
 *
 * <p>The directory holds {@value #PLAN}, the batch's plan ({@link BatchSpec#plan}); a resumed batch
 * must have the same plan, so results of different definitions or code versions are never mixed.
 */
public final class BatchRunner {

    /** The plan file in a batch directory. */
    public static final String PLAN = "plan.txt";

    private final RunExecutor executor;
    private PrintStream err = System.err;
    private boolean terminal = Progress.stderrIsTerminal();
    private long progressMillis = 5000;
    private int shardIndex = 1;
    private int shardCount = 1;
    private String command = "(programmatic)";
    private String engine = "local";
    private boolean savedWorlds = true;
    private Path worldCache;

    public BatchRunner() {
        this(RunExecutor.MODEL);
    }

    BatchRunner(RunExecutor executor) {
        this.executor = executor;
    }

    /** Where progress goes, whether to draw a bar, and the interval of plain progress lines. */
    public BatchRunner progress(PrintStream stream, boolean bar, long intervalMillis) {
        this.err = stream;
        this.terminal = bar;
        this.progressMillis = intervalMillis;
        return this;
    }

    /**
     * Runs only shard {@code index} of {@code count} (1-based): the runs whose id - 1 leaves
     * remainder index - 1 modulo count. Several machines sharing the output directory (a cluster's
     * shared file system) each run one shard; each run's part file is written atomically under its
     * own name, so shards never touch each other's files. The same command without a shard, run
     * anywhere once every shard is done, runs whatever is missing and merges.
     */
    public BatchRunner shard(int index, int count) {
        if (count < 1 || index < 1 || index > count) {
            throw new InputException("--shard " + index + "/" + count + " is out of range; expected K/N with 1 <= K <= N");
        }
        this.shardIndex = index;
        this.shardCount = count;
        return this;
    }

    /** Whether runs continue saved worlds of the months they share ({@link SavedWorlds}; default) or each simulates from 1995: same bytes. */
    public BatchRunner savedWorlds(boolean on) {
        this.savedWorlds = on;
        return this;
    }

    /** Keeps saved worlds on disk in {@code dir} too, for later batches ({@link WorldCache}); null (default): in memory only. */
    public BatchRunner worldCache(Path dir) {
        this.worldCache = dir;
        return this;
    }

    /** The command line recorded in the metadata. */
    public BatchRunner command(String text) {
        this.command = text;
        return this;
    }

    /** The engine recorded in the metadata (local, or the engine whose runs this merge collects). */
    public BatchRunner engine(String text) {
        this.engine = text;
        return this;
    }

    /**
     * Runs a batch with default progress on stderr: the programmatic entry point.
     *
     * @param resume true to keep the completed runs of an earlier, interrupted invocation of the
     *               same batch; false to discard whatever the directory holds from an earlier batch
     */
    public static BatchResult run(BatchSpec spec, Path outDir, int threads, boolean resume) {
        return new BatchRunner().execute(spec, outDir, threads, resume);
    }

    /**
     * Runs the batch into {@code out}, holding the directory's lock throughout (shared among the
     * shards of one batch, exclusive otherwise), so two batches never write into one directory.
     */
    public BatchResult execute(BatchSpec spec, Path out, int threads, boolean resume) {
        if (threads < 1 || threads > 4096) {
            throw new InputException("--threads " + threads + " is out of range; allowed 1 to 4096");
        }
        if (shardCount > 1 && !resume) {
            throw new InputException("--fresh cannot be combined with --shard: it would discard the other shards' runs");
        }
        ResultDirs.requireDirectory(out);
        try (ResultDirs.Lock lock = ResultDirs.lock(out, shardCount > 1, command)) {
            ResultDirs.claim(out, "batch", !resume);
            if (shardCount == 1) {
                ResultDirs.removeStaleTemporaries(out);
            }
            return executeLocked(spec, out, threads, resume);
        }
    }

    private BatchResult executeLocked(BatchSpec spec, Path out, int threads, boolean resume) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        int total = spec.runCount();
        PartStore parts = shardCount == 1 ? PartStore.open(spec, out, resume) : PartStore.openShard(spec, out);
        if (parts.alreadyComplete() != null) {
            return parts.alreadyComplete();
        }
        BitSet completed = parts.completed();
        int resumed = completed.cardinality();
        int resumedFailed = failed(parts, completed);
        err.printf("batch: %d runs (%d scenario(s) x %d design point(s) x %d replication(s)), %d threads, %s%s%n",
                total, spec.scenarios().size(), spec.points(), spec.replications(), threads, out,
                resumed > 0 ? ", resuming with " + resumed + " runs already done" : "");
        // Ctrl-C or SIGTERM: say what is safe and how to go on (part files are whole or absent)
        try (Signals stop = Signals.onStop(err, () -> "batch: stopped by a signal; " + parts.completed().cardinality()
                + " of " + total + " runs are complete and kept in " + parts.directory()
                + "; run the same command again to resume with the rest");
             Progress progress = new Progress(total, resumed, resumedFailed, err, terminal, progressMillis)) {
            // saved worlds are the model's: an executor substituted by a test runs every run itself
            SavedWorlds worlds = savedWorlds && executor == RunExecutor.MODEL ? SavedWorlds.forBatch(spec, executor, worldCache) : null;
            LocalEngine.runMissing(spec, parts, completed, threads, shardIndex, shardCount, worlds != null ? worlds : executor, progress);
            SavedWorlds.report(worlds, err);
        }
        if (shardCount > 1) {
            // shards never merge (two finishing at once would race on the part files); the command
            // without --shard, run once all shards are done, merges
            BitSet now = parts.completed();
            int failed = failed(parts, now);
            err.printf("batch: shard %d/%d done; %d of %d runs complete; run the same command without --shard"
                    + " when all shards are done, to merge%n", shardIndex, shardCount, now.cardinality(), total);
            return new BatchResult(out, total, now.cardinality() - failed, failed, resumed, (System.nanoTime() - t0) / 1e9);
        }
        BatchMerger.Counts counts;
        try (Signals stop = Signals.onStop(err, () -> "batch: stopped by a signal while merging; every run is complete"
                + " and kept in " + parts.directory() + "; run the same command again to merge")) {
            counts = BatchMerger.merge(spec, parts, out);
            ParametersFile.write(spec, out);
            if (spec.definition().parquet()) {
                ParquetCopies.write(out); // before the metadata marks the batch complete
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        BatchMetadata.of(spec, command, engine, threads, started, Instant.now(), counts, resumed).write(out);
        plaza.io.DataPackage.write(out);
        parts.delete();
        return new BatchResult(out, total, counts.done(), counts.failed(), resumed, seconds);
    }

    private static int failed(PartStore parts, BitSet completed) {
        int failed = 0;
        for (int id = completed.nextSetBit(0); id >= 0; id = completed.nextSetBit(id + 1)) {
            if (!parts.succeeded(id)) {
                failed++;
            }
        }
        return failed;
    }

    /** A run task's failure as the unchecked exception it threw (or wrapped, if it was checked). */
    public static RuntimeException failure(ExecutionException e) {
        Throwable c = e.getCause();
        return c instanceof RuntimeException re ? re : new IllegalStateException(c);
    }
}
