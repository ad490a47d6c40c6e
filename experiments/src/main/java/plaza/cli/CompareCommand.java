package plaza.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plaza.analysis.HtmlReport;
import plaza.analysis.Charts;
import plaza.analysis.Comparison;
import plaza.analysis.ComparisonTable;
import plaza.analysis.Contrast;
import plaza.analysis.Metrics;
import plaza.analysis.Period;
import plaza.analysis.Replication;
import plaza.analysis.Report;
import plaza.analysis.ResultDirectory;
import plaza.batch.ExperimentDefinition;
import plaza.params.InputException;

/** {@code plaza compare}: scenarios against a baseline, with intervals, tests, charts and a report. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare the scenarios in result directories (batch or single-run) with a baseline scenario.",
                "Writes comparison.csv (differences, 90%% intervals, paired-t or Welch test, Cohen's d), charts/*.png, report.md and report.html (one self-contained file)."})
public final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Result directories: a batch, a single run, or a folder of runs such as results/baseline/.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "DIR|NAME", description = "The baseline: a result directory holding one scenario, or a scenario name in the inputs (default: 'baseline' if present, else the first scenario).")
    String baseline;

    @Option(names = "--metrics", paramLabel = "a,b,...", split = ",", description = "Metrics to compare, by CSV column name (default: the headline set: homicides, border_dtos, tons_delivered, dto_revenue_usd, dto_revenue_marijuana_usd, dto_revenue_extortion_usd, extraditions, impunity_rate, troops_deployed, trade_delay_cost_usd, funding_spent_usd, guns_trafficked, convictions).")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--period", paramLabel = "YYYY-MM:YYYY-MM", split = ",", description = "Period(s) to total or average over; repeatable (default: the whole common period, plus periods ending 2012-12 and 2020-12 when the data run past them).")
    List<String> periods = new ArrayList<>();

    @Option(names = "--min-effect", paramLabel = "metric=VALUE", description = "Override a metric's minimal effect of interest (repeatable): 2%% (of the baseline) or 0.01 (in the metric's unit). Smaller differences are called negligible. Defaults: shares 0.5 percentage points, indices 0.01, everything else 1%% of the baseline.")
    List<String> minEffects = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: the input when it is one batch directory, else results/comparison/). Files compare wrote there before are replaced; files of the same names it did not write (or that changed since) are refused.")
    Path out;

    @Option(names = "--sub-periods", paramLabel = "YYYY-MM:YYYY-MM,...|none", split = ",",
            description = "Periods whose effects are given beside the whole period's, in effects-by-period.csv and the report, each interval its own"
                    + " (default: 2007-2009, 2010-2012, 2013-2016, 2017-2020, 2021-2025, 2026-2030, those inside the compared months, when two or more are).")
    List<String> subPeriods;

    @picocli.CommandLine.Mixin
    PrecisionOptions precisionOptions = new PrecisionOptions();

    @Option(names = "--threads", description = "Worker threads of the --precision rounds (default: all cores).")
    Integer threads;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Option(names = "--fresh", description = "Replace comparison.csv, report.md, report.html, datapackage.json and charts/ in the output directory even if compare did not write them; other files stay.")
    boolean fresh;

    @Override
    public Integer call() {
        Charts.headless();
        List<Path> inputs = new ArrayList<>(dirs);
        String baseName = baseline;
        if (baseline != null && Files.isDirectory(Path.of(baseline))) {
            Path b = Path.of(baseline);
            ResultDirectory d = ResultDirectory.read(b);
            List<String> names = d.replications().stream().map(Replication::scenario).distinct().toList();
            if (names.size() != 1) {
                throw new InputException("--baseline " + b + " holds " + names.size() + " scenarios ("
                        + String.join(", ", names) + "); give a directory of one scenario, or its name");
            }
            baseName = names.get(0);
            if (inputs.stream().noneMatch(p -> p.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize()))) {
                inputs.add(0, b);
            }
        }
        List<Period> ps = periods.stream().map(Period::parse).toList();
        List<Period> subs = subPeriods == null ? null
                : subPeriods.size() == 1 && subPeriods.get(0).trim().equals("none") ? List.of() : subPeriods.stream().map(Period::parse).toList();
        Comparison.Options options = new Comparison.Options(baseName, Metrics.parse(metrics), ps, Metrics.parseMinimalEffects(minEffects), subs);
        double precisionTarget = precisionOptions.precision == null ? 0 : PrecisionRounds.parse(precisionOptions.precision);
        List<plaza.output.Metric> precisionOn = PrecisionRounds.metrics(precisionOptions.metrics);
        PrecisionRounds.Outcome rounds = null;
        Comparison c;
        if (precisionTarget > 0) {
            if (inputs.size() != 1) {
                throw new InputException("--precision adds replications to one batch directory (as DIR/round-K/ batches); "
                        + inputs.size() + " inputs given");
            }
            ExperimentDefinition def = RecordedExperiment.read(inputs.get(0), HistorySeeds.err(commandSpec));
            Comparison.of(inputs, options); // a bad --baseline, --metrics or --period is refused before any run
            rounds = PrecisionRounds.rounds(def, inputs.get(0), threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                    precisionTarget, precisionOn, precisionOptions.maxReplications, options, "plaza compare", true, false);
            c = rounds.comparison();
        } else {
            c = Comparison.of(inputs, options);
        }
        if (!c.unchanged().isEmpty()) {
            System.err.println("plaza: warning: left out " + String.join(", ", c.unchanged()) + ": every run is identical to the "
                    + c.baseline() + " run with the same seed from " + c.span().from() + " to " + c.span().to() + " (what it changes acts outside this period);"
                    + " compare runs that reach the months its levers change");
        }
        // with --precision the inputs grew by the rounds; the default output is still the batch compared
        Path target = out != null ? out : rounds != null ? inputs.get(0) : defaultOut(c);
        plaza.io.ResultDirs.requireDirectory(target);
        // a result directory's datapackage.json is Plaza's (compare adds comparison.csv to it)
        String kind = plaza.io.ResultDirs.kind(target);
        java.util.Set<String> plazaOwned = kind.equals("run") || kind.equals("batch") ? java.util.Set.of(plaza.io.DataPackage.FILE)
                : java.util.Set.of();
        List<String> files = new ArrayList<>(Comparison.FILES);
        if (rounds != null) {
            files.add(PrecisionRounds.FILE);
        }
        plaza.io.OwnedFiles.claim(target, "plaza compare", files, List.of(Charts.DIR), plazaOwned, fresh);
        c.write(target, Project.scenarios());
        if (rounds != null) {
            PrecisionRounds.report(target, rounds, precisionTarget, precisionOn);
        }
        plaza.io.OwnedFiles.record(target, files, List.of(Charts.DIR));
        long distinguishable = c.contrasts().stream().filter(Contrast::distinguishable).count();
        long notable = c.contrasts().stream().filter(Contrast::notable).count();
        System.out.println("compared " + c.scenarios().size() + " scenario(s) with " + c.baseline() + " on "
                + c.metrics().size() + " metric(s) over " + c.periods().size() + " period(s): " + distinguishable + " of "
                + c.contrasts().size() + " differences distinguishable from noise (q < 0.10), " + notable + " of them not negligible");
        System.out.println("wrote " + target.resolve(ComparisonTable.FILE) + ", " + target.resolve(Charts.DIR) + "/, "
                + target.resolve(Report.FILE) + ", " + target.resolve(HtmlReport.FILE) + " (self-contained, charts embedded)");
        return 0;
    }

    private Path defaultOut(Comparison c) {
        if (c.data().inputs().size() == 1 && c.data().inputs().get(0).kind().equals("batch")) {
            return c.data().inputs().get(0).dir();
        }
        return Project.results().resolve("comparison");
    }
}
