package plaza.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plaza.analysis.Period;
import plaza.analysis.RankingAndSelection;
import plaza.analysis.Selection;
import plaza.batch.BatchSpec;
import plaza.batch.DesignKind;
import plaza.batch.ExperimentDefinition;
import plaza.batch.Factor;
import plaza.io.AtomicFiles;
import plaza.io.Numbers;
import plaza.model.RunConfig;
import plaza.output.Metric;
import plaza.params.InputException;

/** {@code plaza select}: the best of several policies for one outcome, with a stated probability (Kim–Nelson). */
@Command(name = "select", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Choose the scenario or design point with the smallest (or largest) outcome over a period, replicating",
                "adaptively with common random numbers until, with the stated probability, the choice is within delta of the best",
                "(the Kim-Nelson indifference-zone procedure). Writes selection.csv and selection.md."})
public final class SelectCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "SCENARIO", description = "Candidate scenarios (names or .scenario files; default: baseline). With --vary, every scenario x design point is a candidate.")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--outcome", paramLabel = "METRIC", defaultValue = "homicides", description = "The outcome, by CSV column (default: ${DEFAULT-VALUE}); flows are totalled over the period, stocks averaged.")
    String outcome;

    @Option(names = "--period", paramLabel = "YYYY-MM:YYYY-MM", defaultValue = "2007-01:2020-12", description = "The period (default: ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--maximize", description = "Choose the largest outcome instead of the smallest.")
    boolean maximize;

    @Option(names = "--delta", paramLabel = "P%|VALUE", defaultValue = "2%", description = "Indifference zone: differences smaller than this do not matter; a percent of the candidates' first-stage mean, or a value in the outcome's unit (default: ${DEFAULT-VALUE}).")
    String delta;

    @Option(names = "--probability", paramLabel = "P", defaultValue = "0.9", description = "Probability that the chosen candidate is within delta of the best (default: ${DEFAULT-VALUE}).")
    double probability;

    @Option(names = "--n0", paramLabel = "N", defaultValue = "10", description = "First-stage replications of every candidate (default: ${DEFAULT-VALUE}).")
    int n0;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "60", description = "Cap on any candidate's replications; at the cap the result says the guarantee does not hold (default: ${DEFAULT-VALUE}).")
    int maxReplications;

    @Option(names = "--vary", paramLabel = "name=low:high[:steps]|name=v1,v2,...", description = "A varied parameter of the design (repeatable).")
    List<String> vary = new ArrayList<>();

    @Option(names = "--design", paramLabel = "grid|mixture|file", description = "How design points are chosen (default: grid).")
    String design;

    @Option(names = "--samples", paramLabel = "M", description = "Mixture lattice degree (shares in steps of 1/M, default 4).")
    Integer samples;

    @Option(names = "--mixture-sum", paramLabel = "at-most|exact", description = "Mixture shares sum to at most 1 or exactly 1 (default: at-most).")
    String mixtureSum;

    @Option(names = "--design-file", paramLabel = "FILE", description = "Design points from a CSV file (one column per parameter).")
    Path designFile;

    @Option(names = "--set", paramLabel = "name=value", description = "Fix a parameter for every candidate (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of replication 1; replication r uses S + r - 1 (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scale", paramLabel = "X", defaultValue = "100", description = "People per person-agent (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--threads", paramLabel = "T", description = "Runs at once (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/select-<outcome>/).")
    Path out;

    @Override
    public Integer call() {
        Metric m = Metric.byColumn(outcome);
        if (m == null) {
            throw new InputException("--outcome: unknown metric '" + outcome + "'; " + nearest(outcome));
        }
        Period p = Period.parse(period);
        if (p.from().isBefore(RunConfig.OUTPUT_START) || p.to().isAfter(RunConfig.LATEST)) {
            throw new InputException("--period " + period + " is out of range; allowed " + RunConfig.OUTPUT_START + " to " + RunConfig.LATEST);
        }
        if (!(probability > 0.5 && probability < 1)) {
            throw new InputException("--probability " + Numbers.format(probability) + " is out of range; allowed above 0.5 and below 1");
        }
        if (n0 < 5 || n0 > 1000) {
            throw new InputException("--n0 " + n0 + " is out of range; allowed 5 to 1000");
        }
        if (maxReplications < n0 || maxReplications > 100_000) {
            throw new InputException("--max-replications " + maxReplications + " is out of range; allowed --n0 (" + n0 + ") to 100000");
        }
        double[] d = parseDelta(delta);
        ExperimentDefinition def = new ExperimentDefinition().name("select").replications(1).until(p.to()).scale(scale);
        if (!scenarios.isEmpty()) {
            def.scenarios(scenarios);
        }
        if (design != null) {
            def.design(DesignKind.parse(design, "--design: "));
            if (def.design().sampled()) {
                throw new InputException("--design " + design + " samples points at random; select compares fixed candidates: use grid, mixture or file");
            }
        }
        if (samples != null) {
            def.samples(samples);
        }
        if (mixtureSum != null) {
            def.mixtureSum(mixtureSum, "--mixture-sum: ");
        }
        if (designFile != null) {
            def.designFile(designFile);
        }
        for (Factor f : Factor.parseOptions(vary)) {
            def.vary(f);
        }
        for (String s : sets) {
            def.set(Project.parseSet(s));
        }
        BatchSpec spec = BatchSpec.resolve(def, Project.scenarios());
        Path dir = out != null ? out : Project.results().resolve("select-" + m.column());
        plaza.io.ResultDirs.requireDirectory(dir); // before the runs: a bad --out exits 2 at once
        if (!spec.skipped().isEmpty()) {
            System.err.println("plaza select: " + spec.skipped().size() + " design points break a rule between parameters and are left out");
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Selection.Options o = new Selection.Options(m, p, maximize, d[0], d[1], probability, n0, maxReplications, t);
        System.err.println("plaza select: " + Selection.systems(spec).size() + " candidates, " + n0 + " replications each to start ...");
        Selection.Outcome result = Selection.run(spec, seed, o);
        String md = SelectionReport.markdown(result);
        AtomicFiles.writeString(dir.resolve("selection.csv"), SelectionReport.csv(result));
        AtomicFiles.writeString(dir.resolve("selection.md"), md);
        System.out.print(SelectionReport.summary(result));
        System.out.println("wrote " + dir.resolve("selection.csv") + ", " + dir.resolve("selection.md"));
        return 0;
    }

    /** {@code 2%} (relative) or {@code 500} (absolute): returns {percent, absolute}, one of them 0. */
    static double[] parseDelta(String text) {
        String t = text.trim();
        try {
            if (t.endsWith("%")) {
                double pct = Double.parseDouble(t.substring(0, t.length() - 1).trim());
                if (!(pct > 0 && pct <= 100)) {
                    throw new InputException("--delta " + t + " is out of range; allowed above 0% to 100%");
                }
                return new double[] {pct, 0};
            }
            double v = Double.parseDouble(t);
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new InputException("--delta " + t + " is out of range; allowed a positive value or a percent such as 2%");
            }
            return new double[] {0, v};
        } catch (NumberFormatException e) {
            throw new InputException("--delta '" + t + "' is not a number or a percent (such as 2% or 500)");
        }
    }

    private static String nearest(String name) {
        return "nearest valid names: " + String.join(", ", plaza.analysis.Metrics.nearest(name, 3));
    }
}
