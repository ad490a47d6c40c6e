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
        description = "Draw the time-series charts (monthly mean over replications with a 90%% band, thin lines the runs) of result directories as PNG.")
public final class ChartCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Result directories: a batch, a single run, or the folder of one scenario's seeds (results/<scenario>/).")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--metrics", paramLabel = "a,b,...", split = ",", description = "Metrics to draw (default: the headline set).")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the PNG files (default: DIR/charts/; required with several DIRs).")
    Path out;

    @Override
    public Integer call() {
        Charts.headless();
        for (Path d : dirs) {
            checkIsResult(d);
        }
        if (dirs.size() > 1 && out == null) {
            throw new InputException("chart: several directories given; say where the charts go with --out DIR");
        }
        ResultSet data = ResultSet.read(dirs);
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
