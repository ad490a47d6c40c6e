package plaza.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import plaza.model.RunConfig;
import plaza.scenario.ScenarioLibrary;

/**
 * Batch performance figures for {@code plaza bench}: runs per second at default scale on 1 and 2
 * threads (the parallel speedup), heap in use during batches of 1,000 and 10,000 short runs (it
 * should not grow with the number of runs), and optionally the wall time of the 1,001-run Sobol
 * example. Timings include writing the part files and the merge, as a user's batch does.
 */
public final class BatchBenchmark {

    /** What to measure; the defaults take a few minutes on 2 cores. */
    public record Options(int timedRuns, int smallBatch, int largeBatch, boolean sobolStudy) {
        public static Options defaults() {
            return new Options(200, 1_000, 10_000, false);
        }
    }

    private BatchBenchmark() {}

    /**
     * The benchmark with default options; scenarios from {@code library}, the Sobol example (when
     * asked for) from {@code sobolExperiment}.
     */
    public static void report(PrintStream out, ScenarioLibrary library, Path sobolExperiment) {
        report(out, Options.defaults(), library, sobolExperiment);
    }

    public static void report(PrintStream out, Options o, ScenarioLibrary library, Path sobolExperiment) {
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "Batch benchmark: %d cores, max heap %d MB%n", cores, Runtime.getRuntime().maxMemory() >> 20);
        Path tmp = tempDir();
        try {
            // warm-up: at least 15 s of runs, so the JIT has compiled the model before anything is timed
            long warmUntil = System.nanoTime() + 15_000_000_000L;
            while (System.nanoTime() < warmUntil) {
                run(library, "baseline", 8, RunConfig.DEFAULT_UNTIL, RunConfig.DEFAULT_SCALE, tmp.resolve("warm"), Math.min(2, cores));
            }
            double r1 = o.timedRuns() / run(library, "baseline", o.timedRuns(), RunConfig.DEFAULT_UNTIL, RunConfig.DEFAULT_SCALE,
                    tmp.resolve("t1"), 1).seconds();
            double r2 = o.timedRuns() / run(library, "baseline", o.timedRuns(), RunConfig.DEFAULT_UNTIL, RunConfig.DEFAULT_SCALE,
                    tmp.resolve("t2"), 2).seconds();
            out.printf(Locale.ROOT, "default scale (%s, simulated %s to %s), %d runs: 1 thread %.2f runs/s, 2 threads %.2f runs/s, speedup %.2fx%n",
                    plaza.io.Numbers.format(RunConfig.DEFAULT_SCALE),
                    RunConfig.START, RunConfig.DEFAULT_UNTIL, o.timedRuns(), r1, r2, r2 / r1);
            for (int n : new int[] {o.smallBatch(), o.largeBatch()}) {
                HeapSampler heap = new HeapSampler();
                heap.start();
                BatchResult r = run(library, "baseline", n, YearMonth.of(2007, 3), 1000, tmp.resolve("heap-" + n), Math.min(2, cores));
                heap.interrupt();
                heap.join();
                out.printf(Locale.ROOT, "%d runs (scale 1000, simulated 1995-01 to 2007-03): %.1f s, max live heap after GC %.0f MB, max heap in use %.0f MB%n",
                        n, r.seconds(), heap.maxLive / 1048576.0, heap.maxUsed / 1048576.0);
            }
            if (o.sobolStudy()) {
                ExperimentDefinition def = ExperimentParser.parse(sobolExperiment);
                BatchSpec spec = BatchSpec.resolve(def, library);
                BatchResult r = quiet().execute(spec, tmp.resolve("sobol"), Math.min(2, cores), false);
                out.printf(Locale.ROOT, "Sobol example (%d runs, 5 parameters, default scale, 2007-2012), %d threads: %.0f s%n",
                        r.total(), Math.min(2, cores), r.seconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            delete(tmp);
        }
    }

    private static BatchRunner quiet() {
        return new BatchRunner().progress(new PrintStream(OutputStream.nullOutputStream()), false, Long.MAX_VALUE / 2_000_000);
    }

    private static BatchResult run(ScenarioLibrary lib, String scenario, int replications, YearMonth until, double scale,
                                   Path dir, int threads) {
        ExperimentDefinition def = new ExperimentDefinition().name("bench").scenarios(List.of(scenario))
                .replications(replications).until(until).scale(scale);
        return quiet().execute(BatchSpec.resolve(def, lib), dir, threads, false);
    }

    /** Samples heap use every 250 ms: after a full GC (live data) and as found (live plus garbage). */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        volatile long maxLive;
        volatile long maxUsed;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                maxUsed = Math.max(maxUsed, memory.getHeapMemoryUsage().getUsed());
                System.gc();
                maxLive = Math.max(maxLive, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("plaza-batch-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    /** Runs the benchmark with optional counts: timedRuns smallBatch largeBatch [sobol]. */
}
