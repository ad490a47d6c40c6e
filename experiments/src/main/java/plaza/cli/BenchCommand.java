package plaza.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import plaza.bench.HotPaths;
import plaza.bench.NaiveMasonPeer;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.RunListener;
import plaza.params.ParameterValues;

/**
 * {@code plaza bench}: in-process performance figures. Every scale is warmed up before it is timed
 * (the JIT compiles what that scale exercises), and each figure is the median of several runs, with
 * the minimum and maximum beside it. A run is the baseline scenario simulated from
 * {@link RunConfig#START} to {@link RunConfig#DEFAULT_UNTIL} (the files of a run start at 2007-01,
 * but the 1995-2006 history is simulated and timed too). Timing excludes file output (the listener
 * discards rows) so the figures measure the model itself.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure model speed: the median ms per run at default scale, and per scale the median seconds per run, person-agent-months per second and peak heap; optionally the naive-MASON peer (--peer), the hot paths (--hot) and the batch runner (--batch).")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "10", description = "Timed runs at default scale (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--scale-runs", defaultValue = "5", description = "Timed runs at each scale of --scales (default: ${DEFAULT-VALUE}).")
    int scaleRuns;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed warm-up runs before each scale is timed, at least (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-seconds", defaultValue = "5", description = "Warm-up goes on until it has also taken this many seconds at each scale,"
            + " so the JIT compiler has finished before timing starts (a default-scale run takes tens of ms; its first runs are mostly"
            + " compilation) (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--scales", defaultValue = "100,10,1", split = ",", description = "Scales to measure (default: ${DEFAULT-VALUE}).")
    double[] scales;

    @Option(names = "--peer", description = "Also run the naive-MASON peer (every person-agent a Steppable with one monthly hazard, the same population and months) at each scale and print it beside the model.")
    boolean peer;

    @Option(names = "--hot", description = "Also time the hot paths alone: hiring, the arrest pick, exits and a split, on a 300,000-member organization.")
    boolean hot;

    @Option(names = "--batch", description = "Also measure the batch runner: runs/s on 1 and 2 threads, heap at 1,000 and 10,000 runs, a 1,001-run Sobol study, and the engines (local, slurm when sbatch answers, spark local[2]: 500-run batches and start-up cost; builds the Spark engine on first use) (about 5 minutes).")
    boolean batch;

    private static final RunListener DISCARD = (month, values) -> { };

    @Override
    public Integer call() {
        if (runs < 1 || scaleRuns < 1 || warmup < 0 || !(warmupSeconds >= 0 && warmupSeconds <= 3600)) {
            throw new plaza.params.InputException("--runs and --scale-runs must be at least 1, --warmup at least 0 and --warmup-seconds from 0 to 3600");
        }
        ParameterValues baseline = Project.scenarios().load("baseline").values();
        RunConfig base = RunConfig.of("baseline", baseline, 1);
        int months = months(base);
        System.out.printf(Locale.ROOT, "Plaza benchmark: the baseline scenario simulated from %s to %s (%d months; a run's files start at %s), "
                        + "%d cores, max heap %d MB, collector %s, load average %.1f%n",
                RunConfig.START, base.until(), months, RunConfig.OUTPUT_START, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, collector(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        int warmed = warmUp(base, warmup, warmupSeconds);
        double[] d = times(base, runs);
        System.out.printf(Locale.ROOT, "default scale (%s): median %.1f ms per run (min %.1f, max %.1f; %d runs after %d warm-up runs)%n",
                fmt(RunConfig.DEFAULT_SCALE), d[runs / 2] * 1e3, d[0] * 1e3, d[runs - 1] * 1e3, runs, warmed);
        System.out.println("scale  warm-up  runs  median-s  min-s  max-s  person-agent-months  agent-months/s  peak-heap-MB"
                + (peer ? "  peer-median-s  peer/plaza" : ""));
        for (double scale : scales) {
            RunConfig c = base.withScale(scale);
            System.gc();
            int scaleWarmed = warmUp(c, warmup, warmupSeconds);
            resetPeaks();
            double[] t = times(c, scaleRuns);
            double heap = peakHeapMb();
            double agentMonths = agentMonths(c);
            double median = t[scaleRuns / 2];
            String line = String.format(Locale.ROOT, "%5s  %7d  %4d  %8.3f  %5.3f  %5.3f  %19.0f  %14.3e  %12.0f",
                    fmt(scale), scaleWarmed, scaleRuns, median, t[0], t[scaleRuns - 1], agentMonths, agentMonths / median, heap);
            if (peer) {
                int persons = startingAgents(c);
                double[] p = peerTimes(persons, months, Math.min(warmup, 1), Math.min(scaleRuns, 3));
                double pm = p[p.length / 2];
                line += String.format(Locale.ROOT, "  %13.3f  %9.1fx", pm, pm / median);
            }
            System.out.println(line);
        }
        if (peer) {
            System.out.println("peer: the naive MASON design, every person-agent a Steppable stepped monthly with one hazard draw ("
                    + NaiveMasonPeer.MONTHLY_HAZARD + "), the population the model starts with at that scale, the same "
                    + months + " months; it models nothing else, so peer/plaza is a lower bound on the naive design's cost");
        }
        if (hot) {
            HotPaths.report(System.out);
        }
        if (batch) {
            plaza.batch.BatchBenchmark.report(System.out, Project.scenarios(),
                    Project.home().resolve("experiments/experiments/sobol-example.experiment"));
            plaza.batch.EngineBenchmark.report(System.out, Project.home());
        }
        return PlazaCli.OK;
    }

    /** Months simulated by a run: from the start of the simulation to its last month. */
    static int months(RunConfig c) {
        return c.monthsFrom(RunConfig.START);
    }

    private static String fmt(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }

    /** Untimed runs (seeds 1000, 1001, ...): at least {@code runs}, and until {@code seconds} have passed; returns how many. */
    static int warmUp(RunConfig c, int runs, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int done = 0;
        while (done < runs || System.nanoTime() < end) {
            PlazaModel.run(c.withSeed(1000 + done), DISCARD);
            done++;
        }
        return done;
    }

    /** Seconds per run of {@code timed} runs (seeds 1, 2, ...), sorted. */
    private static double[] times(RunConfig c, int timed) {
        double[] t = new double[timed];
        for (int i = 0; i < timed; i++) {
            long t0 = System.nanoTime();
            PlazaModel.run(c.withSeed(i + 1), DISCARD);
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(t);
        return t;
    }

    /** Person-agent-months of the seed-1 run (counted in a run of its own, so counting does not enter the timings). */
    private static double agentMonths(RunConfig c) {
        PlazaModel m = new PlazaModel(c.withSeed(1), DISCARD);
        m.start();
        double agentMonths = 0;
        while (m.stepMonth()) {
            agentMonths += m.personAgents();
        }
        agentMonths += m.personAgents(); // the last month: stepMonth returns false once it is done
        m.finish();
        return agentMonths;
    }

    /** Person-agents the model holds once its world is built (the peer's population at that scale). */
    private static int startingAgents(RunConfig c) {
        PlazaModel m = new PlazaModel(c.withSeed(1), DISCARD);
        m.start();
        return (int) m.personAgents();
    }

    private static double[] peerTimes(int persons, int months, int warm, int timed) {
        for (int i = 0; i < warm; i++) {
            NaiveMasonPeer.run(1000 + i, persons, months);
        }
        double[] t = new double[timed];
        for (int i = 0; i < timed; i++) {
            long t0 = System.nanoTime();
            NaiveMasonPeer.run(i + 1, persons, months);
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(t);
        return t;
    }

    /** The garbage collector the JVM runs with, by the names its beans report. */
    static String collector() {
        List<String> names = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            names.add(gc.getName());
        }
        String all = String.join(", ", names);
        if (all.contains("PS ")) {
            return "Parallel";
        } else if (all.contains("G1")) {
            return "G1";
        } else if (all.contains("MarkSweepCompact") || all.equals("Copy")) {
            return "Serial";
        }
        return all;
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
