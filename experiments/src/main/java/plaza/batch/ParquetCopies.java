package plaza.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import plaza.io.AtomicFiles;
import plaza.io.DataPackage;
import plaza.io.ParquetCopy;

/**
 * {@code --format csv,parquet}: after the merge, a Parquet copy beside each CSV of the batch
 * ({@code runs.parquet}, {@code timeseries.parquet}, ... and the per-run tables), typed as the data
 * package declares the columns; each written under a temporary name and renamed into place.
 */
final class ParquetCopies {

    private ParquetCopies() {
    }

    /** The Parquet file of a CSV output. */
    static String parquetName(String csv) {
        return csv.substring(0, csv.length() - ".csv".length()) + ".parquet";
    }

    static void write(Path out) {
        ParquetCopy writer = ParquetCopy.find();
        for (String file : DataPackage.describedFiles()) {
            Path csv = out.resolve(file);
            if (!Files.isRegularFile(csv) || file.equals("comparison.csv")) {
                continue;
            }
            List<String> names = header(csv);
            List<String> types = new ArrayList<>();
            for (String n : names) {
                types.add(DataPackage.column(file, n).type());
            }
            Path target = out.resolve(parquetName(file));
            Path tmp = AtomicFiles.temporaryFor(target);
            try {
                writer.copy(csv, names, types, tmp);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original error is the one worth reporting
                }
                throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
            }
        }
    }

    private static List<String> header(Path csv) {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser p = CSVFormat.DEFAULT.parse(r)) {
            for (CSVRecord rec : p) {
                return rec.toList();
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the header of " + csv + ": " + e.getMessage(), e);
        }
    }
}
