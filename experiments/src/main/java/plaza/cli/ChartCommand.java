package plaza.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plaza.analysis.Charts;
import plaza.analysis.Replication;
import plaza.analysis.ResultDirectory;
import plaza.analysis.Comparison;
import plaza.analysis.LeverChart;
import plaza.analysis.Metrics;
import plaza.analysis.Period;
import plaza.analysis.ResultSet;
import plaza.io.Metadata;
import plaza.output.Metric;
import plaza.params.InputException;

/**
 * {@code plaza chart}: time-series charts of the result directories it is given, with no comparison.
 * It charts only those: a directory that is not a result itself is accepted only when it is the
 * folder of one scenario's seeds ({@code results/<scenario>/seed-N}, as {@code plaza run} writes);
 * any other folder of results is refused with the list of what it holds. It says what it found.
 */
@Command(name = "chart", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw the time-series charts (monthly mean over replications with a 90%% band, thin lines the runs) of result directories as PNG.",
                "With --against LEVER: an outcome over --period against a varied lever's value instead, each design point's mean with the"
                        + " 90%% confidence interval of the mean as a band (charts/lever-LEVER-OUTCOME.png and .csv)."})
public final class ChartCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Result directories: a batch, a single run, or the folder of one scenario's seeds (results/<scenario>/).")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--metrics", paramLabel = "a,b,...", split = ",", description = "Metrics to draw (default: the headline set).")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the PNG files (default: DIR/charts/; required with several DIRs).")
    Path out;

    @Option(names = "--against", paramLabel = "LEVER", description = "Chart outcomes against this varied parameter's value (its full name, or the end of it: merida_equipment_to_judicial).")
    String against;

    @Option(names = "--outcome", paramLabel = "a,b,...", split = ",", description = "With --against: the outcomes to chart (default: homicides).")
    List<String> outcomes = new ArrayList<>();

    @Option(names = "--period", paramLabel = "YYYY-MM:YYYY-MM", description = "With --against: the months totalled (flows) or averaged (stocks) per run (default: every month the inputs share).")
    String period;

    @Override
    public Integer call() {
        Charts.headless();
        for (Path d : dirs) {
            checkIsResult(d);
        }
        if (dirs.size() > 1 && out == null) {
            throw new InputException("chart: several directories given; say where the charts go with --out DIR");
        }
        if (against == null && (!outcomes.isEmpty() || period != null)) {
            throw new InputException("--outcome and --period go with --against LEVER (for time series, use --metrics)");
        }
        ResultSet data = ResultSet.read(dirs);
        if (against != null) {
            return leverCharts(data);
        }
        List<Metric> ms = Metrics.parse(metrics);
        data.checkMetrics(ms);
        Period period = data.commonPeriod(List.of());
        for (ResultDirectory d : data.inputs()) {
            List<String> scenarios = d.replications().stream().map(Replication::scenario).distinct().toList();
            List<String> parts = new ArrayList<>();
            for (String s : scenarios) {
                parts.add(s + " (" + d.replications().stream().filter(r -> r.scenario().equals(s)).count() + " run(s))");
            }
            System.out.println("found " + d.dir() + ": " + d.kind() + ", " + String.join(", ", parts));
        }
        String baseline = data.scenarios().contains(Comparison.DEFAULT_BASELINE) ? Comparison.DEFAULT_BASELINE : null;
        Path target = out != null ? out : dirs.get(0).resolve(Charts.DIR);
        plaza.io.ResultDirs.requireDirectory(target); // a file, a path under one, or no write access: exit 2
        List<Charts.Drawn> drawn = Charts.drawTimeSeries(data, ms, period, baseline, target);
        System.out.println("wrote " + drawn.size() + " chart(s) of " + ms.size() + " metric(s), " + period + ", to " + target);
        return 0;
    }

    private int leverCharts(ResultSet data) {
        String lever = LeverChart.lever(data, against);
        List<Metric> ms = Metrics.parse(outcomes.isEmpty() ? List.of(Metric.HOMICIDES.column()) : outcomes);
        data.checkMetrics(ms);
        Period p = period == null ? data.commonPeriod(List.of()) : Period.parse(period);
        data.commonPeriod(List.of(p)); // every run covers it, or a clear error
        Path target = out != null ? out : dirs.get(0).resolve(Charts.DIR);
        plaza.io.ResultDirs.requireDirectory(target);
        long points = data.scenarios().stream().filter(s -> plaza.analysis.DesignLabels.values(s).containsKey(lever)).count();
        for (Metric m : ms) {
            Charts.Drawn d = LeverChart.draw(data, m, p, lever, target);
            System.out.println("wrote " + d.file() + " and its .csv: " + m.column() + " " + p + " against " + lever + ", "
                    + points + " design points, each its mean with the 90% confidence interval of the mean");
        }
        return 0;
    }

    /** A result directory, or the seed-N folders of one scenario; anything else is refused with what it holds. */
    static void checkIsResult(Path dir) {
        if (!Files.isDirectory(dir) || Files.isRegularFile(dir.resolve(Metadata.FILE))) {
            return; // ResultDirectory.read reports a missing directory
        }
        List<String> results = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> Files.isRegularFile(p.resolve(Metadata.FILE))).map(p -> p.getFileName().toString()).sorted().forEach(results::add);
        } catch (IOException e) {
            throw new InputException(dir + ": cannot list: " + e.getMessage());
        }
        if (results.isEmpty()) {
            throw new InputException(dir + " is not a Plaza result directory (no " + Metadata.FILE + ", and no seed-N sub-directories holding one)");
        }
        if (!results.stream().allMatch(n -> n.matches("seed-[0-9]+"))) {
            throw new InputException(dir + " is not a result directory but a folder of " + results.size() + " results ("
                    + String.join(", ", results.subList(0, Math.min(8, results.size()))) + (results.size() > 8 ? ", ..." : "")
                    + "); chart the ones you mean: plaza chart " + dir.resolve(results.get(0)) + " ...  (or compare them: plaza compare ...)");
        }
    }
}
