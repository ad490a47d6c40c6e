package plaza.calibration;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import plaza.params.InputException;

/**
 * Reads a table of {@code seeds/} (targets, known misses): a header that must be exactly the given
 * columns, {@code #} comments and empty lines skipped, every row with every column. Each error
 * names the file and line and is an {@link InputException} (exit status 2).
 */
final class CsvTable {

    /** One row, with "file:line: " to prefix its errors. */
    interface Row {
        void read(CSVRecord rec, String where);
    }

    private CsvTable() {}

    /** @param what the table's name in a read error, e.g. "targets table" */
    static void read(Path file, String what, List<String> columns, Row row) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).build();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); var parser = format.parse(r)) {
            List<String> header = parser.getHeaderNames();
            if (!header.equals(columns)) {
                throw new InputException(file + ":1: header must be " + String.join(",", columns) + "; found "
                        + String.join(",", header));
            }
            for (CSVRecord rec : parser) {
                String where = file + ":" + rec.getParser().getCurrentLineNumber() + ": ";
                if (!rec.isConsistent()) {
                    throw new InputException(where + "expected " + columns.size() + " fields, found " + rec.size());
                }
                row.read(rec, where);
            }
        } catch (IOException e) {
            throw new InputException("cannot read " + what + " " + file + ": " + e.getMessage());
        } catch (IllegalStateException | IllegalArgumentException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(file + ": malformed CSV: " + e.getMessage());
        }
    }
}
