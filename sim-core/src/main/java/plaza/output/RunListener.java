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
     * A month of the 2005-2006 spin-up, before outputs start: not written to files, but validation
     * compares pre-crackdown levels (2005 homicides, 2006 extraditions and complaints) with targets.
     */
    default void spinUpMonth(YearMonth month, double[] values) {}

    /** One row per plaza for the month. */
    default void plazas(YearMonth month, List<PlazaRow> rows) {}

    /** Events that happened in the month, in order. */
    default void events(YearMonth month, List<Event> events) {}
}
