package plaza.gui;

import java.time.YearMonth;
import java.util.function.Consumer;

import javax.swing.SwingUtilities;

import plaza.model.PlazaModel;
import sim.display.Console;

/**
 * The unattended classroom ({@code plaza gui --play}): presses play once the console is up (or resumes a paused run) and,
 * when the run stops (at its last month, or stopped by hand), reports the last month the model
 * simulated. Used for recorded demonstrations and by the tests.
 */
public final class Autoplay {

    private Autoplay() {}

    /**
     * Presses play on the console and calls {@code done} (on a background thread) with the last
     * month reached once the run has stopped. Call from any thread but the Swing thread.
     */
    public static void start(Console console, PlazaWithUI gui, Consumer<YearMonth> done) {
        Thread watcher = new Thread(() -> {
            try {
                SwingUtilities.invokeAndWait(() -> {
                    if (console.getPlayState() == Console.PS_PAUSED) {
                        console.pressPause(); // MASON resumes a paused run with its pause button
                    } else {
                        console.pressPlay();
                    }
                });
                while (console.getPlayState() != Console.PS_STOPPED) {
                    Thread.sleep(50);
                }
                done.accept(lastMonth(gui));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new IllegalStateException("the console could not start playing", e.getCause());
            }
        }, "plaza-autoplay");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The last month the classroom's model simulated (the month before the one it would simulate next). */
    static YearMonth lastMonth(PlazaWithUI gui) {
        return ((PlazaModel) gui.state).month().minusMonths(1);
    }
}
