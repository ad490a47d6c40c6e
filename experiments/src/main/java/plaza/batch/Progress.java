package plaza.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Batch progress on stderr: runs done of total, failures, runs per second, elapsed time and ETA.
 * On a terminal a progress bar (me.tongfei progressbar) is redrawn in place; otherwise (CI logs,
 * redirected output) a plain line is printed at most every {@code intervalMillis}, and at the end.
 * Rate and ETA count only the runs of this invocation, so a resumed batch does not look faster.
 */
public final class Progress implements AutoCloseable {

    private final PrintStream err;
    private final int total;
    private final int initial;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private final ProgressBar bar;
    private int done;
    private int failed;
    private long lastPrint;

    Progress(int total, int alreadyDone, int alreadyFailed, PrintStream err, boolean terminal, long intervalMillis) {
        this.err = err;
        this.total = total;
        this.initial = alreadyDone;
        this.done = alreadyDone;
        this.failed = alreadyFailed;
        this.intervalNanos = intervalMillis * 1_000_000L;
        this.lastPrint = start;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("batch").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                    .setUnit(" runs", 1).startsFrom(alreadyDone, Duration.ZERO).hideEta()
                    .setConsumer(new InteractiveConsoleProgressBarConsumer(err))
                    .build();
            bar.setExtraMessage(extra(start));
        } else {
            bar = null;
        }
    }

    /** Whether stderr is probably a terminal: the JVM has a console (stdin and stdout are terminals). */
    public static boolean stderrIsTerminal() {
        String term = System.getenv("TERM");
        return System.console() != null && term != null && !term.equals("dumb");
    }

    synchronized void runDone(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(extra(System.nanoTime()));
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrint >= intervalNanos) {
            lastPrint = now;
            err.println(line(now));
        }
    }

    /** The bar's own label: the remaining time, labelled (the bar's unlabelled ETA is hidden), and failures. */
    private String extra(long now) {
        // the bar prints its extra message straight after the speed: the space sets it apart
        return " ETA " + eta(now) + (failed > 0 ? ", " + failed + " failed" : "");
    }

    private String eta(long now) {
        double elapsed = (now - start) / 1e9;
        double rate = elapsed > 0 ? (done - initial) / elapsed : 0;
        return done >= total ? "0:00" : rate > 0 ? clock((total - done) / rate) : "?";
    }

    synchronized String line(long now) {
        double elapsed = (now - start) / 1e9;
        int thisRun = done - initial;
        double rate = elapsed > 0 ? thisRun / elapsed : 0;
        String eta = eta(now);
        return String.format(Locale.ROOT, "batch: %d/%d runs, %d failed, %.2f runs/s, elapsed %s, ETA %s",
                done, total, failed, rate, clock(elapsed), eta);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        } else {
            err.println(line(System.nanoTime()));
        }
    }
}
