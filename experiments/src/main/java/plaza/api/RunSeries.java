package plaza.api;

import java.time.YearMonth;
import java.util.Arrays;

import plaza.analysis.Period;
import plaza.analysis.Replication;
import plaza.analysis.Statistics;
import plaza.output.Metric;

/**
 * One run's time series read back from a result directory: its scenario, seed and the monthly value
 * of every metric. Immutable.
 */
public final class RunSeries {

    private final Replication run;

    RunSeries(Replication run) {
        this.run = run;
    }

    /**
     * The scenario.
     *
     * @return the scenario name ({@code name#point} for a design point of a sweep)
     */
    public String scenario() {
        return run.scenario();
    }

    /**
     * The seed.
     *
     * @return the run's seed, or null when its files do not say
     */
    public Long seed() {
        return run.seed();
    }

    /**
     * The replication number within its scenario.
     *
     * @return 1 for the first replication (and for a single run)
     */
    public int replication() {
        return run.replication();
    }

    /**
     * The first month in the files.
     *
     * @return the first month
     */
    public YearMonth from() {
        return run.period().from();
    }

    /**
     * The last month in the files.
     *
     * @return the last month
     */
    public YearMonth until() {
        return run.period().to();
    }

    /**
     * One metric over every month of the run.
     *
     * @param metric the metric
     * @return its monthly values, first month first (a copy)
     * @throws InvalidInputException when the files have no column for it
     */
    public double[] series(Metric metric) {
        double[] v = run.values().get(metric.column());
        if (v == null) {
            throw new InvalidInputException(run.source() + " has no metric '" + metric.column() + "' (run " + run.runId() + ")");
        }
        return Arrays.copyOf(v, v.length);
    }

    /**
     * One number for a metric over a period, as {@code plaza compare} computes it: the total for a
     * flow, the mean for a stock.
     *
     * @param metric the metric
     * @param from   first month, inclusive
     * @param to     last month, inclusive
     * @return the period total (flows) or mean (stocks)
     * @throws InvalidInputException when the period is not within the run's months
     */
    public double summary(Metric metric, YearMonth from, YearMonth to) {
        series(metric);
        return Errors.guard(() -> {
            Period p = new Period(from, to);
            if (!run.period().covers(p)) {
                throw new InvalidInputException("period " + p + " is not within " + run.source() + " (run " + run.runId()
                        + " covers " + run.period() + ")");
            }
            return Statistics.summarise(run, metric, p);
        });
    }

    /**
     * The run's identity.
     *
     * @return scenario, seed and months
     */
    @Override
    public String toString() {
        return run.scenario() + " seed " + run.seed() + " " + run.period();
    }
}
