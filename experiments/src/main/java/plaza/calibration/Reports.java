package plaza.calibration;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import plaza.io.AtomicFiles;
import plaza.io.Numbers;

/** Writes validation and fit reports: a CSV for programs and a Markdown table for people. */
public final class Reports {

    private Reports() {}

    /** pass, fail, or not_evaluated (the run ended before the target's period). */
    public static String result(Evaluation e, int t) {
        return !e.evaluated(t) ? "not_evaluated" : e.passed(t) ? "pass" : "fail";
    }

    /** As {@link #result}, with a failing declared known miss shown as {@code known miss}. */
    static String shownResult(Evaluation e, int t, KnownMisses known) {
        String r = result(e, t);
        return r.equals("fail") && known.declared(e.targets().get(t).id()) ? "known miss" : r;
    }

    /** pass or fail by the earlier rule, the mean alone (not_evaluated as {@link #result}). */
    public static String meanResult(Evaluation e, int t) {
        return !e.evaluated(t) ? "not_evaluated" : e.meanPassed(t) ? "pass" : "fail";
    }

    /**
     * validation.csv: one row per target. The columns up to {@code result} are as before (result now
     * follows the run-by-run rule); {@code share_inside} and {@code mean_result}, the earlier rule, follow;
     * {@code known_miss} is the reason of a declared known miss ({@link KnownMisses}), empty for the others.
     */
    public static void writeValidationCsv(Evaluation e, KnownMisses known, Path file) {
        AtomicFiles.write(file, w -> {
            try (CSVPrinter p = printer(w, "id", "statistic", "metric", "period", "low", "high", "unit", "source",
                    "model_mean", "p05", "p95", "normalized_miss", "result", "share_inside", "mean_result", "known_miss")) {
                for (int t = 0; t < e.targets().size(); t++) {
                    Target target = e.targets().get(t);
                    boolean ev = e.evaluated(t);
                    p.printRecord(target.id(), target.statistic().key(), target.metric(), target.period(),
                            bound(e.low(t)), bound(e.high(t)), target.unit(), target.source(),
                            ev ? Numbers.format(e.mean(t)) : "", ev ? Numbers.format(e.quantile(t, 0.05)) : "",
                            ev ? Numbers.format(e.quantile(t, 0.95)) : "", ev ? Numbers.format(e.normalizedMiss(t)) : "",
                            result(e, t), ev ? Numbers.format(e.shareInside(t)) : "", meanResult(e, t),
                            known.declared(target.id()) ? known.byId().get(target.id()).reason() : "");
                }
            }
        });
    }

    /** The Markdown table of a validation, also printed to the console. */
    public static String validationMarkdown(Evaluation e, String title, int seeds, KnownMisses known) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(title).append("\n\n");
        sb.append("Seeds 1-").append(seeds).append(", simulated to ").append(e.until())
                .append(". Model: mean over seeds, 90% interval (5th-95th percentile across seeds) and the share of runs ")
                .append("inside the range. A target passes when the mean lies in its range and at least half of the runs do ")
                .append("(run by run; a ratio is computed in each run); 'mean only' is the earlier rule, the mean alone.\n\n");
        for (boolean early : new boolean[] {true, false}) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"target", "period", "range", "unit", "source", "model mean", "90% interval",
                "runs inside", "result", "mean only"});
            int passed = 0;
            int evaluated = 0;
            for (int t = 0; t < e.targets().size(); t++) {
                Target target = e.targets().get(t);
                if (early(target) != early) {
                    continue;
                }
                boolean ev = e.evaluated(t);
                evaluated += ev ? 1 : 0;
                passed += ev && e.passed(t) ? 1 : 0;
                rows.add(new String[] {target.id(), target.period().text(), target.rangeText(e.params()), target.unit(),
                        target.source(), ev ? short3(e.mean(t)) : "-",
                        ev ? short3(e.quantile(t, 0.05)) + " to " + short3(e.quantile(t, 0.95)) : "-",
                        ev ? Math.round(100 * e.shareInside(t)) + "%" : "-",
                        shownResult(e, t, known).toUpperCase(java.util.Locale.ROOT), ev ? meanResult(e, t) : "-"});
            }
            if (rows.size() > 1) {
                sb.append(early ? "## 1995-2000 (the record of 002)\n\n" : "## 2005 onward (the Calderon years)\n\n");
                sb.append(table(rows));
                sb.append("\n").append(passed).append(" of ").append(evaluated).append(" pass.\n\n");
            }
        }
        sb.append("Overall score: ").append(e.passedCount()).append(" of ").append(e.evaluatedCount())
                .append(" evaluated targets pass (").append(Math.round(100 * e.score())).append("%), ")
                .append(e.meanPassedCount()).append(" by the mean alone; objective ").append(short3(e.objective()))
                .append(" (mean-only objective ").append(short3(e.meanObjective())).append(").\n");
        knownMisses(sb, e, known);
        return sb.toString();
    }

    /**
     * The declared known misses with their reasons, and the verdict: validation passes when every
     * failing target is one of them.
     */
    private static void knownMisses(StringBuilder sb, Evaluation e, KnownMisses known) {
        if (!known.byId().isEmpty()) {
            sb.append("\n## Known misses (declared in seeds/").append(KnownMisses.FILE).append(")\n\n");
            sb.append("Report figures no mechanism in the reports explains; shown, not fitted, and not a failure of the validation.\n\n");
            for (int t = 0; t < e.targets().size(); t++) {
                KnownMisses.Miss m = known.byId().get(e.targets().get(t).id());
                if (m != null) {
                    sb.append("- ").append(m.id()).append(" (").append(shownResult(e, t, known))
                            .append(m.explainedIn().isEmpty() ? "" : "; explained in " + m.explainedIn()).append("): ")
                            .append(m.reason()).append(e.evaluated(t) && e.passed(t) ? " It passes in these runs: the declaration may be stale." : "")
                            .append("\n");
                }
            }
        }
        int failing = e.evaluatedCount() - e.passedCount();
        sb.append("\n").append(known.onlyKnownMissesFail(e)
                ? failing == 0 ? "Validation passes: every evaluated target passes.\n"
                        : "Validation passes: the " + (failing == 1 ? "one target that fails is a declared known miss" : failing + " targets that fail are declared known misses") + ".\n"
                : "Validation fails: " + known.undeclaredFailures(e) + " target(s) that are not declared known misses fail.\n");
    }

    /** True for a target on the 1995-2000 record (its period ends before 2001). */
    static boolean early(Target target) {
        return target.period().to().isBefore(java.time.YearMonth.of(2001, 1));
    }

    /** fit-report.csv: before and after per target. */
    public static void writeFitCsv(Evaluation before, Evaluation after, Path file) {
        AtomicFiles.write(file, w -> {
            try (CSVPrinter p = printer(w, "id", "period", "low", "high", "unit", "source", "before_mean",
                    "before_result", "after_mean", "after_p05", "after_p95", "after_result")) {
                for (int t = 0; t < after.targets().size(); t++) {
                    Target target = after.targets().get(t);
                    boolean ev = after.evaluated(t);
                    p.printRecord(target.id(), target.period(), bound(after.low(t)), bound(after.high(t)),
                            target.unit(), target.source(), ev ? Numbers.format(before.mean(t)) : "",
                            result(before, t), ev ? Numbers.format(after.mean(t)) : "",
                            ev ? Numbers.format(after.quantile(t, 0.05)) : "",
                            ev ? Numbers.format(after.quantile(t, 0.95)) : "", result(after, t));
                }
            }
        });
    }

    /** fit-report.md: the fitted values and before/after per target. */
    public static String fitMarkdown(Evaluation before, Evaluation after, List<String[]> parameterRows, String header) {
        StringBuilder sb = new StringBuilder("# Calibration fit report\n\n").append(header).append("\n\n");
        sb.append("## Fitted parameters\n\n").append(table(parameterRows)).append('\n');
        sb.append("## Targets before and after\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"target", "period", "range", "source", "before", "", "after", "90% interval", ""});
        for (int t = 0; t < after.targets().size(); t++) {
            Target target = after.targets().get(t);
            boolean ev = after.evaluated(t);
            rows.add(new String[] {target.id(), target.period().text(), target.rangeText(after.params()),
                    target.source(), ev ? short3(before.mean(t)) : "-", result(before, t),
                    ev ? short3(after.mean(t)) : "-",
                    ev ? short3(after.quantile(t, 0.05)) + " to " + short3(after.quantile(t, 0.95)) : "-",
                    result(after, t)});
        }
        sb.append(table(rows));
        sb.append("\nBefore: ").append(before.passedCount()).append(" of ").append(before.evaluatedCount())
                .append(" pass, objective ").append(short3(before.objective())).append(". After: ")
                .append(after.passedCount()).append(" of ").append(after.evaluatedCount())
                .append(" pass, objective ").append(short3(after.objective())).append(".\n");
        return sb.toString();
    }

    public static void write(Path file, String text) {
        AtomicFiles.writeString(file, text);
    }

    private static CSVPrinter printer(Writer w, String... header) throws IOException {
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").build());
    }

    private static String bound(double v) {
        return Double.isInfinite(v) ? "" : Numbers.format(v);
    }

    /** Three significant digits, for tables people read (the CSV keeps seven). */
    static String short3(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        if (v != 0 && Math.abs(v) >= 1000) {
            return String.format(java.util.Locale.ROOT, "%,.0f", v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** A Markdown table with aligned columns; the first row is the header. */
    static String table(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            line(sb, rows.get(i), width);
            if (i == 0) {
                String[] rule = new String[cols];
                for (int c = 0; c < cols; c++) {
                    rule[c] = "-".repeat(Math.max(3, width[c]));
                }
                line(sb, rule, width);
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] r, int[] width) {
        sb.append('|');
        for (int c = 0; c < r.length; c++) {
            sb.append(' ').append(r[c]).append(" ".repeat(Math.max(0, width[c] - r[c].length()))).append(" |");
        }
        sb.append('\n');
    }
}
