package plaza.analysis;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import plaza.output.Metric;
import plaza.params.InputException;
import plaza.scenario.ScenarioLibrary;

/**
 * Every scenario in a set of result directories compared with a baseline scenario, over one or
 * more periods, for a list of metrics; and the files that present it: {@code comparison.csv},
 * {@code charts/*.png} and {@code report.md}.
 *
 * <p>Typical use after a batch: {@code Comparison.writeFor(batchDir)} compares every scenario with
 * {@code baseline} on the headline metrics and writes the three outputs into the batch directory.
 */
public final class Comparison {

    /** The files {@link #write} writes besides the {@link Charts#DIR} folder. */
    public static final List<String> FILES = List.of(ComparisonTable.FILE, ComparisonTable.BY_PERIOD_FILE, Report.FILE, HtmlReport.FILE,
            plaza.io.DataPackage.FILE);

    /** The scenario used as the baseline when none is named. */
    public static final String DEFAULT_BASELINE = "baseline";
    /** Period ends reported besides the whole period, when the data reach beyond them. */
    static final List<YearMonth> MILESTONES = List.of(YearMonth.of(2012, 12), YearMonth.of(2020, 12));

    /**
     * What to compare.
     *
     * @param baseline baseline scenario name, or null for {@value #DEFAULT_BASELINE} (or the first scenario)
     * @param metrics  metrics to compare (empty: {@link Metrics#HEADLINE})
     * @param periods  periods to compare over (empty: the whole common period, plus periods ending at
     *                 2012-12 and 2020-12 when the data run past them)
     * @param subPeriods periods whose effects are given beside the whole period's, outside the
     *                 false-discovery family (null: the {@link Period#SUB_PERIODS} inside the compared months,
     *                 when at least two are; empty: none)
     */
    public record Options(String baseline, List<Metric> metrics, List<Period> periods, java.util.Map<Metric, Metrics.MinimalEffect> minimalEffects,
                          List<Period> subPeriods) {
        public Options(String baseline, List<Metric> metrics, List<Period> periods) {
            this(baseline, metrics, periods, java.util.Map.of());
        }

        public Options(String baseline, List<Metric> metrics, List<Period> periods, java.util.Map<Metric, Metrics.MinimalEffect> minimalEffects) {
            this(baseline, metrics, periods, minimalEffects, null);
        }

        public static Options defaults() {
            return new Options(null, List.of(), List.of());
        }

        /** The minimal effect of interest of a metric: the override, else the declared one. */
        public Metrics.MinimalEffect minimalEffect(Metric m) {
            Metrics.MinimalEffect e = minimalEffects.get(m);
            return e != null ? e : Metrics.minimalEffect(m);
        }
    }

    private final ResultSet data;
    private final String baseline;
    private final List<Metric> metrics;
    private final List<Period> periods;
    private final Period span;
    private final List<Contrast> contrasts = new ArrayList<>();
    private final List<Contrast> bySubPeriod = new ArrayList<>();
    private final List<Period> subPeriods;
    private final List<String> unchanged = new ArrayList<>();
    private final Options options;

    private Comparison(ResultSet data, Options options) {
        this.data = data;
        this.options = options;
        this.metrics = options.metrics().isEmpty() ? Metrics.HEADLINE : List.copyOf(options.metrics());
        data.checkMetrics(metrics);
        this.span = data.commonPeriod(options.periods());
        this.periods = options.periods().isEmpty() ? defaultPeriods(span) : List.copyOf(options.periods());
        this.baseline = chooseBaseline(data, options.baseline());
        List<Replication> base = data.replications(baseline);
        for (String s : data.scenarios()) {
            if (!s.equals(baseline) && sameRunsAsBaseline(data.replications(s), base, metrics, span)) {
                unchanged.add(s);
            }
        }
        if (unchanged.size() == data.scenarios().size() - 1) {
            throw new InputException("nothing to compare from " + span.from() + " to " + span.to() + ": every run of " + String.join(", ", unchanged)
                    + " is identical to the " + baseline + " run with the same seed in every compared metric, so what "
                    + (unchanged.size() == 1 ? "it changes acts" : "they change acts") + " outside this period; compare runs"
                    + " that reach the months " + (unchanged.size() == 1 ? "its" : "their") + " levers change (say, --until 2026-12)");
        }
        for (Period p : periods) {
            for (Metric m : metrics) {
                for (String s : data.scenarios()) {
                    if (!s.equals(baseline) && !unchanged.contains(s)) {
                        contrasts.add(Statistics.contrast(data.replications(s), base, m, p));
                    }
                }
            }
        }
        // one family: every estimable contrast of this comparison, all periods, metrics and scenarios
        double[] ps = new double[contrasts.size()];
        for (int i = 0; i < ps.length; i++) {
            Contrast x = contrasts.get(i);
            ps[i] = x.estimable() ? x.p() : Double.NaN;
        }
        double[] qs = Statistics.benjaminiHochberg(ps);
        for (int i = 0; i < ps.length; i++) {
            Contrast x = contrasts.get(i);
            contrasts.set(i, x.judged(qs[i], options.minimalEffect(x.metric()).threshold(x.baselineValue())));
        }
        this.subPeriods = Period.subPeriods(options.subPeriods(), span);
        for (Period p : subPeriods) {
            for (Metric m : metrics) {
                for (String s : scenarios()) {
                    Contrast x = Statistics.contrast(data.replications(s), base, m, p);
                    bySubPeriod.add(x.judged(Double.NaN, options.minimalEffect(m).threshold(x.baselineValue())));
                }
            }
        }
    }

    /**
     * The effects by sub-period ({@link Options#subPeriods}), period by period, metric by metric,
     * scenario by scenario: each with its own 90% interval and p-value, not adjusted for the number
     * of comparisons (q is NaN) and not part of the whole comparison's false-discovery family.
     */
    public List<Contrast> bySubPeriod() { return List.copyOf(bySubPeriod); }

    /** The sub-periods of {@link #bySubPeriod()}, in order (empty: none reported). */
    public List<Period> subPeriods() { return subPeriods; }

    /**
     * True when every run of the scenario has a baseline run with the same seed and the two are
     * identical, month by month, in every compared metric over {@code span}: the scenario's levers do
     * not differ from the baseline's inside the period (a 2025 policy in runs that stop in 2020), or
     * change nothing the metrics show. Such a scenario is no comparison: its differences are all 0,
     * p = 1, and counting them in the false-discovery family would only dilute it.
     */
    static boolean sameRunsAsBaseline(List<Replication> scenario, List<Replication> base, List<Metric> metrics, Period span) {
        java.util.Map<Long, Replication> bySeed = new java.util.HashMap<>();
        for (Replication b : base) {
            if (b.seed() == null || bySeed.put(b.seed(), b) != null) {
                return false;
            }
        }
        for (Replication r : scenario) {
            Replication b = r.seed() == null ? null : bySeed.get(r.seed());
            if (b == null) {
                return false;
            }
            for (Metric m : metrics) {
                if (!java.util.Arrays.equals(r.slice(m.column(), span), b.slice(m.column(), span))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Scenarios left out of the comparison because every run equals the baseline's with the same seed
     * over the compared months ({@link #sameRunsAsBaseline}); the report and the command say so.
     */
    public List<String> unchanged() {
        return List.copyOf(unchanged);
    }

    /** The minimal effect of interest used for a metric. */
    public Metrics.MinimalEffect minimalEffect(Metric m) {
        return options.minimalEffect(m);
    }

    /** Compares the scenarios in {@code data}. */
    public static Comparison of(ResultSet data, Options options) {
        return new Comparison(data, options);
    }

    /** Reads the directories and compares them. */
    public static Comparison of(List<Path> dirs, Options options) {
        return new Comparison(ResultSet.read(dirs), options);
    }

    /**
     * The main job's last step: compares every scenario of a batch directory with its baseline on the
     * headline metrics and writes comparison.csv, charts/ and report.md into the same directory.
     */
    public static Comparison writeFor(Path batchDir) {
        return writeFor(batchDir, null);
    }

    /** As {@link #writeFor(Path)}, describing scenarios from {@code library} where run metadata lacks it. */
    public static Comparison writeFor(Path batchDir, ScenarioLibrary library) {
        Comparison c = of(List.of(batchDir), Options.defaults());
        c.write(batchDir, library);
        // so that 'plaza compare' on this batch later replaces these files as its own
        plaza.io.OwnedFiles.record(batchDir, FILES, List.of(Charts.DIR));
        return c;
    }

    /** Writes comparison.csv, charts/*.png and report.md into {@code out}. */
    public void write(Path out) {
        write(out, null);
    }

    /**
     * Writes comparison.csv, charts/*.png and report.md into {@code out}; scenario descriptions that
     * run metadata lacks come from {@code library} (none if null).
     */
    public void write(Path out, ScenarioLibrary library) {
        ComparisonTable.write(this, out.resolve(ComparisonTable.FILE));
        ComparisonTable.writeBySubPeriod(this, out.resolve(ComparisonTable.BY_PERIOD_FILE));
        List<Charts.Drawn> charts = Charts.drawComparison(this, out.resolve(Charts.DIR));
        Report.write(this, charts, out, library);
        plaza.io.DataPackage.write(out);
    }

    private static List<Period> defaultPeriods(Period span) {
        List<Period> out = new ArrayList<>();
        for (YearMonth end : MILESTONES) {
            if (end.isAfter(span.from()) && end.isBefore(span.to())) {
                out.add(new Period(span.from(), end));
            }
        }
        out.add(span);
        return out;
    }

    private static String chooseBaseline(ResultSet data, String requested) {
        List<String> scenarios = data.scenarios();
        if (scenarios.size() < 2) {
            throw new InputException("nothing to compare: the inputs hold only scenario " + scenarios.get(0)
                    + " (" + data.inputs().get(0).dir() + "); give a second scenario, or use 'plaza chart' for one");
        }
        if (requested != null) {
            if (!scenarios.contains(requested)) {
                throw new InputException("--baseline: no scenario '" + requested + "' in the inputs (they hold: "
                        + String.join(", ", scenarios) + ")");
            }
            return requested;
        }
        return scenarios.contains(DEFAULT_BASELINE) ? DEFAULT_BASELINE : scenarios.get(0);
    }

    public ResultSet data() { return data; }
    public String baseline() { return baseline; }
    public List<Metric> metrics() { return metrics; }
    public List<Period> periods() { return periods; }

    /** The period the charts show: the months every input shares (or that the requested periods span). */
    public Period span() { return span; }

    /** The period of the difference charts: the longest compared. */
    public Period mainPeriod() {
        Period best = periods.get(0);
        for (Period p : periods) {
            best = p.months() > best.months() ? p : best;
        }
        return best;
    }

    /** Scenarios other than the baseline, in input order, without those left out as {@link #unchanged()}. */
    public List<String> scenarios() {
        return data.scenarios().stream().filter(s -> !s.equals(baseline) && !unchanged.contains(s)).toList();
    }

    public List<Contrast> contrasts() { return List.copyOf(contrasts); }

    /** The contrast for one scenario, metric and period. */
    public Contrast contrast(String scenario, Metric m, Period p) {
        for (Contrast c : contrasts) {
            if (c.scenario().equals(scenario) && c.metric() == m && c.period().equals(p)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no contrast for " + scenario + ", " + m.column() + ", " + p);
    }
}
