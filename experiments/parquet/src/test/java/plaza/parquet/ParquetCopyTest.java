package plaza.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.cli.PlazaCli;

/**
 * {@code batch --format csv,parquet}: a Parquet copy of each table, typed as the data package declares
 * (run ids as integers, outputs as doubles, months and names as text), holding every value of its CSV,
 * and the same bytes on one and two threads.
 */
class ParquetCopyTest {

    private static final List<String> TABLES = List.of("runs", "timeseries", "summary", "parameters", "timings", "plazas", "states", "events");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void batches() {
        System.setProperty("plaza.home", Path.of("../..").toAbsolutePath().normalize().toString());
        for (String threads : List.of("1", "2")) {
            int code = PlazaCli.commandLine().execute("batch", "--scenarios", "baseline", "--replications", "2", "--until", "2007-03",
                    "--scale", "1000", "--outputs", "plazas,states,events", "--format", "csv,parquet", "--threads", threads,
                    "--progress-interval", "60", "--out", tmp.resolve("t" + threads).toString());
            assertEquals(0, code);
        }
    }

    @Test
    void eachTableHasATypedParquetCopyWithEveryValueAndTheSameBytesOnAnyThreadCount() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String t : TABLES) {
                Path csv = tmp.resolve("t1").resolve(t + ".csv");
                Path pq = tmp.resolve("t1").resolve(t + ".parquet");
                assertTrue(Files.isRegularFile(pq), t);
                if (!t.equals("timings")) { // wall times differ between invocations
                    assertArrayEquals(Files.readAllBytes(pq), Files.readAllBytes(tmp.resolve("t2").resolve(t + ".parquet")), t + ": 1 and 2 threads");
                }
                List<CSVRecord> rows = records(csv);
                try (ResultSet r = s.executeQuery("SELECT * FROM read_parquet('" + pq + "')")) {
                    ResultSetMetaData md = r.getMetaData();
                    int n = 0;
                    while (r.next()) {
                        CSVRecord expected = rows.get(n++);
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String name = md.getColumnName(i);
                            String v = expected.get(name);
                            Object got = r.getObject(i);
                            String where = t + " row " + n + " " + name;
                            if (v.isEmpty()) {
                                assertEquals(null, got, where);
                            } else if (got instanceof Double d) {
                                assertEquals(Double.parseDouble(v), d, 0.0, where); // exact: the CSV holds the shortest exact decimal
                            } else if (got instanceof Long l) {
                                assertEquals(Long.parseLong(v), l, where);
                            } else {
                                assertEquals(v, got, where);
                            }
                        }
                    }
                    assertEquals(rows.size(), n, t + ": every row");
                }
            }
            Map<String, String> types = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + tmp.resolve("t1/plazas.parquet") + "')")) {
                while (r.next()) {
                    types.put(r.getString("column_name"), r.getString("column_type"));
                }
            }
            assertEquals("BIGINT", types.get("run_id"));
            assertEquals("VARCHAR", types.get("month"));
            assertEquals("VARCHAR", types.get("state_code"), "INEGI codes keep their leading zero");
            assertEquals("DOUBLE", types.get("homicides"));
            assertEquals("BIGINT", types.get("contested"));
        }
        assertTrue(Files.readString(tmp.resolve("t1/metadata.txt")).contains("format = csv,parquet"));
    }

    private static List<CSVRecord> records(Path f) throws IOException {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            return p.getRecords();
        }
    }
}
