package plaza.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.cli.PlazaCli;
import plaza.params.InputException;

/**
 * {@code batch --outputs plazas,states,events}: per-run tables merged by run id through the part
 * store, the same bytes on one thread, three threads and two shards merged afterwards; each run's rows
 * are the rows {@code plaza run} writes for the same seed, and the state table sums the plazas.
 */
class BatchTablesTest {

    private static final List<String> TABLES = List.of("plazas.csv", "states.csv", "events.csv");

    @TempDir
    Path tmp;

    private static BatchSpec spec(String outputs) {
        ExperimentDefinition def = new ExperimentDefinition().name("tables").scenarios(List.of("baseline"))
                .replications(2).until(YearMonth.of(2007, 6)).scale(1000).outputs(outputs, "");
        return BatchSpec.resolve(def, TestProject.scenarios());
    }

    private static BatchRunner quiet() {
        return new BatchRunner().progress(new PrintStream(new ByteArrayOutputStream()), false, 60_000);
    }

    @Test
    void tablesAreTheSameBytesOnAnyThreadCountOrShardingAndMatchEachRunsOwnFiles() throws IOException {
        BatchSpec spec = spec("plazas,states,events");
        Path one = tmp.resolve("one");
        Path three = tmp.resolve("three");
        Path shards = tmp.resolve("shards");
        quiet().execute(spec, one, 1, true);
        quiet().execute(spec, three, 3, true);
        quiet().shard(1, 2).execute(spec, shards, 1, true);
        quiet().shard(2, 2).execute(spec, shards, 1, true);
        quiet().execute(spec, shards, 1, true);
        for (String f : TABLES) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(three.resolve(f)), f + ": 1 and 3 threads");
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(shards.resolve(f)), f + ": two shards merged");
        }

        List<CSVRecord> plazas = records(one.resolve("plazas.csv"));
        int n = plaza.world.Geography.SITES.size();
        assertEquals(2 * 6 * n, plazas.size(), "2 runs x 6 months x " + n + " plazas");
        String header = Files.readAllLines(one.resolve("plazas.csv")).get(0);
        assertTrue(header.startsWith("run_id,scenario,replication,month,plaza,name,state,state_code,municipality_code,kind,population,controller,"), header);

        // run 2's rows are what 'plaza run' writes for its seed, keyed by run id instead of scenario and seed
        String seed = records(one.resolve("runs.csv")).get(1).get("seed");
        Path single = tmp.resolve("single");
        assertEquals(0, PlazaCli.commandLine().execute("run", "baseline", "--seed", seed, "--until", "2007-06", "--scale", "1000",
                "--out", single.toString()));
        assertEquals(withoutKeys(records(single.resolve("plazas.csv")), "scenario", "seed"),
                withoutKeys(plazas.stream().filter(r -> r.get("run_id").equals("2")).toList(), "run_id", "scenario", "replication"));
        List<CSVRecord> events = records(one.resolve("events.csv"));
        assertEquals(withoutKeys(records(single.resolve("events.csv")), "scenario", "seed"),
                withoutKeys(events.stream().filter(r -> r.get("run_id").equals("2")).toList(), "run_id", "scenario", "replication"));
        assertTrue(events.stream().anyMatch(r -> r.get("run_id").equals("1")) && events.stream().anyMatch(r -> r.get("run_id").equals("2")),
                "both runs have events in 2007-01..06");

        // states: 32 states, each the sum over its plazas, in INEGI order
        List<CSVRecord> states = records(one.resolve("states.csv"));
        assertEquals(2 * 6 * 32, states.size());
        assertEquals("01", states.get(0).get("state_code"));
        assertEquals("Aguascalientes", states.get(0).get("state"));
        Map<String, Double> plazaSum = new HashMap<>();
        for (CSVRecord r : plazas) {
            plazaSum.merge(r.get("run_id") + " " + r.get("month"), Double.parseDouble(r.get("homicides")), Double::sum);
        }
        Map<String, Integer> plazasOfState = new HashMap<>();
        for (CSVRecord r : plazas) {
            plazasOfState.merge(r.get("run_id") + " " + r.get("month") + " " + r.get("state_code"), 1, Integer::sum);
        }
        Map<String, Double> stateSum = new HashMap<>();
        double chihuahua = 0;
        for (CSVRecord r : states) {
            stateSum.merge(r.get("run_id") + " " + r.get("month"), Double.parseDouble(r.get("homicides")), Double::sum);
            assertEquals(String.valueOf(plazasOfState.get(r.get("run_id") + " " + r.get("month") + " " + r.get("state_code"))), r.get("plazas"));
            if (r.get("state_code").equals("08")) {
                chihuahua += Double.parseDouble(r.get("homicides"));
            }
        }
        assertEquals(plazaSum.keySet(), stateSum.keySet());
        plazaSum.forEach((k, v) -> assertEquals(v, stateSum.get(k), 1e-9 * Math.max(1, v), k));
        double chihuahuaPlaza = plazas.stream().filter(r -> r.get("state_code").equals("08")).mapToDouble(r -> Double.parseDouble(r.get("homicides"))).sum();
        assertEquals(chihuahuaPlaza, chihuahua, 1e-9 * Math.max(1, chihuahua));
        assertTrue(chihuahua > 0, "Chihuahua has homicides in 2007-01..06");

        assertTrue(Files.readString(one.resolve("metadata.txt")).contains("outputs = plazas,states,events"));
    }

    @Test
    void aBatchWithoutTablesWritesNoneAndAnUnknownTableIsRefused() throws IOException {
        Path dir = tmp.resolve("none");
        quiet().execute(spec(""), dir, 2, true);
        for (String f : TABLES) {
            assertFalse(Files.exists(dir.resolve(f)), f);
        }
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> spec("plazas,cities"));
        assertEquals("outputs 'cities' is not a table; allowed plazas, states, events (comma-separated), or none", e.getMessage());
        // a batch resumed with other tables is a different batch: its parts lack the rows
        Path d = tmp.resolve("resume");
        quiet().execute(spec("plazas"), d, 2, true);
        InputException diff = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> quiet().execute(spec("plazas,events"), d, 2, true));
        assertTrue(diff.getMessage().contains("holds a different batch") && diff.getMessage().contains("outputs = plazas"), diff.getMessage());
    }

    @Test
    void parquetWithoutItsOptionalModuleAndAnUnknownFormatAreRefusedWithExit2BeforeAnyRun() {
        for (String[] c : List.of(new String[] {"csv,parquet", "--format parquet needs the optional Parquet module (experiments/parquet, Maven profile 'parquet')"},
                new String[] {"csv,xml", "--format: format 'xml' is not allowed; allowed csv or csv,parquet"})) {
            java.io.StringWriter err = new java.io.StringWriter();
            picocli.CommandLine cl = PlazaCli.commandLine();
            cl.setErr(new java.io.PrintWriter(err, true));
            Path dir = tmp.resolve("format-" + c[0].replace(',', '-'));
            assertEquals(2, cl.execute("batch", "--scenarios", TestProject.baseline(), "--replications", "1", "--until", "2007-01",
                    "--format", c[0], "--out", dir.toString()), err.toString());
            assertTrue(err.toString().contains(c[1]), err.toString());
            assertFalse(Files.exists(dir.resolve("parts")), "nothing ran");
        }
    }

    private static List<CSVRecord> records(Path f) throws IOException {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    /** Each record's values without the named key columns. */
    private static List<List<String>> withoutKeys(List<CSVRecord> rows, String... keys) {
        List<List<String>> out = new ArrayList<>();
        for (CSVRecord r : rows) {
            Map<String, String> m = new java.util.LinkedHashMap<>(r.toMap());
            for (String k : keys) {
                m.remove(k);
            }
            List<String> ordered = new ArrayList<>();
            for (String name : r.getParser().getHeaderNames()) {
                if (m.containsKey(name)) {
                    ordered.add(m.get(name));
                }
            }
            out.add(ordered);
        }
        return out;
    }
}
