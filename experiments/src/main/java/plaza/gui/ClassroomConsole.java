package plaza.gui;

import java.time.temporal.ChronoUnit;

import plaza.model.RunConfig;
import sim.display.Console;

/**
 * MASON's console with its automatic pause counted in the months the class sees: "pause at step 12"
 * pauses after December 2007, not twelve months into the silent 1995-2006 history (the schedule's
 * step and time counters include the spin-up months, which the classroom runs before showing
 * anything).
 */
public final class ClassroomConsole extends Console {

    private static final long serialVersionUID = 1L;
    /** Months the model runs before the first month shown (1995-01 to 2006-12). */
    static final long SPIN_UP_MONTHS = ChronoUnit.MONTHS.between(RunConfig.START, RunConfig.OUTPUT_START);

    public ClassroomConsole(PlazaWithUI gui) {
        super(gui);
    }

    @Override
    public void setWhenShouldPause(long months) {
        super.setWhenShouldPause(months <= 0 ? months : months + SPIN_UP_MONTHS);
    }

    @Override
    public void setWhenShouldPauseTime(double months) {
        super.setWhenShouldPauseTime(months <= 0 ? months : months + SPIN_UP_MONTHS);
    }
}
