package plaza.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.RunListener;
import plaza.params.ParameterValues;

/**
 * {@code plaza bench}: in-process performance figures after warm-up. Timing a model run excludes
 * file output (the listener discards rows) so the figures measure the model itself.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure model speed: ms per run at default scale, and seconds, person-agent-months per second and peak heap at three scales.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "10", description = "Timed runs at default scale (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--scales", defaultValue = "100,10,1", split = ",", description = "Scales to measure (default: ${DEFAULT-VALUE}).")
    double[] scales;

    @Option(names = "--batch", description = "Also measure the batch runner: runs/s on 1 and 2 threads, heap at 1,000 and 10,000 runs, a 1,001-run Sobol study, and the engines (local, slurm when sbatch answers, spark local[2]: 500-run batches and start-up cost; builds the Spark engine on first use) (about 5 minutes).")
    boolean batch;

    private static final RunListener DISCARD = (month, values) -> { };

    @Override
    public Integer call() {
        ParameterValues baseline = Project.scenarios().load("baseline").values();
        RunConfig base = RunConfig.of("baseline", baseline, 1);
        System.out.printf(Locale.ROOT, "Plaza benchmark: baseline %s to %s, %d cores, max heap %d MB%n",
                RunConfig.OUTPUT_START, base.until(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (int i = 0; i < 3; i++) {
            PlazaModel.run(base.withSeed(1000 + i), DISCARD);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            PlazaModel.run(base.withSeed(i + 1), DISCARD);
        }
        double msPerRun = (System.nanoTime() - t0) / 1e6 / runs;
        System.out.printf(Locale.ROOT, "default scale (%.0f): %.1f ms per run (mean of %d runs, 1995-2012: the 1995-2006 history included)%n",
                RunConfig.DEFAULT_SCALE, msPerRun, runs);
        System.out.println("scale  seconds  person-agent-months  agent-months/s  peak-heap-MB");
        for (double scale : scales) {
            RunConfig c = base.withScale(scale);
            if (scale >= 10) {
                timed(c.withSeed(99));
            }
            System.gc();
            resetPeaks();
            double[] r = timed(c);
            System.out.printf(Locale.ROOT, "%5s  %7.2f  %19.0f  %14.3e  %12.0f%n", fmt(scale), r[0], r[1], r[1] / r[0], peakHeapMb());
        }
        if (batch) {
            plaza.batch.BatchBenchmark.report(System.out, Project.scenarios(),
                    Project.home().resolve("experiments/experiments/sobol-example.experiment"));
            plaza.batch.EngineBenchmark.report(System.out, Project.home());
        }
        return PlazaCli.OK;
    }

    private static String fmt(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }

    /** Runs once; returns seconds and person-agent-months. */
    private static double[] timed(RunConfig c) {
        PlazaModel m = new PlazaModel(c, DISCARD);
        long t0 = System.nanoTime();
        m.start();
        double agentMonths = 0;
        while (m.stepMonth()) {
            agentMonths += m.personAgents();
        }
        agentMonths += m.personAgents();
        m.finish();
        return new double[] {(System.nanoTime() - t0) / 1e9, agentMonths};
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }
}
