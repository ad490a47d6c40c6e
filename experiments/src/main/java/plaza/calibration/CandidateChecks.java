package plaza.calibration;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.params.ParameterValues;

/**
 * A history-ensemble candidate's baseline run, checked against the matching rule as it goes, so a
 * candidate is rejected at the first month in which a target it can already evaluate has failed
 * (1995-2000 targets at 2000-12, say) instead of being simulated to 2012.
 *
 * <p>The verdict is the full rule's: a run simulated to the end is the same run, month for month,
 * whether or not it could have stopped earlier, so a target evaluated at its last month has the value
 * it has at 2012-12; and the only other checks are bounds the rule implies. For a ratio target
 * {@code a(P)/a(Q)} whose numerator is itself a matched total target {@code a(P)} (the 2005-2010
 * growth and the 2010 homicides; 2008/2007 and 2008), a run meets both only if the denominator lies in
 * [numerator low / ratio high, numerator high / ratio low]; that is known when Q ends (2005-12,
 * 2007-12), before P (the check is named {@code <ratio id>:denominator}). Those bounds are widened
 * by a relative 1e-9 so rounding can never reject a candidate the rule accepts.
 * {@code HistoryEnsembleTest} compares the accepted seeds and every evaluated value with and without
 * early rejection.
 */
final class CandidateChecks {

    /** One check: a target's verdict, or an implied bound on a ratio's denominator; due once {@code at} is simulated. */
    private record Check(YearMonth at, int target, Target ratio, double low, double high, String name) {
        boolean derived() {
            return target < 0;
        }
    }

    private final List<Target> targets;
    private final HistoryEnsemble.Rule rule;
    private final ParameterValues params;
    private final double[] low;
    private final double[] high;
    private final List<Check> checks;
    private final YearMonth plazasFrom;

    /**
     * @param targets the targets evaluable by {@link HistoryEnsemble#MATCHED_UNTIL}
     * @param early   check as the run goes and stop at the first failure; false: simulate to the end, then judge
     */
    CandidateChecks(List<Target> targets, HistoryEnsemble.Rule rule, ParameterValues params, boolean early) {
        this.targets = List.copyOf(targets);
        this.rule = rule;
        this.params = params;
        this.plazasFrom = TargetStatistics.plazasFrom(targets);
        int n = targets.size();
        low = new double[n];
        high = new double[n];
        List<Check> cs = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            Target target = targets.get(t);
            double[] b = rule.bounds(target, target.lowValue(params), target.highValue(params));
            low[t] = b[0];
            high[t] = b[1];
            YearMonth at = early ? (target.statistic().fromInputs() ? RunConfig.START : target.period().lastMonth())
                    : HistoryEnsemble.MATCHED_UNTIL;
            cs.add(new Check(at, t, null, 0, 0, target.id()));
        }
        if (early) {
            cs.addAll(denominatorBounds());
        }
        cs.sort(Comparator.comparing(Check::at)); // stable: targets in table order within a month
        checks = List.copyOf(cs);
    }

    /** The implied bounds on ratio denominators (see the class comment). */
    private List<Check> denominatorBounds() {
        List<Check> out = new ArrayList<>();
        for (int r = 0; r < targets.size(); r++) {
            Target ratio = targets.get(r);
            if (ratio.statistic() != Target.Statistic.RATIO || rule.excluded().contains(ratio.id()) || ratio.divideBy() != 1
                    || !(low[r] > 0)) {
                continue;
            }
            TargetPeriod[] per = ratio.period().splitRatio();
            if (!per[1].lastMonth().isBefore(per[0].lastMonth())) {
                continue;
            }
            for (int l = 0; l < targets.size(); l++) {
                Target level = targets.get(l);
                if (level.statistic() != Target.Statistic.TOTAL || rule.excluded().contains(level.id()) || level.divideBy() != 1
                        || !level.metric().equals(ratio.numeratorMetric()) || !level.period().from().equals(per[0].from())
                        || !level.period().to().equals(per[0].to()) || !(low[l] > 0)) {
                    continue;
                }
                double lo = low[l] / high[r] * (1 - 1e-9);
                double hi = high[l] / low[r] * (1 + 1e-9);
                out.add(new Check(per[1].lastMonth(), -1, ratio, lo, hi, ratio.id() + ":denominator"));
            }
        }
        return out;
    }

    /** A pool of daemon threads for the candidates' runs. */
    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "plaza-ensemble");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs candidates {@code from} to {@code from + n - 1} on the pool; their records in seed order. */
    List<HistoryEnsemble.Candidate> run(long from, int n, double scale, ExecutorService pool) {
        List<Future<HistoryEnsemble.Candidate>> chunk = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long seed = from + i;
            chunk.add(pool.submit(() -> run(seed, scale)));
        }
        List<HistoryEnsemble.Candidate> out = new ArrayList<>();
        for (Future<HistoryEnsemble.Candidate> f : chunk) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ensemble interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException("the run of a candidate failed", e.getCause());
            }
        }
        return out;
    }

    /**
     * Runs one candidate and judges it.
     *
     * @return the candidate's record: values of the targets evaluated (NaN for those not reached), which
     *         of them it met, and where it was rejected
     */
    HistoryEnsemble.Candidate run(long seed, double scale) {
        TargetStatistics stats = new TargetStatistics(plazasFrom);
        PlazaModel m = new PlazaModel(new RunConfig("baseline", params, seed, HistoryEnsemble.MATCHED_UNTIL, scale), stats);
        double[] values = new double[targets.size()];
        Arrays.fill(values, Double.NaN);
        boolean[] met = new boolean[targets.size()];
        Arrays.fill(met, true);
        List<String> failed = new ArrayList<>();
        int next = 0;
        m.start();
        try {
            YearMonth done = RunConfig.START.minusMonths(1);
            boolean more = true;
            while (true) {
                while (next < checks.size() && !checks.get(next).at().isAfter(done)) {
                    YearMonth at = checks.get(next).at();
                    for (; next < checks.size() && checks.get(next).at().equals(at); next++) {
                        judge(checks.get(next), stats, values, met, failed);
                    }
                    if (!failed.isEmpty()) {
                        return new HistoryEnsemble.Candidate(seed, false, values, met, at, failed);
                    }
                }
                if (next == checks.size() || !more) {
                    break;
                }
                more = m.stepMonth();
                done = m.month().minusMonths(1);
            }
            if (next < checks.size()) {
                throw new IllegalStateException("the run of seed " + seed + " ended at " + done + " before every check was made");
            }
        } finally {
            m.finish();
        }
        return new HistoryEnsemble.Candidate(seed, true, values, met, null, List.of());
    }

    private void judge(Check c, TargetStatistics stats, double[] values, boolean[] met, List<String> failed) {
        if (c.derived()) {
            double den = c.ratio().ratioDenominator(stats);
            if (!(den >= c.low() && den <= c.high())) {
                failed.add(c.name() + "=" + plaza.io.Numbers.format(den));
            }
            return;
        }
        int t = c.target();
        values[t] = targets.get(t).evaluate(stats, params);
        met[t] = rule.excluded().contains(targets.get(t).id()) || values[t] >= low[t] && values[t] <= high[t];
        if (!met[t]) {
            failed.add(c.name() + "=" + plaza.io.Numbers.format(values[t]));
        }
    }
}
