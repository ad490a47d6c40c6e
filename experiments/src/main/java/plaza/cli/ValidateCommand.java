package plaza.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import plaza.calibration.Evaluation;
import plaza.calibration.KnownMisses;
import plaza.calibration.Reports;
import plaza.calibration.Target;
import plaza.calibration.Targets;
import plaza.calibration.Validator;
import plaza.params.ParameterValues;
import plaza.scenario.Scenario;

/** {@code plaza validate}: compares a scenario's runs with the in-sample targets from the reports. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a scenario over seeds 1..K and compare it with the targets in seeds/targets.csv.",
                "Writes validation.csv and validation.md; a target passes when the mean over seeds lies in its range",
                "and at least half of the runs do (run by run); the share of runs inside is reported for every target.",
                "Known misses (seeds/known-misses.csv, beside the targets table) are shown with their reason and do not fail it.",
                "Exit 0 if every evaluated target passes or is a declared known miss, 1 otherwise, 2 on bad input."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "Scenario name or .scenario file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--seeds", defaultValue = "10", paramLabel = "K", description = "Seeds 1..K (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--history", description = "Run the first K accepted seeds of the history-matched ensemble (scenarios/history.ensemble) instead of seeds 1..K.")
    boolean history;

    @Option(names = "--until", defaultValue = "2012-12", paramLabel = "YYYY-MM",
            description = "Last month simulated; targets after it are reported as not evaluated (default: ${DEFAULT-VALUE}).")
    String until;

    @Option(names = "--scale", defaultValue = "100", paramLabel = "X", description = "People per person-agent (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--set", paramLabel = "name=value",
            description = "Override a parameter (repeatable), e.g. an alternative figure from seeds/evidence.csv.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--targets", paramLabel = "FILE", description = "Targets table (default: seeds/targets.csv).")
    Path targetsFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Report directory (default: results/validation-<scenario>/).")
    Path out;

    @Override
    public Integer call() {
        Path table = targetsFile != null ? targetsFile : Project.targets();
        List<Target> targets = Targets.load(table);
        KnownMisses known = KnownMisses.besideTargets(table, targets);
        Scenario s = Project.scenarios().load(scenario);
        ParameterValues values = Project.applySets(s, sets);
        Path dir = out != null ? out : Project.results().resolve("validation-" + s.name());
        plaza.io.ResultDirs.requireDirectory(dir); // before the runs: a bad --out exits 2 at once
        Evaluation e;
        long[] runSeeds = null;
        try (Validator v = new Validator(targets, seeds, Project.parseMonth(until, "--until"), scale,
                Validator.defaultThreads())) {
            // the month check of RunConfig runs before any thread starts
            new plaza.model.RunConfig(s.name(), values, 1, v.until(), scale);
            if (history) {
                plaza.calibration.HistoryEnsemble h = plaza.calibration.HistoryEnsemble.read(HistorySeeds.file());
                List<Long> first = h.first(seeds, HistorySeeds.file());
                String stale = h.staleness(Project.scenarios().load("baseline").values(), Project.targets());
                if (stale != null) {
                    spec.commandLine().getErr().println("plaza: warning: the history ensemble " + HistorySeeds.file() + " is stale: "
                            + stale + ". Rebuild it with:\n  " + h.rebuildCommand());
                }
                runSeeds = first.stream().mapToLong(Long::longValue).toArray();
                e = new Evaluation(targets, values, v.until(), v.evaluateSeeds(s.name(), values, runSeeds));
            } else {
                e = v.evaluate(s.name(), values);
            }
        }
        String title = "Validation of " + s.name() + (sets.isEmpty() ? "" : " with " + String.join(" ", sets));
        String md = Reports.validationMarkdown(e, title, seeds, known);
        if (runSeeds != null) {
            md = md.replace("Seeds 1-" + seeds + ",", "The history ensemble's first " + seeds + " seeds ("
                    + String.join(", ", java.util.Arrays.stream(runSeeds).mapToObj(Long::toString).toList()) + "),");
        }
        Reports.writeValidationCsv(e, known, dir.resolve("validation.csv"));
        Reports.write(dir.resolve("validation.md"), md);
        out().print(md);
        out().println("wrote " + dir.resolve("validation.csv") + " and validation.md");
        return known.onlyKnownMissesFail(e) ? PlazaCli.OK : PlazaCli.FAILURE;
    }

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
