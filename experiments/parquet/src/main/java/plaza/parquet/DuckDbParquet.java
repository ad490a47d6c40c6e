package plaza.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import plaza.io.ParquetCopy;

/**
 * A Parquet copy of a CSV by DuckDB (in-process, no server, no Hadoop): the CSV read with the declared
 * column types (no type guessing), written with zstd compression on one thread, so the bytes depend
 * only on the CSV.
 */
public final class DuckDbParquet implements ParquetCopy {

    @Override
    public void copy(Path csv, List<String> names, List<String> types, Path parquet) throws IOException {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(literal(names.get(i)) + ": " + literal(sqlType(types.get(i))));
        }
        String sql = "COPY (SELECT * FROM read_csv(" + literal(csv.toAbsolutePath().toString())
                + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', nullstr = '', columns = {"
                + String.join(", ", columns) + "})) TO " + literal(parquet.toAbsolutePath().toString())
                + " (FORMAT parquet, COMPRESSION zstd)";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = 1");
            s.execute("SET preserve_insertion_order = true");
            s.execute(sql);
        } catch (SQLException e) {
            throw new IOException("DuckDB could not copy " + csv + " to Parquet: " + e.getMessage(), e);
        }
    }

    /** The DuckDB type of a data-package type: integers as BIGINT, numbers as DOUBLE, months and text as VARCHAR. */
    static String sqlType(String type) {
        return switch (type) {
            case "integer" -> "BIGINT";
            case "number" -> "DOUBLE";
            default -> "VARCHAR";
        };
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
