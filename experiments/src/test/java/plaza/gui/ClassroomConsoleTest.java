package plaza.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import plaza.model.PlazaModel;
import plaza.params.IntelligenceParameters;
import plaza.scenario.ScenarioLibrary;
import sim.display.Console;

/**
 * Starts the classroom console on a (virtual) display, runs a simulated year, moves a lever as the
 * instructor would, runs another year, and saves screenshots of the console, the map and a chart to
 * {@code results/}. CI runs it under xvfb-run; without any display it is skipped with a message.
 */
class ClassroomConsoleTest {

    private static final int SPIN_UP_STEPS = (int) ClassroomConsole.SPIN_UP_MONTHS;

    @Test
    void consoleStepsAYearTakesALeverChangeAndSavesScreenshots() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            Assumptions.abort("no display: run the GUI test under a virtual display, e.g."
                    + " xvfb-run -a -s \"-screen 0 1600x1000x24\" mvn verify (.ci/run does this)");
        }
        Path home = home();
        ScenarioLibrary library = new ScenarioLibrary(home.resolve("scenarios"));
        PlazaWithUI gui = new PlazaWithUI(library, library.load("baseline"), 7, 100, YearMonth.of(2012, 12), true);
        Console console = open(gui);
        try {
            // a simulated year: January to December 2007
            runUntilPaused(console, SPIN_UP_STEPS + 12);
            PlazaModel model = (PlazaModel) gui.state;
            assertEquals(YearMonth.of(2008, 1), model.month(), "twelve steps after the spin-up are one year");
            Thread.sleep(200);
            String[] difference = new String[1];
            SwingUtilities.invokeAndWait(() -> difference[0] = gui.charts().differenceShown());
            assertTrue(difference[0].startsWith("Homicides since 2007: +0.0% vs baseline ("), "same seed, no lever moved: " + difference[0]);

            // the instructor triples leader targeting from January 2008
            ClassroomInspector inspector = (ClassroomInspector) gui.getInspector();
            int kingpin = gui.choices().levers().all().indexOf(IntelligenceParameters.KINGPIN_INTENSITY);
            SwingUtilities.invokeAndWait(() -> inspector.properties().setValue(kingpin, "3"));
            assertEquals(3.0, model.params().get(IntelligenceParameters.KINGPIN_INTENSITY), "the running model takes the lever");

            runUntilPaused(console, SPIN_UP_STEPS + 24);
            SwingUtilities.invokeAndWait(() -> { });
            ClassroomCharts charts = gui.charts();
            boolean[] legend = new boolean[1];
            SwingUtilities.invokeAndWait(() -> legend[0] = charts.baselineInLegend());
            assertTrue(legend[0], "comparing: the legends name the baseline");
            int[] counts = new int[3];
            double[][] homicides = new double[2][];
            SwingUtilities.invokeAndWait(() -> {
                counts[0] = charts.runPoints(0);
                counts[1] = charts.baselinePoints(0);
                counts[2] = charts.markers(0);
                homicides[0] = charts.runValues(0);
                homicides[1] = charts.baselineValues(0);
            });
            assertEquals(24, counts[0], "the run is charted month by month");
            assertEquals(24, counts[1], "the baseline runs in lock-step");
            assertEquals(1, counts[2], "the lever change is marked");
            // same seed: identical until the lever moves, different after
            for (int i = 0; i < 12; i++) {
                assertEquals(homicides[1][i], homicides[0][i], 1e-9, "2007 month " + (i + 1) + " matches the baseline");
            }
            assertNotEquals(sum(homicides[1], 12, 24), sum(homicides[0], 12, 24), "2008 differs once the lever moved");
            // on screen: the run's homicides since January 2007 against the baseline's, as charted
            SwingUtilities.invokeAndWait(() -> difference[0] = charts.differenceShown());
            double percent = 100 * (sum(homicides[0], 0, 24) - sum(homicides[1], 0, 24)) / sum(homicides[1], 0, 24);
            assertEquals(String.format(java.util.Locale.ROOT, "Homicides since 2007: %+.1f%% vs baseline (%,.0f vs %,.0f)", percent,
                    sum(homicides[0], 0, 24), sum(homicides[1], 0, 24)), difference[0]);
            assertNotEquals(0.0, Math.round(percent * 10) / 10.0, "the difference once the lever moved: " + difference[0]);

            Thread.sleep(700);
            SwingUtilities.invokeAndWait(() -> { });
            Path results = Files.createDirectories(home.resolve("results"));
            BufferedImage screen = new Robot().createScreenCapture(
                    new Rectangle(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds()));
            BufferedImage consoleImage = paint(console);
            BufferedImage chart = charts.image(0, 900, 480);
            save(screen, results.resolve("gui-screen.png"));
            save(consoleImage, results.resolve("gui-console.png"));
            save(chart, results.resolve("gui-chart.png"));
            assertTrue(colours(consoleImage) > 50, "console screenshot is not blank");
            assertTrue(colours(chart) > 50, "chart screenshot is not blank");
            assertTrue(colours(screen) > 50, "screen capture is not blank");
        } finally {
            SwingUtilities.invokeAndWait(() -> {
                console.pressStop();
                gui.quit();
                console.dispose();
            });
        }
    }

    /** Opens the console over the classroom on the Swing thread, model tab in front. */
    static Console open(PlazaWithUI gui) throws Exception {
        Console[] box = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            box[0] = new Console(gui);
            box[0].setIncrementSeedOnStop(false);
            ClassroomConsole.showModelTab(box[0]);
            box[0].setVisible(true);
        });
        return box[0];
    }

    static void runUntilPaused(Console console, long steps) throws Exception {
        runUntilPaused(console, steps, steps);
    }

    /**
     * Plays or resumes with {@code pauseAt} typed into the console's pause field, until the schedule
     * has run {@code steps} months (a {@link ClassroomConsole} counts the pause field in shown months).
     */
    static void runUntilPaused(Console console, long pauseAt, long steps) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            console.setWhenShouldPause(pauseAt);
            if (console.getPlayState() == Console.PS_PAUSED) {
                console.pressPause(); // MASON resumes a paused run with the pause button
            } else {
                console.pressPlay();
            }
        });
        waitFor(() -> console.getPlayState() == Console.PS_PAUSED
                && console.getSimulation().state.schedule.getSteps() >= steps, 60_000);
    }

    private static void waitFor(BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("console did not pause within " + millis + " ms");
            }
            Thread.sleep(20);
        }
    }

    private static double sum(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v[i];
        }
        return s;
    }

    private static BufferedImage paint(Component c) throws Exception {
        BufferedImage[] img = new BufferedImage[1];
        SwingUtilities.invokeAndWait(() -> {
            img[0] = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = img[0].createGraphics();
            c.paintAll(g);
            g.dispose();
        });
        return img[0];
    }

    private static void save(BufferedImage img, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        ImageIO.write(img, "png", tmp.toFile());
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Distinct colours in an image: a blank or one-colour window has very few. */
    static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

    /** The project root: surefire runs in experiments/, the launcher in the root. */
    private static Path home() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("scenarios")) ? here : here.getParent();
    }

}
