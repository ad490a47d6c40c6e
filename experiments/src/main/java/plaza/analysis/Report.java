package plaza.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import plaza.io.AtomicFiles;
import plaza.io.CodeVersion;
import plaza.output.Metric;
import plaza.scenario.Scenario;
import plaza.scenario.ScenarioLibrary;

/**
 * Writes {@code report.md}: what was compared (inputs, seeds, code versions), the tradeoffs at a
 * glance, one plain-language paragraph per scenario saying which differences are distinguishable
 * from noise, the charts, and the full table.
 */
public final class Report {

    public static final String FILE = "report.md";
    private static final String MINUS = "\u2212";

    private Report() {}

    static void write(Comparison c, List<Charts.Drawn> charts, Path out, ScenarioLibrary library) {
        StringBuilder md = new StringBuilder();
        md.append("# Plaza comparison: ").append(c.scenarios().size()).append(" scenario")
                .append(c.scenarios().size() == 1 ? "" : "s").append(" against ").append(c.baseline()).append("\n\n");
        howToRead(c, md);
        glance(c, md);
        embedAll(charts, "tradeoff-.*\\.png", out, md);
        for (String s : c.scenarios()) {
            scenario(c, s, charts, out, md, library);
        }
        md.append("## Charts by metric\n\n");
        for (Metric m : c.metrics()) {
            md.append("### ").append(Metrics.title(m)).append("\n\n").append(m.definition()).append(" (")
                    .append(m.unit()).append(").\n\n");
            embedAll(charts, "timeseries-" + m.column() + "(-[0-9]+)?\\.png", out, md);
            embed(charts, "difference-" + m.column() + ".png", out, md);
            embed(charts, "seeds-" + m.column() + ".png", out, md);
        }
        for (Period p : c.periods()) {
            table(c, p, md);
        }
        inputs(c, md);
        AtomicFiles.writeString(out.resolve(FILE), md.toString());
        java.util.Set<String> perScenario = new java.util.HashSet<>();
        for (String s : c.scenarios()) {
            perScenario.add(scenarioHeading(c, s));
        }
        HtmlReport.write(md.toString(), out, perScenario);
    }

    private static void howToRead(Comparison c, StringBuilder md) {
        long estimable = c.contrasts().stream().filter(Contrast::estimable).count();
        md.append("## How to read this\n\n")
                .append("Each scenario is compared with **").append(c.baseline()).append("**, run with the same model. ")
                .append("Monthly flows (homicides, tons, dollars per month) are totalled over the period; stocks and ")
                .append("rates (organizations, troops, impunity) are averaged over it. ")
                .append("Where a scenario was run with the same seeds as the baseline, each seed's pair of runs faced ")
                .append("the same random draws (common random numbers) and the paired t-test is used on the seeds both ")
                .append("have (runs without a partner are left out, and each scenario's section names them); otherwise ")
                .append("Welch's t-test. Effect sizes are Cohen's d (paired: mean difference over the standard ")
                .append("deviation of the differences; Welch: difference over the pooled standard deviation). ")
                .append("Shares (impunity, largest organization's share) change in **percentage points** (pp), not in percent of a share.\n\n");
        if (estimable > 0) {
            md.append("**Statistical significance.** This report makes ").append(estimable).append(" comparisons; by chance alone ")
                    .append("about 1 in 10 would have p < 0.10. The p-values are therefore adjusted for false discoveries ")
                    .append("(Benjamini–Hochberg q-values, over all ").append(estimable).append(" comparisons): a difference is ")
                    .append("**distinguishable from noise** when q < 0.10, so that at most about 1 in 10 of the differences so ")
                    .append("called is expected to be a false discovery. ")
                    .append(c.contrasts().stream().filter(Contrast::distinguishable).count()).append(" of ").append(estimable)
                    .append(" are.\n\n");
        }
        md.append("**Practical significance.** A difference smaller than the metric's minimal effect of interest is called ")
                .append("**negligible** whatever its p-value (with many replications even a trivial change is distinguishable). ")
                .append("Minimal effects: ").append(minimalEffects(c)).append(". ")
                .append("Only differences both distinguishable and not negligible are in **bold**.\n\n");
        if (estimable < c.contrasts().size()) {
            md.append("**Some scenarios have a single replication (on at least one side):** for them uncertainty cannot be estimated, no ")
                    .append("interval is given, and any difference may be noise. Run 10 replications to judge them.\n\n");
        }
        if (!c.unchanged().isEmpty()) {
            md.append("**Left out: ").append(String.join(", ", c.unchanged())).append(".** Every run of ")
                    .append(c.unchanged().size() == 1 ? "this scenario" : "these scenarios").append(" is identical to the ")
                    .append(c.baseline()).append(" run with the same seed, month by month, in every compared metric over ")
                    .append(c.span().from()).append(" to ").append(c.span().to()).append(": what ").append(c.unchanged().size() == 1 ? "it changes acts" : "they change acts")
                    .append(" outside this period (or changes nothing these metrics show). ")
                    .append(c.unchanged().size() == 1 ? "It is" : "They are")
                    .append(" not in the tables, the charts or the false-discovery correction; compare runs that reach the months ")
                    .append(c.unchanged().size() == 1 ? "its" : "their").append(" levers change to judge ")
                    .append(c.unchanged().size() == 1 ? "it" : "them").append(".\n\n");
        }
        md.append("Periods compared: ").append(String.join(", ", c.periods().stream().map(p -> p.label() + " (" + p + ")").toList()))
                .append(".\n\n");
    }

    private static String minimalEffects(Comparison c) {
        java.util.Map<String, List<String>> byRule = new java.util.LinkedHashMap<>();
        for (Metric m : c.metrics()) {
            byRule.computeIfAbsent(c.minimalEffect(m).words(m), k -> new ArrayList<>()).add(Metrics.title(m).toLowerCase(Locale.ROOT));
        }
        List<String> parts = new ArrayList<>();
        byRule.forEach((rule, ms) -> parts.add(rule + " (" + String.join(", ", ms) + ")"));
        return String.join("; ", parts);
    }

    /** The change as shown in tables: percentage points for shares, else percent of the baseline (or the difference). */
    static String shownChange(Contrast x) {
        if (Metrics.isShare(x.metric())) {
            return points(x.differencePoints());
        }
        return Double.isNaN(x.relativePct()) ? signed(x.difference()) : pct(x.relativePct());
    }

    static String points(double pp) {
        return (pp < 0 ? MINUS : "+") + String.format(Locale.ROOT, "%.2f pp", Math.abs(pp));
    }

    /** Rows scenarios, columns metrics, cells the change; bold when distinguishable and not negligible. */
    private static void glance(Comparison c, StringBuilder md) {
        Period p = c.mainPeriod();
        md.append("## Tradeoffs at a glance, ").append(p.label()).append("\n\n")
                .append("Change from ").append(c.baseline()).append(" in percent (shares: in percentage points). **Bold**: distinguishable ")
                .append("from noise (q < 0.10) and not negligible; ~ before a value: distinguishable but negligible (below the ")
                .append("minimal effect of interest); (in parentheses): not distinguishable; `?`: single replication, unknown.\n\n| scenario |");
        for (Metric m : c.metrics()) {
            md.append(' ').append(Metrics.title(m)).append(" |");
        }
        md.append("\n|---|");
        md.append("---:|".repeat(c.metrics().size())).append('\n');
        for (String s : c.scenarios()) {
            md.append("| ").append(s).append(" |");
            for (Metric m : c.metrics()) {
                Contrast x = c.contrast(s, m, p);
                String v = shownChange(x);
                md.append(' ').append(!x.estimable() ? v + " ?" : x.notable() ? "**" + v + "**"
                        : x.distinguishable() ? "~" + v : "(" + v + ")").append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static void scenario(Comparison c, String s, List<Charts.Drawn> charts, Path out, StringBuilder md,
                                 ScenarioLibrary library) {
        md.append("## ").append(scenarioHeading(c, s)).append("\n\n");
        String description = description(c, s, library);
        if (!description.isEmpty()) {
            md.append("*").append(description).append("*\n\n");
        }
        for (Period p : c.periods()) {
            Contrast first = c.contrast(s, c.metrics().get(0), p);
            md.append("**").append(p.label()).append("** (").append(runsCompared(first)).append("):\n\n");
            List<Contrast> rows = new ArrayList<>();
            for (Metric m : c.metrics()) {
                rows.add(c.contrast(s, m, p));
            }
            rows.sort(Comparator.comparing((Contrast x) -> !x.notable())
                    .thenComparing(x -> -Math.abs(Double.isNaN(x.relativePct()) ? 0 : x.relativePct())));
            List<String> noise = new ArrayList<>();
            List<String> negligible = new ArrayList<>();
            for (Contrast x : rows) {
                if (x.estimable() && !x.distinguishable()) {
                    noise.add(Metrics.title(x.metric()) + " (" + change(x) + ")");
                } else if (x.estimable() && x.negligible()) {
                    negligible.add(Metrics.title(x.metric()) + " (" + change(x) + ")");
                } else {
                    md.append("- ").append(sentence(x)).append('\n');
                }
            }
            if (!negligible.isEmpty()) {
                md.append("- Distinguishable but negligible (below the minimal effect of interest): ").append(String.join("; ", negligible)).append(".\n");
            }
            if (!noise.isEmpty()) {
                md.append("- Not distinguishable from noise: ").append(String.join("; ", noise)).append(".\n");
            }
            md.append('\n');
        }
        embed(charts, "effects-" + Charts.fileName(s) + ".png", out, md);
    }

    /** How many runs a contrast compared, with which test, and which runs it left out. */
    static String runsCompared(Contrast x) {
        String runs = switch (x.test()) {
            case PAIRED_T -> x.n() + " pairs of runs with the same seed, paired t-test";
            case WELCH -> x.n() + " " + x.scenario() + " runs against " + x.nBaseline() + " " + x.baseline()
                    + " runs, unpaired Welch t-test";
            case NONE -> x.n() + " " + x.scenario() + " run" + (x.n() == 1 ? "" : "s") + " against " + x.nBaseline() + " "
                    + x.baseline() + " run" + (x.nBaseline() == 1 ? "" : "s") + ", no test: uncertainty cannot be estimated";
        };
        String leftOut = x.note().contains("left out") ? x.note().substring(x.note().indexOf("left out")) : "";
        return leftOut.isEmpty() ? runs : runs + "; " + leftOut.split(";")[0];
    }

    private static String scenarioHeading(Comparison c, String s) {
        return s + " against " + c.baseline();
    }

    /** "Homicides 2007–2012 (total): x is 8.0% lower than baseline (90% CI −12.0% to −4.0%), distinguishable ...". */
    static String sentence(Contrast x) {
        String what = Metrics.title(x.metric()) + " " + x.period().label() + " (" + Metrics.aggregate(x.metric()) + ")";
        StringBuilder b = new StringBuilder(what).append(": ").append(x.scenario()).append(" is ");
        boolean relative = !Double.isNaN(x.relativePct());
        boolean share = Metrics.isShare(x.metric());
        if (x.difference() == 0) {
            b.append("the same as ").append(x.baseline());
        } else if (share) {
            b.append(String.format(Locale.ROOT, "%.2f percentage points", Math.abs(x.differencePoints())))
                    .append(x.difference() > 0 ? " higher" : " lower").append(" than ").append(x.baseline());
        } else if (relative) {
            b.append(String.format(Locale.ROOT, "%.1f%%", Math.abs(x.relativePct()))).append(x.difference() > 0 ? " higher" : " lower")
                    .append(" than ").append(x.baseline());
        } else {
            b.append(human(Math.abs(x.difference()))).append(' ').append(unitWord(x.metric()))
                    .append(x.difference() > 0 ? " higher" : " lower").append(" than ").append(x.baseline());
        }
        if (share) {
            b.append(String.format(Locale.ROOT, " (%.2f%% vs %.2f%%)", 100 * x.scenarioValue(), 100 * x.baselineValue()));
        } else {
            b.append(" (").append(human(x.scenarioValue())).append(" vs ").append(human(x.baselineValue())).append(' ')
                    .append(unitWord(x.metric())).append(")");
        }
        if (!x.estimable()) {
            return b.append(x.n() == 1 && x.nBaseline() == 1 ? " in a single replication each"
                    : " with " + x.n() + " " + x.scenario() + " run" + (x.n() == 1 ? "" : "s") + " against " + x.nBaseline()
                    + " " + x.baseline() + " run" + (x.nBaseline() == 1 ? "" : "s"))
                    .append("; uncertainty cannot be estimated, so this may be noise.").toString();
        }
        b.append(", 90% CI ");
        if (share) {
            b.append(points(100 * x.low())).append(" to ").append(points(100 * x.high()));
        } else if (relative) {
            b.append(pct(x.relativeLowPct())).append(" to ").append(pct(x.relativeHighPct()));
        } else {
            b.append(signed(x.low())).append(" to ").append(signed(x.high()));
        }
        b.append(x.distinguishable() ? ", distinguishable from noise (" : ", not distinguishable from noise (")
                .append(x.test().words()).append(", ").append(pValue(x.p()));
        if (!Double.isNaN(x.q())) {
            b.append(", ").append(pValue(x.q()).replace("p ", "q "));
        }
        b.append(")");
        if (x.negligible()) {
            b.append(", but negligible: smaller than the minimal effect of interest (").append(human(x.minimalEffect())).append(')');
        }
        return b.append('.').toString();
    }

    private static String change(Contrast x) {
        return shownChange(x) + ", " + pValue(x.p()) + (Double.isNaN(x.q()) ? "" : ", " + pValue(x.q()).replace("p ", "q "));
    }

    private static void table(Comparison c, Period p, StringBuilder md) {
        md.append("## Full table, ").append(p.label()).append("\n\n")
                .append("| metric | scenario | n | ").append(c.baseline()).append(" | scenario | difference | 90% CI | change | test | p | Cohen's d | distinguishable |\n")
                .append("|---|---|---:|---:|---:|---:|---|---:|---|---:|---:|---|\n");
        for (Metric m : c.metrics()) {
            for (String s : c.scenarios()) {
                Contrast x = c.contrast(s, m, p);
                md.append("| ").append(Metrics.title(m)).append(" (").append(Metrics.aggregate(m)).append(") | ").append(s)
                        .append(" | ").append(x.n()).append(" | ").append(human(x.baselineValue()))
                        .append(" | ").append(human(x.scenarioValue())).append(" | ").append(signed(x.difference()))
                        .append(" | ").append(x.estimable() ? signed(x.low()) + " to " + signed(x.high()) : "unknown")
                        .append(" | ").append(Metrics.isShare(m) || !Double.isNaN(x.relativePct()) ? shownChange(x) : "")
                        .append(" | ").append(x.test().column())
                        .append(" | ").append(x.estimable() ? pValue(x.p()).replace("p ", "").replace("= ", "") : "")
                        .append(" | ").append(x.estimable() && !Double.isNaN(x.q()) ? pValue(x.q()).replace("p ", "").replace("= ", "") : "")
                        .append(" | ").append(Double.isNaN(x.cohensD()) ? "" : String.format(Locale.ROOT, "%.2f", x.cohensD()))
                        .append(" | ").append(x.estimable() ? (x.distinguishable() ? "yes" : "no") : "unknown (n = 1)")
                        .append(" | ").append(x.negligible() ? "yes" : "no")
                        .append(" |\n");
            }
        }
        md.append('\n');
    }

    private static void inputs(Comparison c, StringBuilder md) {
        md.append("## Inputs\n\n| directory | kind | scenarios | seeds | code version |\n|---|---|---|---|---|\n");
        TreeSet<String> versions = new TreeSet<>();
        for (ResultDirectory d : c.data().inputs()) {
            List<String> scenarios = d.replications().stream().map(Replication::scenario).distinct().toList();
            List<String> seeds = new ArrayList<>();
            for (String s : scenarios) {
                seeds.add(s + ": " + seeds(d.replications().stream().filter(r -> r.scenario().equals(s)).toList()));
            }
            versions.addAll(d.metadataValues("code_version"));
            md.append("| `").append(d.dir()).append("` | ").append(d.kind()).append(" | ").append(String.join(", ", scenarios))
                    .append(" | ").append(String.join("; ", seeds)).append(" | ")
                    .append(String.join(", ", d.metadataValues("code_version"))).append(" |\n");
        }
        md.append("\nThe runs were made with code version ").append(versions.isEmpty() ? "unknown" : String.join(", ", versions));
        if (versions.size() > 1) {
            md.append(" (**more than one**: differences may partly come from code changes, not from the scenarios)");
        }
        md.append("; this report was written by code version ").append(CodeVersion.get()).append(".\n");
    }

    /** Seeds as compact ranges: "1–10", "1–3, 7". */
    static String seeds(List<Replication> runs) {
        TreeSet<Long> s = new TreeSet<>();
        for (Replication r : runs) {
            if (r.seed() == null) {
                return "unknown";
            }
            s.add(r.seed());
        }
        return Statistics.seedRanges(s);
    }

    private static String description(Comparison c, String s, ScenarioLibrary library) {
        for (ResultDirectory d : c.data().inputs()) {
            if (d.kind().equals("run") && d.replications().get(0).scenario().equals(s)) {
                List<String> v = d.metadataValues("description");
                if (!v.isEmpty()) {
                    return v.get(0);
                }
            }
        }
        try {
            if (library == null) {
                return "";
            }
            Scenario sc = library.load(DesignLabels.scenario(s));
            return sc.description() == null ? "" : sc.description();
        } catch (RuntimeException e) {
            // a scenario not in this project's library (or a synthetic one) simply has no description
            return "";
        }
    }

    private static void embed(List<Charts.Drawn> charts, String name, Path out, StringBuilder md) {
        embedAll(charts, java.util.regex.Pattern.quote(name), out, md);
    }

    private static void embedAll(List<Charts.Drawn> charts, String nameRegex, Path out, StringBuilder md) {
        for (Charts.Drawn d : charts) {
            if (d.file().getFileName().toString().matches(nameRegex)) {
                String rel = out.toAbsolutePath().relativize(d.file().toAbsolutePath()).toString().replace('\\', '/');
                md.append("![chart](").append(rel).append(")\n\n*")
                        .append(d.caption()).append(".*\n\n");
            }
        }
    }

    private static String unitWord(Metric m) {
        return m.periodUnit();
    }

    static String pct(double v) {
        return (v < 0 ? MINUS : "+") + String.format(Locale.ROOT, "%.1f%%", Math.abs(v));
    }

    static String signed(double v) {
        return (v < 0 ? MINUS : v > 0 ? "+" : "") + human(Math.abs(v));
    }

    /** Readable numbers: 1.23 billion, 45.6 million, 12,345, 0.953. */
    static String human(double v) {
        double a = Math.abs(v);
        String sign = v < 0 ? MINUS : "";
        if (a == 0) {
            return "0";
        }
        if (a >= 1e9) {
            return sign + String.format(Locale.ROOT, "%.3g billion", a / 1e9);
        }
        if (a >= 1e6) {
            return sign + String.format(Locale.ROOT, "%.3g million", a / 1e6);
        }
        if (a >= 100) {
            return sign + String.format(Locale.ROOT, "%,.0f", a);
        }
        return sign + significant(a, 3);
    }

    private static String significant(double v, int digits) {
        return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    static String pValue(double p) {
        return p < 0.001 ? "p < 0.001" : "p = " + significant(p, 2);
    }
}
