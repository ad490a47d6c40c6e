package plaza.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import plaza.cli.PlazaCli;

/**
 * Every result directory (a run, a batch with its comparison) carries a datapackage.json that
 * describes every CSV in it; each value casts to its declared type (checked here in Java, and with
 * the Frictionless JavaScript library, experiments/datapackage-validator, where node and its
 * node_modules are installed, as CI does).
 */
class DataPackageTest {

    @TempDir
    static Path tmp;

    @BeforeAll
    static void produce() {
        System.setProperty("plaza.home", Path.of("..").toAbsolutePath().normalize().toString());
        plaza("run", "baseline", "--until", "2007-04", "--out", tmp.resolve("run").toString());
        plaza("batch", "--scenarios", "baseline,kingpin-surge", "--replications", "2", "--until", "2007-03",
                "--vary", "policy.kingpin_intensity=0:2:2", "--threads", "2", "--out", tmp.resolve("batch").toString());
        plaza("compare", tmp.resolve("batch").toString());
        // a sampled design (summary pools its points: design_point 'all') with the per-run tables
        plaza("batch", "--scenarios", "baseline", "--replications", "1", "--until", "2007-02", "--design", "lhs", "--samples", "2",
                "--vary", "policy.kingpin_intensity=0:2", "--outputs", "plazas,states,events", "--threads", "2",
                "--out", tmp.resolve("sampled").toString());
        // a mixture over budget shares (lever columns typed as numbers)
        plaza("batch", "--scenarios", "baseline", "--replications", "1", "--until", "2007-02", "--design", "mixture", "--samples", "1",
                "--mixture-sum", "exact", "--vary", "funding.merida_share_equipment=0:1", "--vary", "funding.merida_share_judicial=0:1",
                "--vary", "funding.merida_share_economic=0:1", "--vary", "funding.merida_share_training=0:1", "--threads", "2",
                "--out", tmp.resolve("mixture").toString());
    }

    private static final List<String> DIRS = List.of("run", "batch", "sampled", "mixture");

    private static void plaza(String... args) {
        CommandLine cl = PlazaCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute(args), String.join(" ", args) + ": " + err);
    }

    @Test
    void everyCsvIsDescribedAndEveryValueCastsToItsDeclaredType() throws Exception {
        for (String d : DIRS) {
            Path dir = tmp.resolve(d);
            String json = Files.readString(dir.resolve(DataPackage.FILE), StandardCharsets.UTF_8);
            JsonNode pkg = new ObjectMapper().readTree(json);
            List<String> paths = new java.util.ArrayList<>();
            pkg.get("resources").forEach(r -> paths.add(r.get("path").asText()));
            int csvs = 0;
            for (File f : dir.toFile().listFiles((x, n) -> n.endsWith(".csv"))) {
                csvs++;
                assertTrue(paths.contains(f.getName()), d + ": " + f.getName() + " described");
                try (Reader r = Files.newBufferedReader(f.toPath(), StandardCharsets.UTF_8);
                     CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                    List<String> header = p.getHeaderNames();
                    for (CSVRecord rec : p) {
                        for (String col : header) {
                            cast(f.getName(), col, DataPackage.column(f.getName(), col).type(), rec.get(col));
                        }
                    }
                }
            }
            assertTrue(csvs >= 3, d + ": CSVs found " + csvs);
            assertTrue(!json.contains(DataPackage.UNDECLARED), d + ": every column of Plaza's own outputs is declared");
        }
        JsonNode batch = new ObjectMapper().readTree(tmp.resolve("batch").resolve(DataPackage.FILE).toFile());
        JsonNode timeseries = resource(batch, "timeseries.csv");
        assertEquals("[{\"fields\":[\"run_id\"],\"reference\":{\"resource\":\"runs\",\"fields\":[\"run_id\"]}}]",
                timeseries.get("schema").get("foreignKeys").toString(), "timeseries joins runs on run_id");
        assertEquals("[\"run_id\",\"month\"]", timeseries.get("schema").get("primaryKey").toString());
        assertEquals("homicides", field(resource(batch, "runs.csv"), "homicides").get("unit").asText(), "runs.csv totals are in homicides");
        assertEquals("homicides per month", field(timeseries, "homicides").get("unit").asText());
        JsonNode sampled = new ObjectMapper().readTree(tmp.resolve("sampled").resolve(DataPackage.FILE).toFile());
        for (String table : List.of("plazas.csv", "states.csv", "events.csv")) {
            assertEquals("[{\"fields\":[\"run_id\"],\"reference\":{\"resource\":\"runs\",\"fields\":[\"run_id\"]}}]",
                    resource(sampled, table).get("schema").get("foreignKeys").toString(), table + " joins runs on run_id");
        }
        assertEquals("[\"run_id\",\"month\",\"state_code\"]", resource(sampled, "states.csv").get("schema").get("primaryKey").toString());
        assertEquals("integer", field(resource(sampled, "states.csv"), "contested_plazas").get("type").asText());
        assertEquals("number", field(resource(sampled, "runs.csv"), "policy.kingpin_intensity").get("type").asText());
        assertEquals("string", field(resource(sampled, "summary.csv"), "design_point").get("type").asText(), "'all' for a pooled design");
        assertTrue(Files.readString(tmp.resolve("sampled/summary.csv")).contains(",all,"), "the sampled summary pools its points");
        JsonNode mixture = new ObjectMapper().readTree(tmp.resolve("mixture").resolve(DataPackage.FILE).toFile());
        for (String f : List.of("runs.csv", "summary.csv")) {
            assertEquals("number", field(resource(mixture, f), "funding.merida_share_judicial").get("type").asText(), f);
        }
        JsonNode revenue = field(resource(batch, "runs.csv"), "dto_revenue_usd");
        assertEquals("nominal", revenue.get("dollars").asText(), "dollars say what they are");
        assertTrue(batch.get("description").asText().contains("Dollars (units in USD) are nominal U.S. dollars"), batch.get("description").asText());
        String plazas = Files.readString(tmp.resolve("run/plazas.csv"), StandardCharsets.UTF_8);
        assertTrue(plazas.contains(",merida,Mérida,Yucatán,31,050,city,") && plazas.contains(",monterrey,Monterrey,Nuevo León,19,039,airport,")
                && plazas.contains(",nl_rest,Resto de Nuevo León,Nuevo León,19,,rest,"), "cities by name, accented state names, INEGI state and municipal codes");
        String states = Files.readString(tmp.resolve("run/states.csv"), StandardCharsets.UTF_8);
        assertTrue(states.contains(",Nuevo León,19,11,4700000,"), "a state's row: name, INEGI code, its 11 plazas and residents");
    }

    @Test
    void runsCsvSummarisesLikeTheComparison() throws Exception {
        // flows: total over the run's months; stocks: mean over them (as comparison.csv's period means)
        List<CSVRecord> runs = records(tmp.resolve("batch/runs.csv"));
        List<CSVRecord> months = records(tmp.resolve("batch/timeseries.csv")).stream().filter(r -> r.get("run_id").equals("1")).toList();
        assertEquals(3, months.size());
        double homicides = 0;
        double impunity = 0;
        for (CSVRecord r : months) {
            homicides += Double.parseDouble(r.get("homicides"));
            impunity += Double.parseDouble(r.get("impunity_rate"));
        }
        assertEquals(homicides, Double.parseDouble(runs.get(0).get("homicides")), 1e-9 * Math.max(1, homicides));
        assertEquals(impunity / 3, Double.parseDouble(runs.get(0).get("impunity_rate")), 1e-12);
    }

    private static JsonNode resource(JsonNode pkg, String path) {
        for (JsonNode r : pkg.get("resources")) {
            if (r.get("path").asText().equals(path)) {
                return r;
            }
        }
        throw new AssertionError(path + " not in the package");
    }

    private static JsonNode field(JsonNode resource, String name) {
        for (JsonNode f : resource.get("schema").get("fields")) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(name + " not in " + resource.get("path"));
    }

    private static List<CSVRecord> records(Path file) throws java.io.IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    private static void cast(String file, String col, String type, String v) {
        if (v.isEmpty()) {
            return; // declared missing value
        }
        try {
            switch (type) {
                case "integer" -> Long.parseLong(v);
                case "number" -> {
                    double x = Double.parseDouble(v);
                    assertTrue(Double.isFinite(x), file + " " + col + ": " + v);
                }
                case "yearmonth" -> YearMonth.parse(v);
                case "string" -> { }
                default -> throw new AssertionError("unexpected type " + type);
            }
        } catch (RuntimeException e) {
            throw new AssertionError(file + ", column " + col + ": '" + v + "' is not a " + type, e);
        }
    }

    @Test
    void theFrictionlessValidatorAcceptsEveryPackage() throws Exception {
        Path validator = Path.of("datapackage-validator").toAbsolutePath();
        String node = executable("node");
        if (node == null || !Files.isDirectory(validator.resolve("node_modules/datapackage"))) {
            System.err.println("DataPackageTest: node or " + validator + "/node_modules missing (npm ci there, as .ci/run does);"
                    + " Frictionless validation skipped, Java casting checked");
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "Frictionless validator not installed");
        }
        List<String> cmd = new java.util.ArrayList<>(List.of(node, validator.resolve("validate.js").toString()));
        DIRS.forEach(d -> cmd.add(tmp.resolve(d).toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        for (String d : DIRS) {
            assertTrue(out.contains(d + ": valid"), out);
        }

        // and it is not a validator that accepts anything: a corrupted value is caught
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        for (String f : List.of("timeseries.csv", "plazas.csv", "states.csv", "events.csv", DataPackage.FILE)) {
            Files.copy(tmp.resolve("run").resolve(f), bad.resolve(f));
        }
        List<String> lines = Files.readAllLines(bad.resolve("timeseries.csv"));
        lines.set(1, lines.get(1).replaceFirst(",2007-01,[0-9.]+,", ",2007-01,many,"));
        Files.write(bad.resolve("timeseries.csv"), lines);
        Process q = new ProcessBuilder(node, validator.resolve("validate.js").toString(), bad.toString()).redirectErrorStream(true).start();
        String qout = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(q.waitFor(5, TimeUnit.MINUTES));
        assertEquals(1, q.exitValue(), qout);
        assertTrue(qout.contains("many"), qout);
    }

    private static String executable(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path exe = Path.of(dir, name);
            if (Files.isExecutable(exe)) {
                return exe.toString();
            }
        }
        return null;
    }
}
