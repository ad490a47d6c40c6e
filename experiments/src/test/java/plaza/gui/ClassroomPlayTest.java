package plaza.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import plaza.scenario.ScenarioLibrary;
import sim.display.Console;

/**
 * Play as a class presses it: the console {@code plaza gui} opens ({@link ClassroomConsole}), one
 * press of Play, and the run goes on to its last month; no lever moved means no lever marked, in
 * this run or the next; and {@code plaza gui --play --exit-when-done} run as a separate program
 * prints the last month reached and exits 0.
 */
class ClassroomPlayTest {

    @Test
    void onePressOfPlayRunsToTheLastMonth() throws Exception {
        needDisplay();
        PlazaWithUI gui = new PlazaWithUI(library(), library().load("baseline"), 3, 100, YearMonth.of(2009, 6), false);
        ClassroomConsole console = open(gui);
        try {
            // what --play does: one press, then wait for the console to stop by itself
            assertEquals(YearMonth.of(2009, 6), play(console, gui), "one press of Play runs to the last month");
            assertEquals(Long.MAX_VALUE, console.getWhenShouldPause(), "no automatic pause is set");
            String[] shown = new String[2];
            SwingUtilities.invokeAndWait(() -> {
                shown[0] = ((ClassroomInspector) gui.getInspector()).statusShown();
                shown[1] = gui.charts().runLabel();
            });
            assertTrue(shown[0].contains("Finished") && shown[0].contains("2009-06"), "the message line: " + shown[0]);
            assertEquals(30, gui.charts().runPoints(0), "January 2007 to June 2009 charted");
        } finally {
            close(console, gui);
        }
    }

    @Test
    void clearingThePauseFieldMeansNeverNotEveryMonth() {
        // MASON sets Long.MAX_VALUE for "never"; adding the 144 spin-up months overflowed to a negative step
        assertEquals(Long.MAX_VALUE, ClassroomConsole.shownToSteps(Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE - 1, ClassroomConsole.shownToSteps(Long.MAX_VALUE - 1));
        assertEquals(12 + 144, ClassroomConsole.shownToSteps(12));
        assertEquals(144, ClassroomConsole.SPIN_UP_MONTHS);
    }

    /**
     * A run paused and resumed a few times (each pause refreshes the model tab while the levers'
     * paths move: troops ramp in 2007-2008, fentanyl revenue rises from 2014), then a second run:
     * nothing was moved, so nothing is marked, the legend names only the scenario and the message
     * line says "Finished", never "For the next run: ...".
     */
    @Test
    void untouchedLeversAreNeverMarkedAsChanged() throws Exception {
        needDisplay();
        PlazaWithUI gui = new PlazaWithUI(library(), library().load("baseline"), 5, 100, YearMonth.of(2014, 6), false);
        ClassroomConsole console = open(gui);
        try {
            for (int shown : new int[] {6, 14, 20, 86}) {
                pauseAfter(console, shown);
                Thread.sleep(200); // the model tab refreshes on the Swing thread
                SwingUtilities.invokeAndWait(() -> { });
            }
            assertEquals(YearMonth.of(2014, 6), play(console, gui), "resumed, the run goes on to its end");
            Thread.sleep(300);
            SwingUtilities.invokeAndWait(() -> { });
            assertUntouched(gui, "Finished");
            // the next run starts from the same values: nothing "set before start"
            pauseAfter(console, 3);
            Thread.sleep(300);
            SwingUtilities.invokeAndWait(() -> { });
            assertUntouched(gui, "Running");
            assertEquals(library().load("baseline").values(), gui.choices().values(), "the values in force are the scenario's");
        } finally {
            close(console, gui);
        }
    }

    /** Only Leader targeting moved before Play: it alone is marked and named, in this run and the next. */
    @Test
    void onlyTheLeverMovedIsMarked() throws Exception {
        needDisplay();
        PlazaWithUI gui = new PlazaWithUI(library(), library().load("baseline"), 3, 100, YearMonth.of(2007, 9), false);
        ClassroomConsole console = open(gui);
        try {
            int kingpin = gui.choices().levers().all().indexOf(plaza.params.IntelligenceParameters.KINGPIN_INTENSITY);
            ClassroomInspector inspector = (ClassroomInspector) gui.getInspector();
            SwingUtilities.invokeAndWait(() -> inspector.properties().setValue(kingpin, "2"));
            for (int run = 1; run <= 2; run++) {
                assertEquals(YearMonth.of(2007, 9), play(console, gui), "run " + run);
                Thread.sleep(300);
                SwingUtilities.invokeAndWait(() -> { });
                List<String>[] marked = new List[1];
                String[] shown = new String[2];
                SwingUtilities.invokeAndWait(() -> {
                    marked[0] = gui.charts().markerLabels(0).texts();
                    shown[0] = gui.charts().runLabel();
                    shown[1] = inspector.statusShown();
                });
                assertEquals(List.of("set before start: Leader targeting"), marked[0], "run " + run);
                assertEquals("this run: baseline + Leader targeting", shown[0].replaceAll("^this run \\| ", ""), "run " + run);
                assertTrue(shown[1].contains("Finished"), "run " + run + ": " + shown[1]);
            }
        } finally {
            close(console, gui);
        }
    }

    private static void assertUntouched(PlazaWithUI gui, String status) throws Exception {
        String[] shown = new String[2];
        int[] markers = new int[1];
        SwingUtilities.invokeAndWait(() -> {
            shown[0] = ((ClassroomInspector) gui.getInspector()).statusShown();
            shown[1] = gui.charts().runLabel();
            markers[0] = gui.charts().markers(0);
        });
        assertTrue(shown[0].contains(status), "the message line says " + status + ": " + shown[0]);
        assertFalse(shown[0].contains("For the next run") || shown[0].contains("\u2192"), "no lever reported moved: " + shown[0]);
        assertEquals("this run: baseline", shown[1], "the legend names only the scenario");
        assertEquals(0, markers[0], "no lever change marked");
    }

    /** {@code plaza gui --play --until 2012-12 --exit-when-done} as its own program on the display: the month reached, exit 0. */
    @Test
    void theUnattendedRunPrintsTheMonthReachedAndExits() throws Exception {
        needDisplay();
        Path home = Path.of("..").toAbsolutePath().normalize();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dplaza.home=" + home, "-cp", System.getProperty("java.class.path"), "plaza.cli.PlazaCli",
                "gui", "baseline", "--play", "--until", "2012-12", "--exit-when-done").redirectErrorStream(false).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        boolean ended = p.waitFor(240, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "plaza gui --play --exit-when-done ended by itself; stderr: " + err.get());
        assertEquals(0, p.exitValue(), "exit status; stderr: " + err.get());
        List<String> lines = out.get().lines().filter(l -> !l.isBlank()).toList();
        assertFalse(lines.isEmpty(), "something printed; stderr: " + err.get());
        assertEquals("2012-12", lines.get(lines.size() - 1), "the last line is the last month reached");
    }

    @Test
    void exitWhenDoneWithoutPlayIsRefused() {
        var cl = plaza.cli.PlazaCli.commandLine();
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err, true));
        assertEquals(2, cl.execute("gui", "baseline", "--exit-when-done"), err.toString());
        assertTrue(err.toString().contains("--exit-when-done needs --play"), err.toString());
    }

    private static YearMonth play(Console console, PlazaWithUI gui) throws Exception {
        CompletableFuture<YearMonth> reached = new CompletableFuture<>();
        SwingUtilities.invokeAndWait(() -> console.setWhenShouldPause(Long.MAX_VALUE)); // as MASON does after a pause
        Autoplay.start(console, gui, reached::complete);
        return reached.get(180, TimeUnit.SECONDS);
    }

    /** Plays (or resumes) until {@code shown} months are shown, as typed in the console's pause field. */
    private static void pauseAfter(ClassroomConsole console, long shown) throws Exception {
        ClassroomConsoleTest.runUntilPaused(console, shown, ClassroomConsole.SPIN_UP_MONTHS + shown);
    }

    static ClassroomConsole open(PlazaWithUI gui) throws Exception {
        ClassroomConsole[] box = new ClassroomConsole[1];
        SwingUtilities.invokeAndWait(() -> box[0] = ClassroomConsole.open(gui, 0));
        return box[0];
    }

    static void close(Console console, PlazaWithUI gui) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            console.pressStop();
            gui.quit();
            console.dispose();
        });
    }

    private static ScenarioLibrary library() {
        return new ScenarioLibrary(Path.of("..", "scenarios"));
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void needDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            Assumptions.abort("no display: run the GUI test under xvfb-run (.ci/run does this)");
        }
    }
}
