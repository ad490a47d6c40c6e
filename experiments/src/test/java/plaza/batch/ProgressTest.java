package plaza.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The batch's progress on stderr names the remaining time "ETA m:ss", on a terminal and in a log. */
class ProgressTest {

    private static final Pattern ETA = Pattern.compile("ETA \\d+:\\d\\d");

    @Test
    void theTerminalBarLabelsTheRemainingTime() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Progress p = new Progress(10, 0, 0, err, true, 0)) {
            p.runDone(true);
            p.runDone(true);
            p.runDone(false);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        // the bar redraws in place; its last state is what the user sees
        String[] frames = out.strip().split("\r");
        String last = frames[frames.length - 1].strip();
        assertTrue(last.contains("3/10"), last);
        assertTrue(ETA.matcher(last).find(), "the remaining time is labelled: " + last);
        assertTrue(last.contains("runs/s ETA "), "set apart from the speed: " + last);
        assertTrue(last.contains("1 failed"), last);
        // the bar's own ETA (an unlabelled clock in parentheses) is hidden: one clock after "ETA", not two
        assertFalse(Pattern.compile("\\(\\d+:\\d\\d:\\d\\d\\)").matcher(last.substring(last.indexOf("ETA"))).find(), last);
    }

    @Test
    void theLogLineLabelsTheRemainingTime() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress p = new Progress(4, 1, 0, err, false, 0);
        p.runDone(true);
        String line = p.line(System.nanoTime());
        assertTrue(line.startsWith("batch: 2/4 runs, 0 failed"), line);
        assertTrue(ETA.matcher(line).find(), line);
        p.runDone(true);
        p.runDone(true);
        p.close();
        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertTrue(lines[lines.length - 1].endsWith("ETA 0:00"), "finished: nothing remains: " + lines[lines.length - 1]);
        assertEquals("1:05", Progress.clock(65));
        assertEquals("1:01:01", Progress.clock(3661));
    }
}
