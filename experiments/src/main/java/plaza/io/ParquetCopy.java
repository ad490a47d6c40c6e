package plaza.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

import plaza.params.InputException;

/**
 * Writes a Parquet copy of a CSV output ({@code batch --format csv,parquet}), each column typed as the
 * data package declares it. The writer lives in the optional module {@code experiments/parquet}
 * (Maven profile {@code parquet}; DuckDB's single 80 MB jar, which the default build never downloads)
 * and is found through {@link ServiceLoader} when that module is on the class path.
 */
public interface ParquetCopy {

    /**
     * Writes {@code parquet} (replacing it) with every row of {@code csv}, columns in order, typed by
     * {@code types} ({@code integer}, {@code number}, {@code string}, {@code yearmonth} as in the data
     * package; empty cells are nulls); the bytes depend only on the CSV.
     */
    void copy(Path csv, List<String> names, List<String> types, Path parquet) throws IOException;

    /** The writer on the class path, or a refusal that says how to get it. */
    static ParquetCopy find() {
        for (ParquetCopy p : ServiceLoader.load(ParquetCopy.class)) {
            return p;
        }
        throw new InputException("--format parquet needs the optional Parquet module (experiments/parquet, Maven profile "
                + "'parquet'): ./plaza builds it on first use of --format parquet (downloads DuckDB, about 80 MB); "
                + "with Maven: mvn -Pparquet -DskipTests package");
    }
}
