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

    static BatchResult run(ExperimentDefinition def, Path dir, int threads, double target, List<Metric> metrics, int cap, BatchResult first,
                           boolean savedWorlds) {
        if (cap < def.replications()) {
            throw new InputException("--max-replications " + cap + " is below the first round's " + def.replications() + " replications");
        }
        if (def.seedPool() != null && cap > def.seedPool().size()) {
            System.err.printf("plaza headline: --seeds history holds %d accepted seeds: replications stop there, not at %d"
                    + " (./plaza ensemble --keep %d builds more)%n", def.seedPool().size(), cap, cap);
            cap = def.seedPool().size();
        }
        List<Path> dirs = new ArrayList<>(List.of(dir));
        int total = first.total();
        int succeeded = first.succeeded();
        int failed = first.failed();
        int baselineReps = def.replications();
        long seed = def.seed();
        Comparison c = Comparison.of(dirs, Comparison.Options.defaults());
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
            def.scenarios(scenarios).replications(next - baselineReps).seed(seed + baselineReps);
            if (def.seedPool() != null) {
                def.seedOffset(baselineReps); // the ensemble's next accepted seeds
            }
            System.err.printf("plaza headline: round %d: %d scenario(s) not yet within %s%% (e.g. %s); %d more replications each%n",
                    round, unmet.size(), Numbers.format(target), unmet.get(0), next - baselineReps);
            Path roundDir = dir.resolve("round-" + round);
            BatchResult r = new BatchRunner().savedWorlds(savedWorlds).worldCache(savedWorlds ? Project.worlds() : null)
                    .command("plaza headline (precision round " + round + ")")
                    .execute(BatchSpec.resolve(def, Project.scenarios()), roundDir, threads, true);
            total += r.total();
            succeeded += r.succeeded();
            failed += r.failed();
            dirs.add(roundDir);
            baselineReps = next;
            c = Comparison.of(dirs, Comparison.Options.defaults());
            needs = Precision.of(c, metrics, target);
        }
        c.write(dir, Project.scenarios());
        write(dir, needs, target, metrics);
        long met = needs.stream().filter(n -> n.met(target)).count();
        System.out.printf("precision: %d of %d scenarios within %s%% on %s (90%% interval half-width); the others stopped at %d replications"
                + " (see %s)%n", met, needs.size(), Numbers.format(target), metrics.get(0).column(), cap, dir.resolve(FILE));
        return new BatchResult(dir, total, succeeded, failed, first.resumed(), first.seconds());
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
