package plaza.calibration;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.params.InputException;
import plaza.params.ParameterValues;

/**
 * Runs one parameter set over seeds 1..K on all cores and evaluates every target on each run.
 * Runs are independent and results are stored by seed, so the outcome does not depend on the
 * number of threads or their timing. Calibration reuses the same seeds for every candidate
 * (common random numbers), so differences between candidates are not seed noise.
 */
public final class Validator implements AutoCloseable {

    private final List<Target> targets;
    private final int seeds;
    private final YearMonth until;
    private final double scale;
    private final ExecutorService pool;
    private final YearMonth plazasFrom;

    /**
     * @param targets the targets to evaluate
     * @param seeds   K: seeds 1..K are run
     * @param until   last month simulated; targets needing later months are not evaluated
     * @param scale   people per person-agent
     * @param threads worker threads (the number of cores by default)
     */
    public Validator(List<Target> targets, int seeds, YearMonth until, double scale, int threads) {
        if (seeds < 1 || seeds > 10_000) {
            throw new InputException("--seeds " + seeds + " is out of range; allowed 1 to 10000");
        }
        this.targets = List.copyOf(targets);
        this.plazasFrom = TargetStatistics.plazasFrom(targets);
        this.seeds = seeds;
        this.until = until;
        this.scale = scale;
        this.pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, seeds)), r -> {
            Thread t = new Thread(r, "plaza-validate");
            t.setDaemon(true);
            return t;
        });
    }

    /** Threads to use by default: every core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public List<Target> targets() { return targets; }
    public int seeds() { return seeds; }
    public YearMonth until() { return until; }

    /** Runs seeds 1..K with these values and evaluates every target on every run. */
    public Evaluation evaluate(String scenario, ParameterValues params) {
        long[] all = new long[seeds];
        for (int s = 0; s < seeds; s++) {
            all[s] = s + 1;
        }
        return new Evaluation(targets, params, until, evaluateSeeds(scenario, params, all));
    }

    /** Runs the given seeds with these values; values[target][i] is the target on the run of seeds[i]. */
    public double[][] evaluateSeeds(String scenario, ParameterValues params, long[] runSeeds) {
        List<Future<double[]>> futures = new ArrayList<>();
        for (long s : runSeeds) {
            RunConfig config = new RunConfig(scenario, params, s, until, scale);
            futures.add(pool.submit(() -> evaluateRun(config)));
        }
        double[][] bySeed = new double[runSeeds.length][];
        for (int s = 0; s < runSeeds.length; s++) {
            try {
                bySeed[s] = futures.get(s).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("validation interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException("run with seed " + runSeeds[s] + " failed", e.getCause());
            }
        }
        double[][] byTarget = new double[targets.size()][runSeeds.length];
        for (int t = 0; t < targets.size(); t++) {
            for (int s = 0; s < runSeeds.length; s++) {
                byTarget[t][s] = bySeed[s][t];
            }
        }
        return byTarget;
    }

    private double[] evaluateRun(RunConfig config) {
        TargetStatistics stats = new TargetStatistics(plazasFrom);
        PlazaModel.run(config, stats);
        double[] out = new double[targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            Target target = targets.get(t);
            out[t] = target.evaluableUntil(until) ? target.evaluate(stats, config.params()) : Double.NaN;
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
