package plaza.api;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plaza.analysis.Contrast;
import plaza.analysis.Period;
import plaza.analysis.ResultSet;
import plaza.output.Metric;

/**
 * Scenarios compared with a baseline scenario, as {@code plaza compare}: for each scenario, metric and
 * period, the difference from the baseline with a 90% interval, a paired t test when the runs share
 * seeds (Welch's otherwise), Cohen's d, and a false-discovery-adjusted q-value over the whole
 * comparison. Set it up, then read {@link #differences()} or {@link #write(Path)} the files.
 *
 * <pre>{@code
 * Comparison c = Comparison.of(Results.read(baselineDir), Results.read(policyDir))
 *         .metrics(Metric.HOMICIDES).period(YearMonth.of(2009, 1), YearMonth.of(2012, 12));
 * Difference d = c.differences().get(0);
 * }</pre>
 */
public final class Comparison {

    private final List<Path> directories;
    private String baseline;
    private final List<Metric> metrics = new ArrayList<>();
    private final List<Period> periods = new ArrayList<>();
    private plaza.analysis.Comparison computed;

    private Comparison(List<Path> directories, String baseline) {
        this.directories = directories;
        this.baseline = baseline;
    }

    /**
     * Every scenario of a result set compared with its baseline: the scenario named
     * {@code baseline} if present, else the first (see {@link #baseline(String)}).
     *
     * @param results the runs of two or more scenarios
     * @return the comparison, headline metrics and default periods until set otherwise
     */
    public static Comparison of(Results results) {
        return new Comparison(results.directories(), null);
    }

    /**
     * Two result sets compared, the first holding the baseline, as {@code plaza compare B --baseline A}.
     *
     * @param baseline the runs of the baseline scenario (one scenario)
     * @param other    the runs of the scenarios compared with it
     * @return the comparison
     * @throws InvalidInputException when {@code baseline} holds more than one scenario
     */
    public static Comparison of(Results baseline, Results other) {
        List<String> names = baseline.scenarios();
        if (names.size() != 1) {
            throw new InvalidInputException("--baseline " + String.join(", ", baseline.directories().stream().map(Path::toString).toList())
                    + " holds " + names.size() + " scenarios (" + String.join(", ", names) + "); give a directory of one scenario, or its name");
        }
        Set<Path> dirs = new LinkedHashSet<>(baseline.directories());
        for (Path p : other.directories()) {
            if (baseline.directories().stream().noneMatch(b -> b.toAbsolutePath().normalize().equals(p.toAbsolutePath().normalize()))) {
                dirs.add(p);
            }
        }
        return new Comparison(List.copyOf(dirs), names.get(0));
    }

    /**
     * Names the baseline scenario, as {@code --baseline NAME}.
     *
     * @param scenario a scenario of the inputs
     * @return this comparison
     */
    public Comparison baseline(String scenario) {
        this.baseline = scenario;
        this.computed = null;
        return this;
    }

    /**
     * The metrics compared, as {@code --metrics}; by default the headline set.
     *
     * @param compared one or more metrics
     * @return this comparison
     */
    public Comparison metrics(Metric... compared) {
        metrics.clear();
        metrics.addAll(List.of(compared));
        computed = null;
        return this;
    }

    /**
     * Adds a period to total (flows) or average (stocks) over, as {@code --period FROM:TO}; by
     * default the whole common period, plus periods ending 2012-12 and 2020-12 when the runs go past them.
     *
     * @param from first month, inclusive
     * @param to   last month, inclusive
     * @return this comparison
     * @throws InvalidInputException when the period ends before it starts
     */
    public Comparison period(YearMonth from, YearMonth to) {
        periods.add(Errors.guard(() -> new Period(from, to)));
        computed = null;
        return this;
    }

    /**
     * Compares: every scenario other than the baseline, for every metric and period.
     *
     * @return the differences, period by period, metric by metric, scenario by scenario
     * @throws InvalidInputException when the inputs cannot be compared (one scenario only, an
     *         unknown baseline, a metric missing, a period not covered), with the command line's message
     */
    public List<Difference> differences() {
        List<Difference> out = new ArrayList<>();
        for (Contrast c : compute().contrasts()) {
            out.add(Difference.of(c));
        }
        return List.copyOf(out);
    }

    /**
     * The baseline scenario the comparison uses.
     *
     * @return its name
     * @throws InvalidInputException as {@link #differences()}
     */
    public String baselineScenario() {
        return compute().baseline();
    }

    /**
     * Writes {@code comparison.csv}, {@code charts/*.png}, {@code report.md} and {@code report.html}
     * into a directory, as {@code plaza compare --out DIR}.
     *
     * @param out the output directory (created if missing)
     * @throws InvalidInputException as {@link #differences()}
     */
    public void write(Path out) {
        plaza.analysis.Charts.headless();
        plaza.analysis.Comparison c = compute();
        Errors.guard(() -> {
            c.write(out, Scenarios.bundled().library());
            return null;
        });
    }

    private plaza.analysis.Comparison compute() {
        if (computed == null) {
            computed = Errors.guard(() -> plaza.analysis.Comparison.of(ResultSet.read(directories),
                    new plaza.analysis.Comparison.Options(baseline, List.copyOf(metrics), List.copyOf(periods), Map.of())));
        }
        return computed;
    }
}
