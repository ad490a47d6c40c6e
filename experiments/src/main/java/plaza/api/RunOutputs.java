package plaza.api;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.StatUtils;

import plaza.io.RunWriter;
import plaza.output.Event;
import plaza.output.Metric;
import plaza.output.PlazaRow;

/**
 * A run's outputs held in memory: every written month's {@link MonthRow}, and the plaza and event rows
 * of each month. The numbers are those {@code plaza run} writes for the same scenario, seed, period
 * and scale; {@link #writeCsv(Path)} writes them as byte-identical {@code timeseries.csv},
 * {@code plazas.csv} and {@code events.csv}. Immutable.
 */
public final class RunOutputs {

    private final Run run;
    private final List<MonthRow> rows;
    private final Map<YearMonth, List<PlazaRow>> plazas;
    private final Map<YearMonth, List<Event>> events;

    RunOutputs(Run run, List<MonthRow> rows, Map<YearMonth, List<PlazaRow>> plazas, Map<YearMonth, List<Event>> events) {
        this.run = run;
        this.rows = List.copyOf(rows);
        this.plazas = Collections.unmodifiableMap(new LinkedHashMap<>(plazas));
        this.events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
    }

    /**
     * The run that produced these outputs.
     *
     * @return the run (scenario, seed, period, scale)
     */
    public Run run() {
        return run;
    }

    /**
     * The time series, one row per written month.
     *
     * @return the months in order
     */
    public List<MonthRow> months() {
        return rows;
    }

    /**
     * One month's row.
     *
     * @param month a written month
     * @return its row
     * @throws InvalidInputException when the run did not write that month
     */
    public MonthRow month(YearMonth month) {
        int i = index(month);
        if (i < 0 || i >= rows.size()) {
            throw new InvalidInputException("month " + month + " is not in the outputs; they cover " + run.from() + " to " + run.until());
        }
        return rows.get(i);
    }

    /**
     * One metric over every written month.
     *
     * @param metric the metric
     * @return its monthly values, first month first
     */
    public double[] series(Metric metric) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i).get(metric);
        }
        return out;
    }

    /**
     * One number for a metric over a period, as {@code plaza compare} and batch summaries compute it:
     * the total for a flow (unit "... per month"), the mean for a stock.
     *
     * @param metric the metric
     * @param from   first month, inclusive
     * @param to     last month, inclusive
     * @return the period total (flows) or mean (stocks)
     * @throws InvalidInputException when the period is empty or not within the written months
     */
    public double summary(Metric metric, YearMonth from, YearMonth to) {
        int a = index(from);
        int b = index(to);
        if (b < a || a < 0 || b >= rows.size()) {
            throw new InvalidInputException("period " + from + ":" + to + " is not within the outputs, which cover "
                    + run.from() + " to " + run.until());
        }
        double[] v = java.util.Arrays.copyOfRange(series(metric), a, b + 1);
        return metric.isFlow() ? StatUtils.sum(v) : StatUtils.mean(v);
    }

    /**
     * The plaza rows of every written month.
     *
     * @return month to rows (one per plaza), in month order
     */
    public Map<YearMonth, List<PlazaRow>> plazas() {
        return plazas;
    }

    /**
     * The events of every written month.
     *
     * @return month to events in the order they happened (empty lists for quiet months), in month order
     */
    public Map<YearMonth, List<Event>> events() {
        return events;
    }

    /**
     * Writes {@code timeseries.csv}, {@code plazas.csv} and {@code events.csv} into a directory, byte
     * for byte as {@code plaza run} writes them for the same run (each file under a temporary name
     * first, renamed into place when complete). The directory's other files are left alone.
     *
     * @param dir the directory (created if missing)
     */
    public void writeCsv(Path dir) {
        try (RunWriter w = new RunWriter(dir, run.scenario().name(), run.seed(), run.from())) {
            for (MonthRow r : rows) {
                w.month(r.month(), r.values());
                w.plazas(r.month(), plazas.getOrDefault(r.month(), List.of()));
                w.events(r.month(), events.getOrDefault(r.month(), List.of()));
            }
            w.commit();
        }
    }

    private int index(YearMonth m) {
        YearMonth first = run.from();
        return (m.getYear() - first.getYear()) * 12 + m.getMonthValue() - first.getMonthValue();
    }
}
