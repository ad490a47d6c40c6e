package plaza.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import plaza.io.AtomicFiles;
import plaza.io.Numbers;

/** Writes {@code comparison.csv}: one row per period, metric and scenario against the baseline. */
public final class ComparisonTable {

    public static final String FILE = "comparison.csv";
    /** The effects by sub-period: the same columns, q-value empty (each row's p-value is its own). */
    public static final String BY_PERIOD_FILE = "effects-by-period.csv";

    static final List<String> HEADER = List.of("period", "metric", "unit", "aggregate", "scenario", "baseline",
            "n_scenario", "n_baseline", "scenario_value", "baseline_value", "difference", "ci90_low", "ci90_high",
            "relative_change_pct", "relative_ci90_low_pct", "relative_ci90_high_pct", "difference_pp", "test", "p_value",
            "q_value", "cohens_d", "minimal_effect", "distinguishable", "negligible", "note");

    private ComparisonTable() {}

    static void write(Comparison c, Path file) {
        write(c.contrasts(), file);
    }

    /** Writes {@value #BY_PERIOD_FILE}: the header alone when the comparison reports no sub-periods. */
    static void writeBySubPeriod(Comparison c, Path file) {
        write(c.bySubPeriod(), file);
    }

    private static void write(List<Contrast> contrasts, Path file) {
        AtomicFiles.write(file, w -> {
            CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
            // a batch's design points: one typed column per varied parameter, its value at the point
            List<String> labels = new ArrayList<>();
            contrasts.forEach(x -> labels.add(x.scenario()));
            List<String> varied = DesignLabels.parameters(labels);
            List<String> header = new ArrayList<>(HEADER);
            header.addAll(varied);
            out.printRecord(header);
            for (Contrast x : contrasts) {
                List<String> r = row(x);
                java.util.Map<String, Double> values = DesignLabels.values(x.scenario());
                for (String v : varied) {
                    r.add(values.containsKey(v) ? Numbers.format(values.get(v)) : "");
                }
                out.printRecord(r);
            }
            out.flush();
        });
    }

    private static List<String> row(Contrast x) {
        List<String> r = new ArrayList<>();
        r.add(x.period().toString());
        r.add(x.metric().column());
        r.add(Metrics.periodUnit(x.metric()));
        r.add(Metrics.aggregate(x.metric()));
        r.add(x.scenario());
        r.add(x.baseline());
        r.add(Integer.toString(x.n()));
        r.add(Integer.toString(x.nBaseline()));
        r.add(num(x.scenarioValue()));
        r.add(num(x.baselineValue()));
        r.add(num(x.difference()));
        r.add(num(x.low()));
        r.add(num(x.high()));
        r.add(num(x.relativePct()));
        r.add(num(x.relativeLowPct()));
        r.add(num(x.relativeHighPct()));
        r.add(num(x.differencePoints()));
        r.add(x.test().column());
        r.add(num(x.p()));
        r.add(num(x.q()));
        r.add(num(x.cohensD()));
        r.add(num(x.minimalEffect()));
        r.add(x.estimable() ? (x.distinguishable() ? "yes" : "no") : "unknown");
        r.add(Double.isNaN(x.minimalEffect()) ? "unknown" : x.negligible() ? "yes" : "no");
        r.add(x.note());
        return r;
    }

    /** Not-estimable values are left empty rather than printed as NaN, so spreadsheets read them as missing. */
    private static String num(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }
}
