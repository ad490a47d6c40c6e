package plaza.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import plaza.batch.BatchSpec;
import plaza.batch.Factor;
import plaza.batch.RunSpec;
import plaza.io.Numbers;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.Metric;

/**
 * {@code plaza select}: which design point (or scenario) gives the smallest (or largest) outcome over
 * a period, with the Kim–Nelson procedure ({@link RankingAndSelection}) on the model's runs. System i is
 * the i-th (scenario, design point) of a batch specification; replication r of every system has seed
 * {@code seed + r - 1} (common random numbers), so a pair of runs is the same world under two policies.
 */
public final class Selection {

    /** What to select: the outcome, its period, the direction, the indifference zone and the error. */
    public record Options(Metric outcome, Period period, boolean maximize, double deltaPercent, double deltaAbsolute,
                          double probability, int n0, int maxReplications, int threads) {}

    /** One system: its label, scenario and design-point values. */
    public record Candidate(String label, String scenario, Map<String, Double> values) {}

    /** The outcome: systems in rank order with their statistics, the chosen one, the procedure's figures. */
    public record Outcome(List<Candidate> systems, RankingAndSelection.Result result, double delta, Options options) {}

    private Selection() {}

    /** The systems of a specification: every scenario x design point. */
    public static List<Candidate> systems(BatchSpec spec) {
        List<Candidate> out = new ArrayList<>();
        List<Factor> factors = spec.factors();
        for (int s = 0; s < spec.scenarios().size(); s++) {
            for (int p = 0; p < spec.points(); p++) {
                RunSpec run = spec.run(1 + (s * spec.points() + p) * spec.replications());
                Map<String, Double> values = new LinkedHashMap<>();
                Map<String, String> text = new LinkedHashMap<>();
                for (int i = 0; i < factors.size(); i++) {
                    values.put(factors.get(i).name(), run.values()[i]);
                    text.put(factors.get(i).name(), Numbers.format(run.values()[i]));
                }
                String label = factors.isEmpty() ? run.label() : DesignLabels.label(run.label(), Integer.toString(p + 1), text);
                out.add(new Candidate(label, run.label(), values));
            }
        }
        return out;
    }

    /** Runs the procedure; {@code seed} is the seed of replication 1. */
    public static Outcome run(BatchSpec spec, long seed, Options o) {
        List<Candidate> systems = systems(spec);
        if (systems.size() < 2) {
            throw new plaza.params.InputException("select needs at least two candidates (scenarios or design points); got " + systems.size());
        }
        double sign = o.maximize() ? -1 : 1;
        double[] deltaHolder = {o.deltaAbsolute()};
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, o.threads()));
        try {
            RankingAndSelection.Sampler sampler = (ids, from, to) -> {
                double[][] out = new double[ids.length][to - from + 1];
                List<Future<Double>> futures = new ArrayList<>();
                for (int id : ids) {
                    for (int r = from; r <= to; r++) {
                        RunConfig cfg = config(spec, id, seed + r - 1);
                        futures.add(pool.submit(() -> sign * outcome(cfg, o.outcome(), o.period())));
                    }
                }
                int f = 0;
                for (int j = 0; j < ids.length; j++) {
                    for (int r = from; r <= to; r++) {
                        out[j][r - from] = get(futures.get(f++));
                    }
                }
                return out;
            };
            RankingAndSelection.Sampler withDelta = (ids, from, to) -> {
                double[][] x = sampler.sample(ids, from, to);
                if (deltaHolder[0] <= 0 && from == 1) {
                    // a relative zone is a share of the first stage's grand mean, fixed before any elimination
                    double sum = 0;
                    int n = 0;
                    for (double[] row : x) {
                        for (double v : row) {
                            sum += Math.abs(v);
                            n++;
                        }
                    }
                    deltaHolder[0] = o.deltaPercent() / 100 * sum / n;
                }
                return x;
            };
            RankingAndSelection.Result result = selectWithDelta(systems.size(), withDelta, o, deltaHolder);
            return new Outcome(systems, result, deltaHolder[0], o);
        } finally {
            pool.shutdownNow();
        }
    }

    /** KN needs delta before it starts; a relative delta is known after the first stage, so that stage is sampled first. */
    private static RankingAndSelection.Result selectWithDelta(int k, RankingAndSelection.Sampler sampler, Options o, double[] delta) {
        if (delta[0] > 0) {
            return RankingAndSelection.select(k, sampler, o.n0(), delta[0], 1 - o.probability(), o.maxReplications());
        }
        int[] all = new int[k];
        for (int i = 0; i < k; i++) {
            all[i] = i;
        }
        double[][] first = sampler.sample(all, 1, o.n0());
        if (!(delta[0] > 0)) {
            throw new plaza.params.InputException("the outcome is 0 in every first-stage run; give --delta as an absolute value");
        }
        RankingAndSelection.Sampler cached = (ids, from, to) -> {
            if (to <= o.n0()) {
                double[][] out = new double[ids.length][];
                for (int j = 0; j < ids.length; j++) {
                    out[j] = java.util.Arrays.copyOfRange(first[ids[j]], from - 1, to);
                }
                return out;
            }
            return sampler.sample(ids, from, to);
        };
        return RankingAndSelection.select(k, cached, o.n0(), delta[0], 1 - o.probability(), o.maxReplications());
    }

    private static RunConfig config(BatchSpec spec, int system, long seed) {
        RunSpec run = spec.run(1 + system * spec.replications());
        RunConfig base = spec.config(run);
        return new RunConfig(base.scenario(), base.params(), seed, base.until(), base.scale());
    }

    /** The period total (flow) or mean (stock) of one metric in one run. */
    static double outcome(RunConfig cfg, Metric m, Period p) {
        double[] acc = {0, 0};
        PlazaModel.run(cfg, (month, values) -> {
            if (!month.isBefore(p.from()) && !month.isAfter(p.to())) {
                acc[0] += values[m.ordinal()];
                acc[1]++;
            }
        });
        double v = m.isFlow() ? acc[0] : acc[0] / acc[1];
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("run " + cfg.scenario() + " seed " + cfg.seed() + ": " + m.column() + " is not finite");
        }
        return v;
    }

    private static double get(Future<Double> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }
}
