package plaza.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import plaza.io.AtomicFiles;
import plaza.io.CodeVersion;
import plaza.io.Metadata;
import plaza.io.ResultDirs;
import plaza.io.Signals;
import plaza.params.InputException;
import plaza.scenario.Scenario;

/**
 * Runs a batch on a pool of threads, each run into its own part file ({@link PartStore}), then
 * merges the parts in run-id order ({@link BatchMerger}). Because every run is a pure function of
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
        PartStore parts = new PartStore(out);
        BatchResult complete = prepare(spec, out, resume);
        if (complete != null) {
            return complete;
        }
        if (shardCount == 1) {
            parts.prepare();
        } else {
            // other shards may be writing temporary part files right now: leave them alone
            try {
                Files.createDirectories(parts.directory());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare " + out + ": " + e.getMessage(), e);
            }
        }
        BitSet completed = parts.completed(total);
        int resumed = completed.cardinality();
        int resumedFailed = 0;
        for (int id = completed.nextSetBit(0); id >= 0; id = completed.nextSetBit(id + 1)) {
            if (!parts.succeeded(id)) {
                resumedFailed++;
            }
        }
        err.printf("batch: %d runs (%d scenario(s) x %d design point(s) x %d replication(s)), %d threads, %s%s%n",
                total, spec.scenarios().size(), spec.points(), spec.replications(), threads, out,
                resumed > 0 ? ", resuming with " + resumed + " runs already done" : "");
        // Ctrl-C or SIGTERM: say what is safe and how to go on (part files are whole or absent)
        try (Signals stop = Signals.onStop(err, () -> "batch: stopped by a signal; " + parts.completed(total).cardinality()
                + " of " + total + " runs are complete and kept in " + parts.directory()
                + "; run the same command again to resume with the rest");
             Progress progress = new Progress(total, resumed, resumedFailed, err, terminal, progressMillis)) {
            runAll(spec, parts, completed, threads, progress);
        }
        if (shardCount > 1) {
            // shards never merge (two finishing at once would race on the part files); the command
            // without --shard, run once all shards are done, merges
            BitSet now = parts.completed(total);
            {
                int failed = 0;
                for (int id = now.nextSetBit(0); id >= 0; id = now.nextSetBit(id + 1)) {
                    if (!parts.succeeded(id)) {
                        failed++;
                    }
                }
                err.printf("batch: shard %d/%d done; %d of %d runs complete; run the same command without --shard"
                        + " when all shards are done, to merge%n", shardIndex, shardCount, now.cardinality(), total);
                return new BatchResult(out, total, now.cardinality() - failed, failed, resumed, (System.nanoTime() - t0) / 1e9);
            }
        }
        BatchMerger.Counts counts;
        try (Signals stop = Signals.onStop(err, () -> "batch: stopped by a signal while merging; every run is complete"
                + " and kept in " + parts.directory() + "; run the same command again to merge")) {
            counts = BatchMerger.merge(spec, parts, out);
            BatchMerger.writeParameters(spec, out);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        metadata(spec, threads, started, Instant.now(), counts, resumed).write(out);
        plaza.io.DataPackage.write(out);
        parts.delete();
        return new BatchResult(out, total, counts.done(), counts.failed(), resumed, seconds);
    }

    /**
     * Prepares the batch directory as every engine must before running anything: with
     * {@code resume}, checks that it holds the same plan (or nothing); otherwise discards what an
     * earlier batch left. Writes the plan. Returns the result of a batch found already complete
     * (nothing to run), else null.
     */
    public static BatchResult prepare(BatchSpec spec, Path out, boolean resume) {
        int total = spec.runCount();
        String plan = spec.plan();
        PartStore parts = new PartStore(out);
        try {
            Files.createDirectories(out);
            Path planFile = out.resolve(PLAN);
            if (!resume) {
                parts.delete();
                BatchMerger.deleteOutputs(out);
                Files.deleteIfExists(out.resolve(Metadata.FILE));
                Files.deleteIfExists(planFile);
            } else if (Files.exists(planFile)) {
                String old = Files.readString(planFile, StandardCharsets.UTF_8);
                if (!old.equals(plan)) {
                    throw new InputException(out + " holds a different batch (" + firstDifference(old, plan)
                            + "); use --fresh to discard it, or another --out");
                }
                BatchResult complete = alreadyComplete(out, total);
                if (complete != null) {
                    parts.delete();
                    return complete;
                }
            } else if (BatchMerger.anyOutput(out)) {
                throw new InputException(out + " holds batch outputs without a " + PLAN
                        + "; use --fresh to discard them, or another --out");
            }
            AtomicFiles.writeString(planFile, plan);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + out + ": " + e.getMessage(), e);
        }
        return null;
    }

    private void runAll(BatchSpec spec, PartStore parts, BitSet completed, int threads, Progress progress) {
        // saved worlds are the model's: an executor substituted by a test runs every run itself
        SavedWorlds worlds = savedWorlds && executor == RunExecutor.MODEL ? SavedWorlds.forBatch(spec, executor, worldCache) : null;
        RunExecutor runs = worlds != null ? worlds : executor;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, factory);
        CompletionService<Boolean> done = new ExecutorCompletionService<>(pool);
        // at most two queued runs per thread: memory stays flat however many runs the batch has
        Semaphore slots = new Semaphore(2 * threads);
        int pending = 0;
        try {
            for (int id = 1; id <= spec.runCount(); id++) {
                if (completed.get(id) || (id - 1) % shardCount != shardIndex - 1) {
                    continue;
                }
                slots.acquire();
                for (Future<Boolean> f = done.poll(); f != null; f = done.poll()) {
                    f.get(); // rethrows a batch failure (a part that could not be written) at once
                    pending--;
                }
                RunSpec run = spec.run(id);
                done.submit(() -> {
                    try {
                        boolean ok = RunTask.execute(spec, run, parts, runs);
                        progress.runDone(ok);
                        return ok;
                    } finally {
                        slots.release();
                    }
                });
                pending++;
            }
            for (; pending > 0; pending--) {
                done.take().get();
            }
            SavedWorlds.report(worlds, err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted; run the same command again to resume", e);
        } catch (ExecutionException e) {
            throw failure(e);
        } finally {
            pool.shutdownNow();
        }
    }

    static BatchResult alreadyComplete(Path out, int total) {
        if (!Files.exists(out.resolve(Metadata.FILE))) {
            return null;
        }
        Metadata md = Metadata.read(out);
        if (!"complete".equals(md.get("status"))) {
            return null;
        }
        int done = Integer.parseInt(md.get("runs_done"));
        int failed = Integer.parseInt(md.get("runs_failed"));
        return new BatchResult(out, total, done, failed, total, 0);
    }

    private static String firstDifference(String a, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            String l1 = i < x.size() ? x.get(i) : "(nothing)";
            String l2 = i < y.size() ? y.get(i) : "(nothing)";
            if (!l1.equals(l2)) {
                return "it has '" + l1 + "' where this batch has '" + l2 + "'";
            }
        }
        return "plans differ";
    }

    private Metadata metadata(BatchSpec spec, int threads, Instant start, Instant end, BatchMerger.Counts counts, int resumed) {
        ExperimentDefinition def = spec.definition();
        Metadata md = new Metadata()
                .put("format_version", Metadata.FORMAT_VERSION)
                .put("kind", "batch")
                .put("status", "complete")
                .put("name", def.name())
                .put("description", def.description())
                .put("command", command)
                .put("experiment_file", def.file() == null ? "" : def.file())
                .put("code_version", CodeVersion.get())
                .put("started_at", start)
                .put("finished_at", end)
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("threads", threads)
                .put("engine", engine)
                .put("runs_total", spec.runCount())
                .put("runs_done", counts.done())
                .put("runs_failed", counts.failed())
                .put("runs_resumed", resumed)
                .put("design_points", spec.points())
                .put("seed_rule", SeedRule.TEXT)
                .put("outcomes", "runs.csv: totals over the run of flow metrics (kind FLOW), means over the run's months of stocks (kind STOCK: members, troops, shares, indices)")
                .put("summary_groups", def.design().sampled() ? "scenario (pooled over design points)" : "scenario x design point")
                .put("summary_ci", "90% t interval of the mean, mean +/- t(0.95, n-1) sd/sqrt(n); empty when n < 2");
        if (def.design() == DesignKind.SOBOL) {
            md.put("sensitivity_ci", Math.round(SensitivityAnalysis.CONFIDENCE * 100) + "% bootstrap percentile interval, "
                    + def.bootstrap() + " resamples of the base samples");
        }
        for (String line : def.canonicalLines()) {
            int eq = line.indexOf(" = ");
            md.put("experiment." + line.substring(0, eq).replace(' ', '.'), line.substring(eq + 3));
        }
        for (Scenario s : spec.scenarios()) {
            md.put("scenario." + s.name() + ".file", s.file());
        }
        return md;
    }

    /** A run task's failure as the unchecked exception it threw (or wrapped, if it was checked). */
    public static RuntimeException failure(ExecutionException e) {
        Throwable c = e.getCause();
        return c instanceof RuntimeException re ? re : new IllegalStateException(c);
    }
}
