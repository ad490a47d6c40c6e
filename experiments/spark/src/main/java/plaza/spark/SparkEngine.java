package plaza.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import plaza.batch.BatchEngine;
import plaza.batch.BatchRunner;
import plaza.batch.BatchSpec;
import plaza.batch.PartStore;
import plaza.batch.BatchResult;
import plaza.batch.RemoteRuns;
import plaza.params.InputException;

/**
 * {@code --engine spark}: the batch's missing runs as Spark tasks. The driver (this JVM) resolves the
 * batch, opens its {@link PartStore} (the protocol every engine speaks), turns each missing run into a
 * self-contained {@link RemoteRuns.Job} and parallelizes them in waves
 * (so the driver holds at most two waves of jobs, whatever the batch's size). Each Spark task runs
 * its jobs and returns their part texts; the driver writes each part into the store as it arrives, then merges the
 * parts in run-id order with the local batch's writers, so the files are the local batch's, byte for
 * byte. A driver killed mid-batch leaves whole parts, and the same command resumes from them.
 *
 * <p>Partitions are fetched by several driver threads at once ({@code collectPartitions}, one Spark
 * job per partition), as many as the cluster has task slots, so results stream back while the other
 * tasks run.
 */
public final class SparkEngine implements BatchEngine {

    public static final String NAME = "spark";
    /** Runs per Spark task by default: small enough to stream, large enough to amortize a task's cost. */
    public static final int DEFAULT_RUNS_PER_TASK = 4;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int run(Job job) {
        PrintStream err = job.err();
        PartStore parts = PartStore.open(job.spec(), job.out(), job.resume());
        int total = job.spec().runCount();
        if (parts.alreadyComplete() != null) {
            return BatchEngine.report(parts.alreadyComplete(), true, err);
        }
        int[] missing = parts.missing();
        SparkConf conf = conf(job);
        String master = conf.get("spark.master");
        int perTask = job.options().runsPerTask() != null ? job.options().runsPerTask() : DEFAULT_RUNS_PER_TASK;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            int slots = Math.max(1, sc.defaultParallelism());
            err.printf("spark: %d runs (%d already done) on %s, %d task slot(s), %d run(s) per task, %s%n",
                    total, total - missing.length, master, slots, perTask, job.out());
            parts.startProgress(err, job.progressMillis());
            if (missing.length > 0) {
                runAll(sc, job.spec(), parts, missing, perTask, slots);
            }
        } catch (InputException | UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            // Spark's own failures (a lost cluster, an executor that cannot start): say so, without a stack trace
            throw new UncheckedIOException("the Spark batch on " + master + " failed: " + rootMessage(e)
                    + "; the runs done so far are kept in " + job.out() + ": run the same command again to resume",
                    new IOException(e));
        }
        err.printf("spark: all %d runs done; merging%n", total);
        BatchResult r = parts.merge(NAME + " " + master, job.command(), new PrintStream(OutputStream.nullOutputStream()));
        return BatchEngine.report(r, false, err);
    }

    /** The Spark configuration: spark-submit's or spark-defaults' settings, then --master, local[*] by default. */
    static SparkConf conf(Job job) {
        SparkConf conf = new SparkConf().setAppName("plaza-batch-" + job.spec().definition().name());
        if (job.options().master() != null) {
            conf.setMaster(job.options().master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // one JVM: nothing needs to be reachable from another machine
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        return conf;
    }

    private static void runAll(JavaSparkContext sc, BatchSpec spec, PartStore parts, int[] missing, int perTask, int slots) {
        // a wave's jobs (~1 KB each) stay in the driver while its partitions are fetched: at most 20,000 a wave
        int wave = Math.min(Math.max(perTask * slots * 4, 256), 20_000);
        Waves waves = new Waves(sc, spec, missing, perTask, wave);
        ExecutorService pool = Executors.newFixedThreadPool(slots, r -> {
            Thread t = new Thread(r, "spark-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> fetchers = new ArrayList<>();
            for (int i = 0; i < slots; i++) {
                fetchers.add(pool.submit(() -> {
                    for (Waves.Task t = waves.next(); t != null; t = waves.next()) {
                        List<String>[] result = t.rdd().collectPartitions(new int[] {t.partition()});
                        for (String part : result[0]) {
                            parts.write(idOf(part), part);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fetchers) {
                f.get();
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

    private static String rootMessage(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** The run id in a part text's run record ("#run,ID,..."). */
    static int idOf(String part) {
        int at = part.lastIndexOf("\n#run,") + 1;
        int start = at + "#run,".length();
        return Integer.parseInt(part.substring(start, part.indexOf(',', start)));
    }

    /** Hands out (wave RDD, partition) pairs; builds each wave's jobs only when the previous wave is handed out. */
    private static final class Waves {
        record Task(JavaRDD<String> rdd, int partition) {}

        private final JavaSparkContext sc;
        private final BatchSpec spec;
        private final int[] missing;
        private final int perTask;
        private final int wave;
        private int next;
        private JavaRDD<String> current;
        private int partitions;
        private int partition;

        Waves(JavaSparkContext sc, BatchSpec spec, int[] missing, int perTask, int wave) {
            this.sc = sc;
            this.spec = spec;
            this.missing = missing;
            this.perTask = perTask;
            this.wave = wave;
        }

        synchronized Task next() {
            if (current == null || partition == partitions) {
                if (next == missing.length) {
                    return null;
                }
                int end = Math.min(missing.length, next + wave);
                List<RemoteRuns.Job> jobs = new ArrayList<>(end - next);
                for (int id : Arrays.copyOfRange(missing, next, end)) {
                    jobs.add(RemoteRuns.job(spec, id));
                }
                next = end;
                partitions = (jobs.size() + perTask - 1) / perTask;
                partition = 0;
                current = sc.parallelize(jobs, partitions).map(RemoteRuns.Job::execute);
            }
            return new Task(current, partition++);
        }
    }
}
