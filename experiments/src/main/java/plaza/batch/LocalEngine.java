package plaza.batch;

import java.util.BitSet;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code --engine local} (the default): the batch's missing runs on a pool of threads in this JVM,
 * each run streamed into its part file through the {@link PartStore}, as the other engines get theirs
 * written. {@link #run} is the engine as {@code plaza batch} calls it; {@link #runMissing} is the pool
 * that {@link BatchRunner} drives while it holds the directory's lock.
 */
public final class LocalEngine implements BatchEngine {

    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int run(Job job) {
        int threads = job.threads() != null ? job.threads() : Runtime.getRuntime().availableProcessors();
        BatchResult r = new BatchRunner()
                .progress(job.err(), Progress.stderrIsTerminal(), job.progressMillis())
                .command(job.command())
                // a merge job of --engine slurm says so in the metadata (its script sets the variable)
                .engine(System.getenv().getOrDefault(ENGINE_VARIABLE, NAME))
                .execute(job.spec(), job.out(), threads, job.resume());
        return BatchEngine.report(r, r.resumed() == r.total() && r.seconds() == 0, job.err());
    }

    /**
     * Runs, on {@code threads} threads, the runs of shard {@code shardIndex}/{@code shardCount} that
     * are not in {@code completed}, each into its part; returns when all are written.
     */
    static void runMissing(BatchSpec spec, PartStore parts, BitSet completed, int threads, int shardIndex, int shardCount,
                           RunExecutor executor, Progress progress) {
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
                        boolean ok = RunTask.execute(spec, run, parts, executor);
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted; run the same command again to resume", e);
        } catch (ExecutionException e) {
            throw BatchRunner.failure(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
