package plaza.calibration;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;

/**
 * Fits the catalog's {@link Parameter.Status#FITTED} parameters to the targets with CMA-ES
 * (commons-math3 {@link CMAESOptimizer}). CMA-ES needs no gradients, copes with the rugged,
 * seed-averaged objective of an agent-based model, and is the optimizer the project's one math
 * library maintains. The search runs on each parameter's catalog range scaled to [0, 1], so the
 * fitted values never leave their declared bounds. Reproducible: the objective uses the same seeds
 * for every candidate, candidates are rounded to the precision written to the scenario file before
 * they are run, and the optimizer draws from a {@link MersenneTwister} with a fixed seed.
 */
public final class Calibrator {

    /** Largest initial step in the [0, 1]-scaled ranges. */
    public static final double MAX_SIGMA = 0.15;
    /** Smallest initial step in the [0, 1]-scaled ranges. */
    public static final double MIN_SIGMA = 0.001;

    private final Validator validator;
    private final ParameterValues base;
    private final List<Parameter> fitted;
    private final PrintWriter progress;

    /** The outcome: the best values found and the evaluations before and after. */
    public record Result(ParameterValues values, Evaluation before, Evaluation after, int evaluations,
                         int population) {}

    /** Thrown from the objective to stop once it is zero (every run inside every range): no candidate can do better. */
    private static final class AllTargetsPass extends RuntimeException {
        AllTargetsPass() {
            super(null, null, false, false);
        }
    }

    /**
     * @param validator runs candidates over the seeds
     * @param base      every parameter's value; fitted ones are the starting point
     * @param progress  where one line per evaluation is printed
     */
    public Calibrator(Validator validator, ParameterValues base, PrintWriter progress) {
        this(validator, base, fittedParameters(), progress);
    }

    /**
     * @param toFit the fitted parameters to search (the others keep their values in {@code base})
     */
    public Calibrator(Validator validator, ParameterValues base, List<Parameter> toFit, PrintWriter progress) {
        this.validator = validator;
        this.base = base;
        this.fitted = List.copyOf(toFit);
        this.progress = progress;
    }

    /** The parameters to fit: those the catalog marks FITTED, in catalog order. */
    public static List<Parameter> fittedParameters() {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : ParameterCatalog.all()) {
            if (p.status() == Parameter.Status.FITTED) {
                out.add(p);
            }
        }
        return out;
    }

    public List<Parameter> fitted() {
        return fitted;
    }

    /** Runs at most {@code budget} evaluations (each one run per seed) and returns the best point. */
    public Result fit(int budget, long optimizerSeed) {
        return fit(budget, optimizerSeed, 1);
    }

    /**
     * As {@link #fit(int, long)}, with every initial step multiplied by {@code stepScale} (in (0, 1]):
     * a small scale searches near the start, which suits a refit that continues from a good fit.
     */
    public Result fit(int budget, long optimizerSeed, double stepScale) {
        if (fitted.isEmpty()) {
            throw new plaza.params.InputException("the parameter catalog marks no parameter as fitted");
        }
        int n = fitted.size();
        double[] start = new double[n];
        double[] sigma = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            Parameter p = fitted.get(i);
            start[i] = (base.get(p) - p.min()) / (p.max() - p.min());
            sigma[i] = Math.max(MIN_SIGMA, stepScale * initialStep(start[i]));
            upper[i] = 1;
        }
        int population = 4 + (int) (3 * Math.log(n)); // CMA-ES's default population size
        Search search = new Search(budget);
        Evaluation before = search.evaluate(start);
        try {
            if (budget > 1 && before.objective() > 0) {
                CMAESOptimizer cma = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0,
                        new MersenneTwister(optimizerSeed), false, null);
                cma.optimize(new MaxEval(budget), new ObjectiveFunction(x -> search.evaluate(x).objective()),
                        GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lower, upper),
                        new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(population));
            }
        } catch (TooManyEvaluationsException | AllTargetsPass e) {
            // budget spent or nothing left to improve: the best point so far is the result
        }
        return new Result(search.bestValues, before, search.best, search.count, population);
    }

    /**
     * The initial step of one coordinate: half the start's distance from the lower bound, so a
     * parameter whose default is small next to its range (an extradition rate of 0.004 in [0, 1])
     * starts by trying values of its own order; kept between {@link #MIN_SIGMA} and {@link #MAX_SIGMA}.
     * CMA-ES then adapts the steps.
     */
    static double initialStep(double start) {
        return start <= 0 ? MAX_SIGMA / 3 : Math.max(MIN_SIGMA, Math.min(MAX_SIGMA, 0.5 * start));
    }

    /** The values a point in [0, 1]^n stands for, rounded as the scenario file will store them. */
    public ParameterValues valuesAt(double[] x) {
        ParameterValues.Builder b = base.toBuilder();
        for (int i = 0; i < fitted.size(); i++) {
            Parameter p = fitted.get(i);
            double u = Math.min(1, Math.max(0, x[i]));
            double v = Math.min(p.max(), Math.max(p.min(), p.min() + u * (p.max() - p.min())));
            b.set(p.name(), Parameter.format(v), "calibrate: ");
        }
        return b.build();
    }

    /**
     * Evaluation bookkeeping: counts, keeps the best point (first found wins ties), prints progress,
     * and remembers evaluated points so a repeat (CMA-ES re-evaluates its start; clipped candidates
     * coincide at a bound) costs no runs. The optimizer's budget counts its calls, ours included its
     * repeat of the start, so at most {@code budget} distinct points are run.
     */
    private final class Search {
        private final int budget;
        private final java.util.Map<java.util.List<Double>, Evaluation> seen = new java.util.HashMap<>();
        private int count;
        private Evaluation best;
        private ParameterValues bestValues;

        Search(int budget) {
            this.budget = budget;
        }

        Evaluation evaluate(double[] x) {
            ParameterValues v = valuesAt(x);
            java.util.List<Double> key = new java.util.ArrayList<>();
            for (Parameter p : fitted) {
                key.add(v.get(p));
            }
            Evaluation e = seen.get(key);
            boolean repeat = e != null;
            if (repeat) {
                return e;
            }
            e = validator.evaluate("baseline", v);
            seen.put(key, e);
            count++;
            if (best == null || e.objective() < best.objective()) {
                best = e;
                bestValues = v;
            }
            progress.printf(java.util.Locale.ROOT, "evaluation %d/%d  objective %.6g  best %.6g  passed %d/%d  %s%n",
                    count, budget, e.objective(), best.objective(), e.passedCount(),
                    e.evaluatedCount(), point(v));
            progress.flush();
            if (best.objective() == 0 && count > 1) {
                throw new AllTargetsPass();
            }
            return e;
        }

        private String point(ParameterValues v) {
            StringBuilder sb = new StringBuilder();
            for (Parameter p : fitted) {
                sb.append(sb.length() == 0 ? "" : " ").append(p.name()).append('=').append(Parameter.format(v.get(p)));
            }
            return sb.toString();
        }
    }

}
