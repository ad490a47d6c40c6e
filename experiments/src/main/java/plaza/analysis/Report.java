package plaza.analysis;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

import plaza.io.AtomicFiles;
import plaza.io.CodeVersion;
import plaza.output.Metric;
import plaza.scenario.Scenario;
import plaza.scenario.ScenarioLibrary;

/**
 * Writes {@code report.md}: what was compared (inputs, seeds, code versions), the tradeoffs at a
 * glance, the effects by sub-period, one plain-language paragraph per scenario saying which
 * differences are distinguishable from noise, the charts, and the full table. The prose is the
 * template {@code report.md.mustache} beside this class; this class gathers what fills it, and
 * {@link ReportText} formats the numbers and sentences.
 */
public final class Report {

    public static final String FILE = "report.md";
    private static final String TEMPLATE = "plaza/analysis/report.md.mustache";

    private Report() {}

    static void write(Comparison c, List<Charts.Drawn> charts, Path out, ScenarioLibrary library) {
        String md = render(view(c, charts, out, library));
        AtomicFiles.writeString(out.resolve(FILE), md);
        Set<String> perScenario = new HashSet<>();
        for (String s : c.scenarios()) {
            perScenario.add(scenarioHeading(c, s));
        }
        HtmlReport.write(md, out, perScenario);
    }

    /** The template filled with {@code view}; values are Markdown, so nothing is escaped. */
    static String render(Map<String, Object> view) {
        DefaultMustacheFactory factory = new DefaultMustacheFactory() {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        Mustache template = factory.compile(TEMPLATE);
        StringWriter w = new StringWriter();
        template.execute(w, view);
        return w.toString();
    }

    private static Map<String, Object> view(Comparison c, List<Charts.Drawn> charts, Path out, ScenarioLibrary library) {
        Map<String, Object> v = new HashMap<>();
        int n = c.scenarios().size();
        v.put("scenarioCount", n);
        v.put("scenarioWord", n == 1 ? "scenario" : "scenarios");
        v.put("baseline", c.baseline());
        long estimable = c.contrasts().stream().filter(Contrast::estimable).count();
        v.put("significance", estimable > 0);
        v.put("estimable", estimable);
        v.put("distinguishable", c.contrasts().stream().filter(Contrast::distinguishable).count());
        v.put("minimalEffects", minimalEffects(c));
        v.put("someSingle", estimable < c.contrasts().size());
        v.put("leftOut", leftOut(c));
        v.put("periods", String.join(", ", c.periods().stream().map(p -> p.label() + " (" + p + ")").toList()));
        v.put("mainPeriod", c.mainPeriod().label());
        v.put("metricTitles", c.metrics().stream().map(Metrics::title).toList());
        List<Map<String, Object>> glance = new ArrayList<>();
        for (String s : c.scenarios()) {
            List<String> cells = new ArrayList<>(List.of(s));
            for (Metric m : c.metrics()) {
                cells.add(glanceCell(c.contrast(s, m, c.mainPeriod())));
            }
            glance.add(Map.of("cells", cells));
        }
        v.put("glance", glance);
        v.put("bySubPeriod", bySubPeriod(c));
        v.put("tradeoffCharts", charts(charts, "tradeoff-.*\\.png", out));
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (String s : c.scenarios()) {
            scenarios.add(scenario(c, s, charts, out, library));
        }
        v.put("scenarios", scenarios);
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (Metric m : c.metrics()) {
            List<Map<String, String>> drawn = new ArrayList<>(charts(charts, "timeseries-" + m.column() + "(-[0-9]+)?\\.png", out));
            for (String prefix : List.of("difference-", "seeds-")) {
                drawn.addAll(charts(charts, Pattern.quote(prefix + m.column() + ".png"), out));
            }
            metrics.add(Map.of("title", Metrics.title(m), "definition", m.definition(), "unit", m.unit(), "charts", drawn));
        }
        v.put("metrics", metrics);
        List<Map<String, Object>> tables = new ArrayList<>();
        for (Period p : c.periods()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Metric m : c.metrics()) {
                for (String s : c.scenarios()) {
                    rows.add(Map.of("cells", ReportText.tableRow(c.contrast(s, m, p))));
                }
            }
            tables.add(Map.of("label", p.label(), "rows", rows));
        }
        v.put("tables", tables);
        inputs(c, v);
        return v;
    }

    private static Map<String, Object> leftOut(Comparison c) {
        if (c.unchanged().isEmpty()) {
            return null;
        }
        boolean one = c.unchanged().size() == 1;
        Map<String, Object> v = new HashMap<>();
        v.put("names", String.join(", ", c.unchanged()));
        v.put("this", one ? "this scenario" : "these scenarios");
        v.put("from", c.span().from());
        v.put("to", c.span().to());
        v.put("itChangesActs", one ? "it changes acts" : "they change acts");
        v.put("itIs", one ? "It is" : "They are");
        v.put("its", one ? "its" : "their");
        v.put("it", one ? "it" : "them");
        return v;
    }

    private static String minimalEffects(Comparison c) {
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        for (Metric m : c.metrics()) {
            byRule.computeIfAbsent(c.minimalEffect(m).words(m), k -> new ArrayList<>()).add(Metrics.title(m).toLowerCase(Locale.ROOT));
        }
        List<String> parts = new ArrayList<>();
        byRule.forEach((rule, ms) -> parts.add(rule + " (" + String.join(", ", ms) + ")"));
        return String.join("; ", parts);
    }

    /** A cell of the glance table: bold when distinguishable and not negligible, ~ negligible, (…) noise, ? unknown. */
    private static String glanceCell(Contrast x) {
        String v = ReportText.shownChange(x);
        return !x.estimable() ? v + " ?" : x.notable() ? "**" + v + "**" : x.distinguishable() ? "~" + v : "(" + v + ")";
    }

    /**
     * The sub-period table of the first compared metric: a row per scenario, a column per
     * sub-period and one for the whole period, each cell the change ± its 90% half-width.
     */
    private static Map<String, Object> bySubPeriod(Comparison c) {
        if (c.subPeriods().isEmpty()) {
            return null;
        }
        Metric m = c.metrics().get(0);
        List<String> columns = new ArrayList<>(c.subPeriods().stream().map(Period::label).toList());
        columns.add(c.mainPeriod().label() + " (whole)");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String s : c.scenarios()) {
            List<String> cells = new ArrayList<>(List.of(s));
            for (Period p : c.subPeriods()) {
                cells.add(ReportText.changeWithin(subPeriodContrast(c, s, m, p)));
            }
            cells.add(ReportText.changeWithin(c.contrast(s, m, c.mainPeriod())));
            rows.add(Map.of("cells", cells));
        }
        Map<String, Object> v = new HashMap<>();
        v.put("metric", Metrics.title(m));
        v.put("metricLower", Metrics.title(m).toLowerCase(Locale.ROOT));
        v.put("aggregate", Metrics.aggregate(m));
        v.put("unitWords", Metrics.isShare(m) ? "in percentage points" : "in percent of " + c.baseline());
        v.put("columns", columns);
        v.put("rows", rows);
        return v;
    }

    static Contrast subPeriodContrast(Comparison c, String scenario, Metric m, Period p) {
        return c.bySubPeriod().stream().filter(x -> x.scenario().equals(scenario) && x.metric() == m && x.period().equals(p))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> scenario(Comparison c, String s, List<Charts.Drawn> charts, Path out, ScenarioLibrary library) {
        Map<String, Object> v = new HashMap<>();
        v.put("heading", scenarioHeading(c, s));
        String description = description(c, s, library);
        v.put("description", description.isEmpty() ? null : description);
        List<Map<String, Object>> periods = new ArrayList<>();
        for (Period p : c.periods()) {
            List<Contrast> rows = new ArrayList<>();
            for (Metric m : c.metrics()) {
                rows.add(c.contrast(s, m, p));
            }
            rows.sort(Comparator.comparing((Contrast x) -> !x.notable())
                    .thenComparing(x -> -Math.abs(Double.isNaN(x.relativePct()) ? 0 : x.relativePct())));
            List<String> lines = new ArrayList<>();
            List<String> noise = new ArrayList<>();
            List<String> negligible = new ArrayList<>();
            for (Contrast x : rows) {
                if (x.estimable() && !x.distinguishable()) {
                    noise.add(Metrics.title(x.metric()) + " (" + ReportText.change(x) + ")");
                } else if (x.estimable() && x.negligible()) {
                    negligible.add(Metrics.title(x.metric()) + " (" + ReportText.change(x) + ")");
                } else {
                    lines.add(ReportText.sentence(x));
                }
            }
            if (!negligible.isEmpty()) {
                lines.add("Distinguishable but negligible (below the minimal effect of interest): " + String.join("; ", negligible) + ".");
            }
            if (!noise.isEmpty()) {
                lines.add("Not distinguishable from noise: " + String.join("; ", noise) + ".");
            }
            periods.add(Map.of("label", p.label(), "runs", ReportText.runsCompared(c.contrast(s, c.metrics().get(0), p)), "lines", lines));
        }
        v.put("periods", periods);
        v.put("charts", charts(charts, Pattern.quote("effects-" + Charts.fileName(s) + ".png"), out));
        return v;
    }

    private static String scenarioHeading(Comparison c, String s) {
        return s + " against " + c.baseline();
    }

    private static void inputs(Comparison c, Map<String, Object> v) {
        TreeSet<String> versions = new TreeSet<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ResultDirectory d : c.data().inputs()) {
            List<String> scenarios = d.replications().stream().map(Replication::scenario).distinct().toList();
            List<String> seeds = new ArrayList<>();
            for (String s : scenarios) {
                seeds.add(s + ": " + ReportText.seeds(d.replications().stream().filter(r -> r.scenario().equals(s)).toList()));
            }
            versions.addAll(d.metadataValues("code_version"));
            rows.add(Map.of("cells", List.of("`" + d.dir() + "`", d.kind(), String.join(", ", scenarios), String.join("; ", seeds),
                    String.join(", ", d.metadataValues("code_version")))));
        }
        v.put("inputs", rows);
        v.put("versions", versions.isEmpty() ? "unknown" : String.join(", ", versions));
        v.put("mixedVersions", versions.size() > 1);
        v.put("codeVersion", CodeVersion.get());
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

    /** The charts whose file names match, as the template's path (relative to {@code out}) and caption. */
    private static List<Map<String, String>> charts(List<Charts.Drawn> charts, String nameRegex, Path out) {
        List<Map<String, String>> found = new ArrayList<>();
        for (Charts.Drawn d : charts) {
            if (d.file().getFileName().toString().matches(nameRegex)) {
                String rel = out.toAbsolutePath().relativize(d.file().toAbsolutePath()).toString().replace('\\', '/');
                found.add(Map.of("path", rel, "caption", d.caption()));
            }
        }
        return found;
    }
}
