package plaza.api;

import java.time.YearMonth;
import java.util.List;

import plaza.output.Event;
import plaza.output.PlazaRow;

/**
 * Receives a run's outputs month by month, as the model produces them ({@link Run#run(RunObserver)}):
 * nothing is kept unless the observer keeps it. Calls come in month order from the thread that runs
 * the model; for each written month {@link #month}, then {@link #plazas}, then {@link #events}. Only the
 * months the run writes are passed (from {@link Run#from(YearMonth)}, by default 2007-01), the same
 * months {@code plaza run} writes to its files. Every method does nothing unless overridden.
 */
public interface RunObserver {

    /**
     * One month of the time series ({@code timeseries.csv}'s row).
     *
     * @param row the month and the value of every {@link plaza.output.Metric}
     */
    default void month(MonthRow row) { }

    /**
     * One row per plaza for the month ({@code plazas.csv}'s rows).
     *
     * @param month the month
     * @param rows  the plazas, in the file's order (an unmodifiable copy the observer may keep)
     */
    default void plazas(YearMonth month, List<PlazaRow> rows) { }

    /**
     * What happened in the month, in order ({@code events.csv}'s rows).
     *
     * @param month  the month
     * @param events the events (an unmodifiable copy the observer may keep); often empty
     */
    default void events(YearMonth month, List<Event> events) { }
}
