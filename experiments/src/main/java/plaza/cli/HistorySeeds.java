package plaza.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import plaza.batch.ExperimentDefinition;
import plaza.calibration.HistoryEnsemble;
import plaza.io.Numbers;

/**
 * {@code --seeds history}: replaces a batch's seeds by the first R accepted seeds of the
 * history-matched ensemble ({@link HistoryEnsemble}), the same seeds for every scenario (common
 * random numbers), after checking that the ensemble was matched on this code and data. A stale
 * ensemble is used as it is, with a warning that says why and the command that rebuilds it.
 */
final class HistorySeeds {

    private HistorySeeds() {}

    /** The ensemble file of the scenario library. */
    static Path file() {
        return Project.home().resolve("scenarios").resolve(HistoryEnsemble.FILE);
    }

    /**
     * Applies {@code option} ("history", "plain", or null for the definition's own choice) to the
     * definition; with history, sets its seed list and returns the ensemble, else returns null.
     */
    static HistoryEnsemble apply(ExperimentDefinition def, String option, PrintWriter err) {
        if (option != null) {
            def.seedSource(option, "--seeds: ");
        }
        if (!def.seedSource().equals(ExperimentDefinition.HISTORY)) {
            return null;
        }
        Path f = file();
        HistoryEnsemble e = HistoryEnsemble.read(f);
        e.first(def.replications(), f); // refuses more replications than accepted seeds, with the rebuild command
        def.historySeeds(e.seeds());
        if (e.scale() != def.scale()) {
            err.println("plaza: warning: the history ensemble " + f + " was matched at scale " + Numbers.format(e.scale())
                    + ", this batch runs at scale " + Numbers.format(def.scale()) + ": its seeds are not matched at this scale");
        }
        String stale = e.staleness(Project.scenarios().load("baseline").values(), Project.targets());
        if (stale != null) {
            err.println("plaza: warning: the history ensemble " + f + " is stale: " + stale
                    + "; its seeds may no longer match the record. Rebuild it (a few minutes) with:\n  " + e.rebuildCommand());
        } else {
            err.println("plaza: seeds from the history ensemble (" + e.seeds().size() + " accepted of " + e.candidates()
                    + " candidates, current): " + def.seedList());
        }
        err.flush();
        return e;
    }

    /** The command's error stream (where tests read it), or stderr when it runs without picocli. */
    static PrintWriter err(picocli.CommandLine.Model.CommandSpec spec) {
        return spec != null ? spec.commandLine().getErr() : new PrintWriter(System.err, true);
    }
}
