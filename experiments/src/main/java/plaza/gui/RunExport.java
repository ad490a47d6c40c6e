package plaza.gui;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import plaza.io.AtomicFiles;
import plaza.io.Numbers;
import plaza.io.RunWriter;

/**
 * "Export this run (CSV)": the run's months as charted, kept as they arrive (on the Swing thread) and
 * written on request in the columns of {@code plaza run}'s timeseries.csv. Thread-safe.
 */
final class RunExport {

    private final List<YearMonth> months = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();

    /** Forgets the months kept (a new run starts). */
    synchronized void clear() {
        months.clear();
        rows.clear();
    }

    /** Keeps a month and the row of every metric. */
    synchronized void add(YearMonth month, double[] row) {
        months.add(month);
        rows.add(row);
    }

    /** Writes the months kept so far to {@code file}, atomically; returns how many. */
    int write(Path file, String scenario, long seed) {
        List<YearMonth> ms;
        List<double[]> rs;
        synchronized (this) {
            ms = List.copyOf(months);
            rs = List.copyOf(rows);
        }
        AtomicFiles.write(file, w -> {
            CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
            out.printRecord(RunWriter.header());
            for (int i = 0; i < rs.size(); i++) {
                List<String> r = new ArrayList<>(List.of(scenario, Long.toString(seed), ms.get(i).toString()));
                for (double v : rs.get(i)) {
                    r.add(Numbers.format(v));
                }
                out.printRecord(r);
            }
            out.flush();
        });
        return rs.size();
    }
}
