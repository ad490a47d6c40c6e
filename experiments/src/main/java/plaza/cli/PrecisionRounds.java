package plaza.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import plaza.analysis.Comparison;
import plaza.analysis.Precision;
import plaza.batch.BatchResult;
import plaza.batch.BatchRunner;
import plaza.batch.BatchSpec;
import plaza.batch.ExperimentDefinition;
import plaza.io.AtomicFiles;
import plaza.io.Numbers;
import plaza.output.Metric;
import plaza.params.InputException;

/**
 * The headline's adaptive replications: after the first batch, the scenarios whose difference from the
 * baseline is not yet precise enough get more replications, with the baseline, in rounds (a batch per
 * round in {@code DIR/round-K/}, seeds continuing where the last round stopped, so every pair is still
 * the same seed), until each is precise enough or at the cap. A round is a batch: an interrupted
 * headline resumes it.
 */
final class PrecisionRounds {

    static final String FILE = "precision.csv";

    private PrecisionRounds() {}

    /** {@code 3%} or {@code 3} (percent); 0 turns precision off. */
    static double parse(String text) {
        String t = text.trim().endsWith("%") ? text.trim().substring(0, text.trim().length() - 1) : text.trim();
        try {
            double v = Double.parseDouble(t);
            if (!(v >= 0 && v <= 100)) {
                throw new InputException("--precision " + text + " is out of range; allowed 0 (off) to 100%");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InputException("--precision '" + text + "' is not a percent (such as 3%)");
        }
    }

    static List<Metric> metrics(List<String> names) {
        List<Metric> out = new ArrayList<>();
        for (String n : names) {
            Metric m = Metric.byColumn(n.trim());
            if (m == null) {
                throw new InputException("--precision-metrics: unknown metric '" + n.trim() + "'; nearest valid names: "
                        + String.join(", ", plaza.analysis.Metrics.nearest(n.trim(), 3)));
            }
            out.add(m);
        }
        return out;
    }

    /** What the rounds ran and what they found: the comparison over every round, each scenario's precision, the run counts. */
    record Outcome(Comparison comparison, List<Precision.Need> needs, int total, int succeeded, int failed, int cap, boolean capIsSeedPool) { }

    /** The headline's rounds: the comparison, precision.csv and the summary line go into {@code dir}. */
    static BatchResult run(ExperimentDefinition def, Path dir, int threads, double target, List<Metric> metrics, int cap, BatchResult first,
                           boolean savedWorlds, boolean fresh) {
        Outcome o = rounds(def, dir, threads, target, metrics, cap, Comparison.Options.defaults(), "plaza headline", savedWorlds, fresh);
        o.comparison().write(dir, Project.scenarios());
        report(dir, o, target, metrics);
        return new BatchResult(dir, first.total() + o.total(), first.succeeded() + o.succeeded(), first.failed() + o.failed(),
                first.resumed(), first.seconds());
    }

    /**
     * Replicates, in rounds, the scenarios of the batch in {@code dir} (run from {@code def}) whose
     * difference from the baseline in {@code metrics} over the longest compared period has a 90%
     * half-width above {@code target} percent, until none has or {@code cap} replications are reached.
     * With design points (varied levers) every point of the design gets the round's replications,
     * since a round is a batch of the same design. With {@code savedWorlds} the rounds continue
     * saved worlds kept in results/.worlds/ (same bytes, less time). With {@code fresh} (the batch in
     * {@code dir} was just started anew, replacing one of other code or another definition) each
     * round's batch is started anew too, since the round-K/ left there belongs to the replaced batch;
     * otherwise a round resumes what an interrupted invocation left.
     */
    static Outcome rounds(ExperimentDefinition def, Path dir, int threads, double target, List<Metric> metrics, int cap,
                          Comparison.Options options, String command, boolean savedWorlds, boolean fresh) {
        if (cap < def.replications()) {
            throw new InputException("--max-replications " + cap + " is below the first round's " + def.replications() + " replications");
        }
        boolean capIsSeedPool = def.seedPool() != null && cap > def.seedPool().size();
        if (capIsSeedPool) {
            cap = def.seedPool().size();
        }
        List<Path> dirs = new ArrayList<>(List.of(dir));
        int total = 0;
        int succeeded = 0;
        int failed = 0;
        int baselineReps = def.replications();
        long seed = def.seed();
        boolean designPoints = !def.factors().isEmpty();
        List<String> allScenarios = def.scenarios();
        Comparison c = Comparison.of(dirs, options);
        List<Precision.Need> needs = Precision.of(c, metrics, target);
        for (int round = 2; ; round++) {
            List<String> unmet = new ArrayList<>();
            int next = baselineReps;
            for (Precision.Need n : needs) {
                if (!n.met(target) && n.replications() < cap) {
                    unmet.add(n.scenario());
                    next = Math.max(next, Math.min(cap, n.needed()));
                }
            }
            if (unmet.isEmpty() || next <= baselineReps) {
                break;
            }
            List<String> scenarios = new ArrayList<>(List.of(c.baseline()));
            scenarios.addAll(unmet);
            def.scenarios(designPoints ? allScenarios : scenarios).replications(next - baselineReps).seed(seed + baselineReps);
            if (def.seedPool() != null) {
                def.seedOffset(baselineReps); // the ensemble's next accepted seeds
            }
            System.err.printf("%s: round %d: %d %s not yet within %s%% (e.g. %s); %d more replications each%n",
                    command, round, unmet.size(), designPoints ? "design point(s)" : "scenario(s)", Numbers.format(target), unmet.get(0),
                    next - baselineReps);
            Path roundDir = dir.resolve("round-" + round);
            BatchResult r = new BatchRunner().savedWorlds(savedWorlds).worldCache(savedWorlds ? Project.worlds() : null)
                    .command(command + " (precision round " + round + ")")
                    .execute(BatchSpec.resolve(def, Project.scenarios()), roundDir, threads, !fresh);
            total += r.total();
            succeeded += r.succeeded();
            failed += r.failed();
            dirs.add(roundDir);
            baselineReps = next;
            c = Comparison.of(dirs, options);
            needs = Precision.of(c, metrics, target);
        }
        return new Outcome(c, needs, total, succeeded, failed, cap, capIsSeedPool);
    }

    /**
     * Writes precision.csv into {@code out} and prints how many scenarios reached the target; when some did not,
     * where they stopped (the cap, or the last seed of the history-matched ensemble, with the command that builds more).
     */
    static void report(Path out, Outcome o, double target, List<Metric> metrics) {
        write(out, o.needs(), target, metrics);
        System.out.println(summary(o, target, metrics, out.resolve(FILE)));
    }

    static String summary(Outcome o, double target, List<Metric> metrics, Path file) {
        long met = o.needs().stream().filter(n -> n.met(target)).count();
        String within = String.format("%s%% on %s (90%% interval half-width)", Numbers.format(target),
                String.join(", ", metrics.stream().map(Metric::column).toList()));
        if (met == o.needs().size()) {
            return String.format("precision: all %d scenarios within %s (see %s)", met, within, file);
        }
        String stop = o.capIsSeedPool()
                ? String.format("the others stopped at %d replications, the seeds the history-matched ensemble holds"
                        + " (./plaza ensemble --keep N builds more)", o.cap())
                : String.format("the others stopped at %d replications (--max-replications)", o.cap());
        return String.format("precision: %d of %d scenarios within %s; %s (see %s)", met, o.needs().size(), within, stop, file);
    }

    private static void write(Path dir, List<Precision.Need> needs, double target, List<Metric> metrics) {
        StringBuilder sb = new StringBuilder("scenario,replications,half_width_pct,target_pct,replications_needed,met,outcomes\n");
        for (Precision.Need n : needs) {
            sb.append(n.scenario()).append(',').append(n.replications()).append(',')
                    .append(Double.isNaN(n.halfWidthPct()) ? "" : Numbers.format(n.halfWidthPct())).append(',')
                    .append(Numbers.format(target)).append(',').append(n.needed()).append(',').append(n.met(target) ? "yes" : "no").append(',')
                    .append(String.join(" ", metrics.stream().map(Metric::column).toList())).append('\n');
        }
        AtomicFiles.writeString(dir.resolve(FILE), sb.toString());
    }
}
