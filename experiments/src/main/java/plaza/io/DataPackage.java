package plaza.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import plaza.output.Metric;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;

/**
 * {@code datapackage.json}: a Frictionless Data Package (tabular-data-package profile) describing
 * every CSV of a result directory — each column's type, unit and definition, primary keys, and the
 * join of a batch's timeseries.csv with runs.csv (run_id). Generated from the output declarations:
 * {@link Metric} for the monthly outputs, the parameter catalog for varied parameters, and the
 * {@link #COLUMNS} table below for identifiers and statistics. A column that nothing declares (a
 * file edited by another tool) is described as a string, {@link #UNDECLARED}; DataPackageTest checks
 * that Plaza's own outputs have none.
 */
public final class DataPackage {

    public static final String FILE = "datapackage.json";
    /** Description of a column no declaration covers (a file edited by hand or by another tool); Plaza's own have none. */
    public static final String UNDECLARED = "not declared by this version of Plaza";

    /** A column's declaration: Frictionless type, unit (may be empty) and definition. */
    public record Column(String type, String unit, String description) { }

    /** A file's declaration: title, primary key, and foreign keys (field -> resource). */
    private record Table(String title, List<String> primaryKey, Map<String, String> foreignKeys) { }

    private static final Map<String, Column> COLUMNS = new LinkedHashMap<>();
    private static final Map<String, Table> TABLES = new LinkedHashMap<>();

    private static void col(String name, String type, String unit, String description) {
        COLUMNS.put(name, new Column(type, unit, description));
    }

    static {
        col("run_id", "integer", "", "Run number within the batch (joins timeseries.csv and timings.csv with runs.csv)");
        col("scenario", "string", "", "Scenario name (a file in scenarios/)");
        col("seed", "integer", "", "Random seed of the run");
        col("replication", "integer", "", "Replication number, 1 to R; seed = base seed + replication - 1");
        col("design_point", "integer", "", "Design point of the batch's sweep or sensitivity design (1 when nothing is varied)");
        col("month", "yearmonth", "", "Calendar month, YYYY-MM");
        col("status", "string", "", "Outcome of the run: ok, or failed (see error)");
        col("error", "string", "", "Why the run failed; empty when it succeeded");
        col("rerun", "string", "", "Command line that reproduces the run alone");
        col("wall_seconds", "number", "seconds", "Wall-clock time the run took");
        col("plaza", "string", "", "Plaza (corridor) code: the postal abbreviation of its state");
        col("state", "string", "", "State (federal entity) of the plaza, official name in UTF-8");
        col("state_code", "string", "", "INEGI code of the state (clave de entidad, 01 to 32)");
        col("controller", "string", "", "Organization holding the plaza at the end of the month; empty when none");
        col("contested", "integer", "", "1 when two or more organizations fought over the plaza in the month, else 0");
        col("attackers", "string", "", "Organizations attacking the plaza in the month, separated by ';'");
        col("tons_through", "number", "tons per month", "Drugs moved through the plaza in the month");
        col("troops", "number", "troops", "Soldiers deployed in the plaza at the end of the month");
        col("fighter_load", "number", "ratio", "Fighters present in the plaza over its capacity (violence.max_fighters_per_1000_residents); above 1 it is saturated");
        col("saturated", "integer", "", "1 when the plaza was contested and its fighters exceeded its capacity (more fighters added no violence), else 0");
        col("stake", "number", "corridor-weight units", "What the plaza is worth fighting for: value of the drugs passing on that leg plus local rents, smoothed (2005 national total = total corridor weight)");
        col("event", "string", "", "What happened: arrest, killing, extradition, succession, split, attack, takeover, lever change, ...");
        col("organization", "string", "", "Organization concerned; empty when none");
        col("detail", "string", "", "Free-text detail of the event");
        col("leader_plaza", "string", "", "For a leader arrested, killed or extradited: the plaza where the leader was based; empty otherwise");
        col("metric", "string", "", "Output column summarised (see timeseries.csv)");
        col("n", "integer", "", "Number of runs (or pairs) summarised");
        col("mean", "number", "unit of the metric", "Mean over runs");
        col("sd", "number", "unit of the metric", "Standard deviation over runs");
        col("ci90_low", "number", "unit of the metric", "Lower end of the 90% confidence interval");
        col("ci90_high", "number", "unit of the metric", "Upper end of the 90% confidence interval");
        col("outcome", "string", "", "Output column analysed");
        col("parameter", "string", "", "Parameter varied by the design");
        col("s1", "number", "share of variance", "Sobol first-order index");
        col("s1_ci95_low", "number", "share of variance", "Lower end of the 95% bootstrap interval of s1");
        col("s1_ci95_high", "number", "share of variance", "Upper end of the 95% bootstrap interval of s1");
        col("st", "number", "share of variance", "Sobol total-order index");
        col("st_ci95_low", "number", "share of variance", "Lower end of the 95% bootstrap interval of st");
        col("st_ci95_high", "number", "share of variance", "Upper end of the 95% bootstrap interval of st");
        col("r", "integer", "", "Morris trajectories");
        col("mu", "number", "unit of the outcome", "Morris mean elementary effect");
        col("mu_star", "number", "unit of the outcome", "Morris mean absolute elementary effect");
        col("sigma", "number", "unit of the outcome", "Morris standard deviation of elementary effects");
        col("warning", "string", "", "What to know before reading the indices: a parameter that changed no run's outcome, an interval too wide to tell whether it matters, or Morris sigma inflated by seed noise (empty if nothing)");
        // comparison.csv
        col("period", "string", "", "Months summarised, YYYY-MM:YYYY-MM");
        col("unit", "string", "", "Unit of the period summary (a period total of a monthly flow is in the flow's unit, e.g. homicides)");
        col("aggregate", "string", "", "How a run's months are summarised: total (flows) or mean (stocks, shares, indices)");
        col("baseline", "string", "", "Baseline scenario");
        col("n_scenario", "integer", "", "Replications of the scenario (pairs, for a paired test)");
        col("n_baseline", "integer", "", "Replications of the baseline");
        col("scenario_value", "number", "see unit", "Mean over replications of the scenario's period summary");
        col("baseline_value", "number", "see unit", "Mean over replications of the baseline's period summary");
        col("difference", "number", "see unit", "Scenario minus baseline (mean paired difference for a paired test)");
        col("relative_change_pct", "number", "percent", "Difference in percent of the baseline value");
        col("relative_ci90_low_pct", "number", "percent", "Lower end of the 90% interval, in percent of the baseline value");
        col("relative_ci90_high_pct", "number", "percent", "Upper end of the 90% interval, in percent of the baseline value");
        col("difference_pp", "number", "percentage points", "For shares: the difference in percentage points; empty otherwise");
        col("test", "string", "", "paired-t (common seeds), welch, or none (single replication)");
        col("p_value", "number", "", "Two-sided p-value of the test");
        col("q_value", "number", "", "Benjamini-Hochberg q-value over all rows of the comparison");
        col("cohens_d", "number", "", "Effect size: Cohen's d");
        col("minimal_effect", "number", "see unit", "Minimal effect of interest: smaller differences are negligible");
        col("distinguishable", "string", "", "yes when q < 0.10, no, or unknown (single replication)");
        col("negligible", "string", "", "yes when the difference is smaller than the minimal effect of interest");
        col("note", "string", "", "Why something could not be estimated, or empty");

        TABLES.put("timeseries.csv#run", new Table("Monthly outputs of one run", List.of("scenario", "seed", "month"), Map.of()));
        TABLES.put("timeseries.csv#batch", new Table("Monthly outputs of every run of the batch; design point and varied parameter values are in runs.csv (join on run_id)",
                List.of("run_id", "month"), Map.of("run_id", "runs")));
        TABLES.put("plazas.csv", new Table("Each plaza each month", List.of("scenario", "seed", "month", "plaza"), Map.of()));
        TABLES.put("events.csv", new Table("Events in the order they happened", List.of(), Map.of()));
        TABLES.put("runs.csv", new Table("One row per run: design point, varied parameter values, status and each output summarised over the run (flows totalled, stocks averaged)",
                List.of("run_id"), Map.of()));
        TABLES.put("timings.csv", new Table("Wall-clock time of each run", List.of("run_id"), Map.of("run_id", "runs")));
        TABLES.put("summary.csv", new Table("Each metric each month over replications, per scenario and design point",
                List.of("scenario", "design_point", "month", "metric"), Map.of()));
        TABLES.put("sensitivity.csv", new Table("Sensitivity indices of each outcome to each varied parameter", List.of("scenario", "outcome", "parameter"), Map.of()));
        TABLES.put("parameters.csv", new Table("Every parameter's value in each run (exact, reproducible)", List.of("run_id"), Map.of("run_id", "runs")));
        List.of("comparison.csv", "effects-by-period.csv").forEach(f -> TABLES.put(f, new Table("Each scenario against the baseline, per " + (f.startsWith("comparison") ? "period" : "sub-period (each row's interval and p-value its own, q_value empty)") + " and metric", List.of("period", "metric", "scenario"), Map.of())));
    }

    private DataPackage() {}

    /** The files a data package can describe, in the order they are listed. */
    public static List<String> describedFiles() {
        return TABLES.keySet().stream().map(k -> k.replaceFirst("#.*", "")).distinct().toList(); // timeseries.csv is keyed by layout
    }

    /** Writes datapackage.json for the described CSVs present in {@code dir} (atomically). */
    public static void write(Path dir) {
        AtomicFiles.writeString(dir.resolve(FILE), describe(dir));
    }

    /**
     * As {@link #write(Path)} for files staged in {@code dir} that will be moved into {@code named}
     * (see {@link RunCommit}): the package is named and titled after {@code named}.
     */
    public static void write(Path dir, Path named) {
        AtomicFiles.writeString(dir.resolve(FILE), describe(dir, named));
    }

    /** The declaration of one column, or an error naming the file and column. */
    public static Column column(String file, String name) {
        if (file.equals("plazas.csv") && name.equals("homicides")) {
            return new Column("number", "homicides per month", "Drug-related homicides in the plaza in the month");
        }
        if (file.equals("plazas.csv") && name.equals("fighters")) {
            return new Column("number", "persons", "Enforcers all sides committed to the fight in the plaza in the month (0 if not contested)");
        }
        if (file.equals("plazas.csv") && name.equals("police_corruption")) {
            return new Column("number", "share", "Share of the state's local police on an organization's payroll at the end of the month");
        }
        Metric m = Metric.byColumn(name);
        if (m != null && file.equals("plazas.csv")) { // a state's fields, named like the national output
            for (plaza.output.Column<plaza.output.PlazaRow> c : plaza.output.PlazaRow.COLUMNS) {
                if (c.name().equals(name)) {
                    return new Column("number", c.unit(), c.definition());
                }
            }
        }
        if (m != null && !COLUMNS.containsKey(name)) {
            // the metric's kind says how a run summarises it: a flow is totalled, a stock averaged
            String unit = file.equals("runs.csv") ? m.periodUnit() : m.unit();
            String how = file.equals("runs.csv") ? (m.isFlow() ? " (total over the run)" : " (mean over the run's months)") : "";
            return new Column("number", unit, m.definition() + how);
        }
        Column c = COLUMNS.get(name);
        if (c != null) {
            return c;
        }
        java.util.regex.Matcher point = java.util.regex.Pattern.compile("(.+)\\[\\d+\\](\\.shift)?").matcher(name);
        if (point.matches()) {
            for (Parameter p : ParameterCatalog.all()) {
                if (p.name().equals(point.group(1))) {
                    return point.group(2) != null
                            ? new Column("number", "months", "Months by which the design moved this point (and later ones) of the path of " + p.name())
                            : new Column("number", p.unit(), "Value the design gave this point of the path of " + p.name() + ": " + p.description());
                }
            }
        }
        for (Parameter p : ParameterCatalog.all()) {
            if (p.name().equals(name) && !file.equals("parameters.csv")) {
                // a varied parameter in runs.csv, summary.csv or comparison.csv is one number per row
                return new Column("number", p.unit(), "Value of the varied parameter " + p.name() + ": " + p.description());
            }
            if (p.name().equals(name)) {
                // a lever may be written as a path (parameters.csv writes it as scenario files do: "2010-12: -0.2, 2011-03: 0")
                return p.role() == Parameter.Role.LEVER
                        ? new Column("string", p.unit(), "Value of the parameter " + p.name() + " (a number, or a path of YYYY-MM: value points): " + p.description())
                        : new Column("number", p.unit(), "Value of the varied parameter " + p.name() + ": " + p.description());
            }
        }
        return new Column("string", "", UNDECLARED);
    }

    static String describe(Path dir) {
        return describe(dir, dir);
    }

    private static String describe(Path dir, Path named) {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"profile\": \"tabular-data-package\",\n  \"name\": ").append(str(slug(named))).append(",\n")
                .append("  \"title\": ").append(str("Plaza results: " + named.getFileName())).append(",\n")

                .append("  \"description\": ").append(str("Outputs of the Plaza simulation (U.S.-Mexico drug trade, MASON). "
                        + "All values in real-world units whatever the model's scale; monthly flows are totals over the month, stocks end-of-month values. "
                        + "metadata.txt in this directory gives the scenario(s), seeds, code version and every parameter value.")).append(",\n")
                .append("  \"resources\": [");
        boolean first = true;
        for (String file : describedFiles()) {
            Path csv = dir.resolve(file);
            if (!Files.isRegularFile(csv)) {
                continue;
            }
            List<String> header = header(csv);
            String key = file.equals("timeseries.csv") ? file + (header.contains("run_id") ? "#batch" : "#run") : file;
            Table t = TABLES.get(key);
            json.append(first ? "\n" : ",\n");
            first = false;
            json.append("    {\n      \"name\": ").append(str(file.replace(".csv", ""))).append(",\n")
                    .append("      \"path\": ").append(str(file)).append(",\n")
                    .append("      \"profile\": \"tabular-data-resource\",\n")
                    .append("      \"title\": ").append(str(t.title())).append(",\n")
                    .append("      \"format\": \"csv\",\n      \"mediatype\": \"text/csv\",\n      \"encoding\": \"utf-8\",\n")
                    .append("      \"dialect\": {\"delimiter\": \",\", \"quoteChar\": \"\\\"\", \"header\": true},\n")
                    .append("      \"schema\": {\n        \"fields\": [");
            for (int i = 0; i < header.size(); i++) {
                Column c = column(file, header.get(i));
                json.append(i == 0 ? "\n" : ",\n").append("          {\"name\": ").append(str(header.get(i)))
                        .append(", \"type\": ").append(str(c.type()));
                if (c.type().equals("number")) {
                    json.append(", \"bareNumber\": true");
                }
                json.append(", \"description\": ").append(str(c.description()));
                if (!c.unit().isEmpty()) {
                    json.append(", \"unit\": ").append(str(c.unit()));
                }
                json.append('}');
            }
            json.append("\n        ],\n        \"missingValues\": [\"\"]");
            List<String> pk = t.primaryKey().stream().filter(header::contains).toList();
            if (!pk.isEmpty() && pk.size() == t.primaryKey().size()) {
                json.append(",\n        \"primaryKey\": [").append(String.join(", ", pk.stream().map(DataPackage::str).toList())).append(']');
            }
            List<String> fks = new ArrayList<>();
            t.foreignKeys().forEach((field, resource) -> {
                if (header.contains(field) && Files.isRegularFile(dir.resolve(resource + ".csv"))) {
                    fks.add("{\"fields\": [" + str(field) + "], \"reference\": {\"resource\": " + str(resource) + ", \"fields\": [" + str(field) + "]}}");
                }
            });
            if (!fks.isEmpty()) {
                json.append(",\n        \"foreignKeys\": [").append(String.join(", ", fks)).append(']');
            }
            json.append("\n      }\n    }");
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private static List<String> header(Path csv) {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.parse(r)) {
            for (CSVRecord rec : p) {
                return rec.toList();
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the header of " + csv + ": " + e.getMessage(), e);
        }
    }

    /** A package name: lower-case letters, digits, '-', '_' and '.' only. */
    private static String slug(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String s = (name == null ? "plaza-results" : "plaza-" + name).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        return s;
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
