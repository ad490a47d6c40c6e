package plaza.analysis;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

/**
 * One simulated run as read back from a result directory: its scenario, seed and monthly values
 * of every metric column the file holds.
 *
 * @param source      the result directory it came from (for error messages and the report)
 * @param runId       run identifier within a batch, or the directory name for a single run
 * @param scenario    scenario name (with {@code #design point} when a batch varies parameters within one scenario)
 * @param seed        the run's seed, or null when the files do not say
 * @param replication replication number within its scenario (1 for a single run)
 * @param period      first and last month written
 * @param values      monthly values by metric column name, one entry per month of {@code period}
 */
public record Replication(Path source, String runId, String scenario, Long seed, int replication, Period period,
                          Map<String, double[]> values) {

    /** The values of one metric over {@code p}, which must lie within this run's period. */
    public double[] slice(String column, Period p) {
        double[] all = values.get(column);
        int start = offset(p.from());
        double[] out = new double[p.months()];
        System.arraycopy(all, start, out, 0, out.length);
        return out;
    }

    private int offset(YearMonth m) {
        return (m.getYear() - period.from().getYear()) * 12 + m.getMonthValue() - period.from().getMonthValue();
    }
}
