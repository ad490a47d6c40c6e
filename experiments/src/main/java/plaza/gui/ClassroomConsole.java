package plaza.gui;

import java.time.temporal.ChronoUnit;

import plaza.model.RunConfig;
import sim.display.Console;

/**
 * MASON's console with its automatic pause counted in the months the class sees: "pause at step 12"
 * pauses after December 2007, not twelve months into the silent 1995-2006 history (the schedule's
 * step and time counters include the spin-up months, which the classroom runs before showing
 * anything). MASON's "never pause" ({@link Long#MAX_VALUE}, set whenever the field is cleared or a
 * pause is reached) stays "never": adding the spin-up to it would overflow to a negative step and
 * pause after every month.
 */
public final class ClassroomConsole extends Console {

    private static final long serialVersionUID = 1L;
    /** Months the model runs before the first month shown (1995-01 to 2006-12). */
    static final long SPIN_UP_MONTHS = ChronoUnit.MONTHS.between(RunConfig.START, RunConfig.OUTPUT_START);
    /** Milliseconds between months when playing in front of a class ({@code plaza gui}). */
    public static final long CLASSROOM_PLAY_SLEEP = 120;

    public ClassroomConsole(PlazaWithUI gui) {
        super(gui);
    }

    /**
     * The console as {@code plaza gui} opens it, on the Swing thread: the seed kept on stop (a rerun
     * repeats), {@code playSleep} milliseconds between months, the model tab in front, visible.
     */
    public static ClassroomConsole open(PlazaWithUI gui, long playSleep) {
        ClassroomConsole console = new ClassroomConsole(gui);
        console.setIncrementSeedOnStop(false);
        console.setPlaySleep(playSleep);
        showModelTab(console);
        console.setVisible(true);
        return console;
    }

    /** Brings the model tab (scenario, comparison, levers) to the front of a console. */
    public static void showModelTab(Console console) {
        javax.swing.JTabbedPane tabs = console.getTabPane();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if ("Model".equals(tabs.getTitleAt(i))) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    @Override
    public void setWhenShouldPause(long months) {
        super.setWhenShouldPause(shownToSteps(months));
    }

    @Override
    public void setWhenShouldPauseTime(double months) {
        // infinity (never) stays infinity
        super.setWhenShouldPauseTime(months <= 0 ? months : months + SPIN_UP_MONTHS);
    }

    /** A pause step counted in shown months as the schedule's step; "never" and non-positive values unchanged. */
    static long shownToSteps(long months) {
        return months <= 0 || months > Long.MAX_VALUE - SPIN_UP_MONTHS ? months : months + SPIN_UP_MONTHS;
    }
}
