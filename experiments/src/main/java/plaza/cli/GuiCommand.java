package plaza.cli;

import java.awt.GraphicsEnvironment;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plaza.gui.Autoplay;
import plaza.gui.ClassroomConsole;
import plaza.gui.PlazaWithUI;
import plaza.model.RunConfig;
import plaza.scenario.Scenario;
import plaza.scenario.ScenarioLibrary;
import sim.display.Console;

/** {@code plaza gui}: the classroom console (MASON) with levers, a map of the network and live charts. */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open the classroom: MASON's console over the model, with the policy levers as sliders,"
                + " a map of plazas, crossings and shipments, and live charts (optionally against the baseline).",
                "Needs a display (on a machine without one, run it under xvfb-run)."})
public final class GuiCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = ScenarioLibrary.BASELINE,
            description = "Scenario to start with: a name in scenarios/ or a path to a .scenario file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed shown in the console (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scale", defaultValue = "100", paramLabel = "X", description = "People per person-agent (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--until", defaultValue = "2020-12", paramLabel = "YYYY-MM",
            description = "Last month simulated, 2007-01 to 2030-12 (default: ${DEFAULT-VALUE}, like 'plaza headline': a class sees"
                    + " where a lever leads after the Calderon term; 'run' and 'batch' default to 2012-12, the term itself, for speed).")
    String until;

    @Option(names = "--compare", description = "Start with the baseline comparison on.")
    boolean compare;

    @Option(names = "--present", description = "Presentation mode for a projector: large type, two charts at a time (each slot chooses which), key levers first.")
    boolean present;

    @Option(names = "--play", description = "Start playing at once (a recorded demonstration); when the run stops, print the last month"
            + " reached (YYYY-MM) on standard output.")
    boolean play;

    @Option(names = "--exit-when-done", description = "With --play: close the classroom when the run stops and exit with status 0.")
    boolean exitWhenDone;

    @Override
    public Integer call() throws Exception {
        // parse and load first, so bad input is reported (exit 2) whether or not there is a display
        ScenarioLibrary library = Project.scenarios();
        Scenario s = library.load(scenario);
        var month = RunConfig.checkUntil(Project.parseMonth(until, "--until"), RunConfig.OUTPUT_START);
        new RunConfig(s.name(), s.values(), seed, month, scale);
        if (exitWhenDone && !play) {
            throw new plaza.params.InputException("--exit-when-done needs --play (the classroom closes when the run it plays stops)");
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("plaza gui: no display available (DISPLAY is not set or Java runs headless)."
                    + " Run it on a desktop, or under a virtual display: xvfb-run -a ./plaza gui");
            return 1;
        }
        CountDownLatch closed = new CountDownLatch(1);
        PlazaWithUI[] gui = new PlazaWithUI[1];
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            gui[0] = new PlazaWithUI(library, s, seed, scale, month, compare, present);
            console[0] = ClassroomConsole.open(gui[0], ClassroomConsole.CLASSROOM_PLAY_SLEEP);
            console[0].addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    closed.countDown();
                }
            });
        });
        if (play) {
            Autoplay.start(console[0], gui[0], last -> {
                System.out.println(last);
                System.out.flush();
                if (exitWhenDone) {
                    SwingUtilities.invokeLater(() -> {
                        gui[0].quit();
                        console[0].dispose();
                    });
                }
            });
        }
        closed.await();
        return 0;
    }
}
