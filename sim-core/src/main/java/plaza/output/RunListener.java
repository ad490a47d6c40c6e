package plaza.output;

import java.time.YearMonth;
import java.util.List;

/**
 * Receives a run's outputs month by month, so writers stream to disk and nothing is held in memory.
 * The model calls these methods from its recording phase, in month order.
 */
public interface RunListener {

    /** One row of the time series: values indexed by {@link Metric#ordinal()}. */
    void month(YearMonth month, double[] values);

    /**
     * A month before the output window (1995-2006, the history before the Calderon offensive):
     * written to files only with {@code --from}, but validation compares the 1995-2000 record of
     * 002 and the pre-crackdown levels (2005 homicides, 2006 extraditions and complaints) with targets.
     */
    default void spinUpMonth(YearMonth month, double[] values) {}

    /** The plaza rows of a month before the output window (see {@link #spinUpMonth}). */
    default void spinUpPlazas(YearMonth month, List<PlazaRow> rows) {}

    /** The events of a month before the output window (see {@link #spinUpMonth}). */
    default void spinUpEvents(YearMonth month, List<Event> events) {}

    /** One row per plaza for the month. */
    default void plazas(YearMonth month, List<PlazaRow> rows) {}

    /** Events that happened in the month, in order. */
    default void events(YearMonth month, List<Event> events) {}

    /**
     * The whole run from 1995 as one stream: {@code l} receives the months before the output window
     * through {@link #month}, {@link #plazas} and {@link #events}, like the months after it.
     */
    static RunListener wholeRun(RunListener l) {
        return new RunListener() {
            @Override public void month(YearMonth month, double[] values) { l.month(month, values); }
            @Override public void spinUpMonth(YearMonth month, double[] values) { l.month(month, values); }
            @Override public void plazas(YearMonth month, List<PlazaRow> rows) { l.plazas(month, rows); }
            @Override public void spinUpPlazas(YearMonth month, List<PlazaRow> rows) { l.plazas(month, rows); }
            @Override public void events(YearMonth month, List<Event> events) { l.events(month, events); }
            @Override public void spinUpEvents(YearMonth month, List<Event> events) { l.events(month, events); }
        };
    }
}
