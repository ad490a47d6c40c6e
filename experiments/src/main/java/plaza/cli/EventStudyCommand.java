package plaza.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plaza.analysis.EventStudy;
import plaza.analysis.EventStudyOutput;
import plaza.io.Numbers;
import plaza.params.InputException;

/** {@code plaza eventstudy}: a plaza outcome in the months around events, against plazas without them. */
@Command(name = "eventstudy", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"An event study on runs: for each event (e.g. a leader removed), the plaza's outcome around it, differenced",
                "from the month before, against plazas without such an event in the window; averaged with 90%% intervals.",
                "Writes eventstudy-EVENT-OUTCOME.csv and .png."})
public final class EventStudyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESULT_DIR", description = "A run directory (results/baseline/seed-1) or a folder of runs (results/baseline).")
    Path dir;

    @Option(names = "--event", paramLabel = "TYPE", defaultValue = "leader_removed",
            description = "Event type of events.csv, or leader_removed (arrested, killed or extradited) (default: ${DEFAULT-VALUE}).")
    String event;

    @Option(names = "--window", paramLabel = "FROM:TO", defaultValue = "-6:12", description = "Months around the event (default: ${DEFAULT-VALUE}).")
    String window;

    @Option(names = "--outcome", paramLabel = "COLUMN", defaultValue = "homicides", description = "A column of plazas.csv (default: ${DEFAULT-VALUE}).")
    String outcome;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: RESULT_DIR/eventstudy/).")
    Path out;

    @Override
    public Integer call() {
        String[] w = window.split(":");
        int from;
        int to;
        try {
            from = Integer.parseInt(w[0].trim());
            to = Integer.parseInt(w[1].trim());
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new InputException("--window '" + window + "' is malformed; expected FROM:TO in months, e.g. -6:12");
        }
        if (w.length != 2 || from < -120 || to > 120 || from >= to) {
            throw new InputException("--window " + window + " is out of range; allowed FROM:TO with -120 <= FROM < TO <= 120");
        }
        EventStudy.Result r = EventStudy.of(dir, event, outcome, from, to);
        if (r.events() == 0) {
            throw new InputException(dir + ": no '" + event + "' event has its whole window (" + window + ") inside its run and a plaza"
                    + " without the event to compare with (" + r.dropped() + " left out); use a shorter window or longer runs");
        }
        Path o = out != null ? out : dir.resolve("eventstudy");
        plaza.io.ResultDirs.requireDirectory(o); // a file, a path under one, or no write access: exit 2
        Path png = EventStudyOutput.write(r, o);
        System.out.printf("%d %s events in %d run(s) (%d left out: window outside the run or no comparison plaza); interval over %s%n",
                r.events(), event, r.runs(), r.dropped(), r.clusteredByRun() ? "runs" : "events (a single run)");
        for (EventStudy.Row row : r.rows()) {
            if (row.k() == 0 || row.k() == to || row.k() == to / 2) {
                System.out.printf("  month %+d: %s %s (90%% interval %s to %s)%n", row.k(), outcome, signed(row.effect()),
                        signed(row.low()), signed(row.high()));
            }
        }
        System.out.println("wrote " + png + " and " + png.toString().replace(".png", ".csv"));
        return 0;
    }

    private static String signed(double v) {
        return Double.isNaN(v) ? "n/a" : (v >= 0 ? "+" : "") + Numbers.format(Math.round(v * 100) / 100.0);
    }
}
