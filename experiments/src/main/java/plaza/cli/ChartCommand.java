package plaza.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plaza.analysis.Charts;
import plaza.analysis.Comparison;
import plaza.analysis.Metrics;
import plaza.analysis.Period;
import plaza.analysis.ResultSet;
import plaza.output.Metric;

/** {@code plaza chart}: time-series charts of one result directory, with no comparison. */
@Command(name = "chart", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draw the time-series charts (monthly mean over replications with a 90%% band) of one result directory as PNG.")
public final class ChartCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "A result directory: a batch, a single run, or a folder of runs.")
    Path dir;

    @Option(names = "--metrics", paramLabel = "a,b,...", split = ",", description = "Metrics to draw (default: the headline set).")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the PNG files (default: DIR/charts/).")
    Path out;

    @Override
    public Integer call() {
        Charts.headless();
        ResultSet data = ResultSet.read(List.of(dir));
        List<Metric> ms = Metrics.parse(metrics);
        data.checkMetrics(ms);
        Period period = data.commonPeriod(List.of());
        String baseline = data.scenarios().contains(Comparison.DEFAULT_BASELINE) ? Comparison.DEFAULT_BASELINE : null;
        Path target = out != null ? out : dir.resolve(Charts.DIR);
        List<Charts.Drawn> drawn = Charts.drawTimeSeries(data, ms, period, baseline, target);
        System.out.println("wrote " + drawn.size() + " chart(s) to " + target);
        return 0;
    }
}
