package plaza.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import plaza.output.Metric;

/**
 * {@code datapackage.json}: a Frictionless Data Package (tabular-data-package profile) describing
 * every CSV of a result directory — each column's type, unit and definition, primary keys, and the
 * join of a batch's timeseries.csv with runs.csv (run_id). Generated from the output declarations:
 * {@link Metric} for the monthly outputs, the parameter catalog for varied parameters, and the
 * identifier and statistic declarations of {@link DataPackageFields}. A column that nothing declares (a
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

    /** Builds and prints the package's JSON (Jackson: escaping and nesting by a library, not by hand). */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Table> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("timeseries.csv#run", new Table("Monthly outputs of one run", List.of("scenario", "seed", "month"), Map.of()));
        TABLES.put("timeseries.csv#batch", new Table("Monthly outputs of every run of the batch; design point and varied parameter values are in runs.csv (join on run_id)",
                List.of("run_id", "month"), Map.of("run_id", "runs")));
        TABLES.put("plazas.csv#run", new Table("Each plaza each month", List.of("scenario", "seed", "month", "plaza"), Map.of()));
        TABLES.put("states.csv#run", new Table("Each state each month: the sum or spread over its plazas", List.of("scenario", "seed", "month", "state"), Map.of()));
        TABLES.put("events.csv#run", new Table("Events in the order they happened", List.of(), Map.of()));
        TABLES.put("plazas.csv#batch", new Table("Each plaza each month in every run of the batch (batch --outputs plazas); design point and varied parameter values are in runs.csv (join on run_id)",
                List.of("run_id", "month", "plaza"), Map.of("run_id", "runs")));
        TABLES.put("states.csv#batch", new Table("Each state each month in every run of the batch (batch --outputs states): the sum or spread over its plazas",
                List.of("run_id", "month", "state_code"), Map.of("run_id", "runs")));
        TABLES.put("events.csv#batch", new Table("Events of every run of the batch in the order they happened (batch --outputs events)",
                List.of(), Map.of("run_id", "runs")));
        TABLES.put("runs.csv", new Table("One row per run: design point, varied parameter values, status and each output summarised over the run (flows totalled, stocks averaged)",
                List.of("run_id"), Map.of()));
        TABLES.put("timings.csv", new Table("Wall-clock time of each run", List.of("run_id"), Map.of("run_id", "runs")));
        TABLES.put("summary.csv", new Table("Each metric each month over replications, per scenario and design point",
                List.of("scenario", "design_point", "month", "metric"), Map.of()));
        TABLES.put("sensitivity.csv", new Table("Sensitivity indices of each outcome to each varied parameter", List.of("scenario", "outcome", "parameter"), Map.of()));
        TABLES.put("parameters.csv", new Table("Every parameter's value in each run (exact, reproducible)", List.of("run_id"), Map.of("run_id", "runs")));
        List.of("comparison.csv", "effects-by-period.csv").forEach(f -> TABLES.put(f, new Table("Each scenario against the baseline, per " + (f.startsWith("comparison") ? "period" : "sub-period (each row's interval and p-value its own, q_value empty)") + " and metric", List.of("period", "metric", "scenario"), Map.of())));
    }

    /** Files a run and a batch both write: keyed by scenario and seed in a run, by run_id in a batch. */
    private static final List<String> PER_RUN = List.of("timeseries.csv", "plazas.csv", "states.csv", "events.csv");

    /** What a dollar is in every USD column (the model has no price level: amounts are as the reports give them). */
    public static final String DOLLARS = "nominal U.S. dollars (current dollars of each month, as the source reports give them; Plaza applies no price index or deflator)";

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

    /** The declaration of one column, or an error naming the file and column ({@link DataPackageFields}). */
    public static Column column(String file, String name) {
        return DataPackageFields.column(file, name);
    }

    static String describe(Path dir) {
        return describe(dir, dir);
    }

    private static String describe(Path dir, Path named) {
        ObjectNode pkg = JSON.createObjectNode()
                .put("profile", "tabular-data-package")
                .put("name", slug(named))
                .put("title", "Plaza results: " + named.getFileName())
                .put("description", "Outputs of the Plaza simulation (U.S.-Mexico drug trade, MASON). "
                        + "All values in real-world units whatever the model's scale; monthly flows are totals over the month, stocks end-of-month values. "
                        + "Dollars (units in USD) are " + DOLLARS + ". "
                        + "metadata.txt in this directory gives the scenario(s), seeds, code version and every parameter value.");
        ArrayNode resources = pkg.putArray("resources");
        for (String file : describedFiles()) {
            Path csv = dir.resolve(file);
            if (Files.isRegularFile(csv)) {
                resources.add(resource(dir, file, header(csv)));
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(pkg) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + FILE + ": " + e.getMessage(), e);
        }
    }

    /** One CSV as a tabular data resource: its dialect, and a schema from the columns' declarations. */
    private static ObjectNode resource(Path dir, String file, List<String> header) {
        String key = PER_RUN.contains(file) ? file + (header.contains("run_id") ? "#batch" : "#run") : file;
        Table t = TABLES.get(key);
        ObjectNode r = JSON.createObjectNode()
                .put("name", file.replace(".csv", ""))
                .put("path", file)
                .put("profile", "tabular-data-resource")
                .put("title", t.title())
                .put("format", "csv")
                .put("mediatype", "text/csv")
                .put("encoding", "utf-8");
        r.putObject("dialect").put("delimiter", ",").put("quoteChar", "\"").put("header", true);
        ObjectNode schema = r.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (String name : header) {
            Column c = column(file, name);
            ObjectNode f = fields.addObject().put("name", name).put("type", c.type());
            if (c.type().equals("number")) {
                f.put("bareNumber", true);
            }
            f.put("description", c.description());
            if (!c.unit().isEmpty()) {
                f.put("unit", c.unit());
            }
            if (c.unit().contains("USD")) {
                f.put("dollars", "nominal");
            }
        }
        schema.putArray("missingValues").add("");
        List<String> pk = t.primaryKey().stream().filter(header::contains).toList();
        if (!pk.isEmpty() && pk.size() == t.primaryKey().size()) {
            pk.forEach(schema.putArray("primaryKey")::add);
        }
        ArrayNode fks = JSON.createArrayNode();
        t.foreignKeys().forEach((field, resource) -> {
            if (header.contains(field) && Files.isRegularFile(dir.resolve(resource + ".csv"))) {
                ObjectNode fk = fks.addObject();
                fk.putArray("fields").add(field);
                ObjectNode ref = fk.putObject("reference").put("resource", resource);
                ref.putArray("fields").add(field);
            }
        });
        if (!fks.isEmpty()) {
            schema.set("foreignKeys", fks);
        }
        return r;
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
}
