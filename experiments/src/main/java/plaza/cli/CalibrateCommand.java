package plaza.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import plaza.calibration.Calibrator;
import plaza.calibration.EvidenceTable;
import plaza.calibration.Reports;
import plaza.calibration.Target;
import plaza.calibration.Targets;
import plaza.calibration.Validator;
import plaza.io.AtomicFiles;
import plaza.io.CodeVersion;
import plaza.model.RunConfig;
import plaza.params.InputException;
import plaza.params.Parameter;
import plaza.params.ParameterValues;
import plaza.scenario.Scenario;
import plaza.scenario.ScenarioLibrary;

/**
 * {@code plaza calibrate}: fits the catalog's FITTED parameters to the targets and writes them to
 * {@code scenarios/_fitted.scenario}, which the baseline extends. The fit starts from the catalog
 * defaults and ignores the current fitted file, so the same options give the same file.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit the parameters the catalog marks 'fitted' to seeds/targets.csv with CMA-ES.",
                "Objective: mean over targets of the squared miss outside the target's range (in units of the range's",
                "width) of the mean over seeds 1..K, plus the squared share of those runs outside the range, so that",
                "the runs themselves and not only their mean match the record; the same seeds for every candidate.",
                "Writes scenarios/_fitted.scenario (refuses to replace fitted values without --force),",
                "results/calibration/fit-report.md and .csv, and updates the fitted rows of seeds/evidence.csv."})
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--budget", defaultValue = "300", paramLabel = "N", description = "Objective evaluations at most (default: ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--seeds", defaultValue = "10", paramLabel = "K", description = "Seeds 1..K per evaluation (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--until", defaultValue = "2012-12", paramLabel = "YYYY-MM", description = "Last month simulated (default: ${DEFAULT-VALUE}).")
    String until;

    @Option(names = "--scale", defaultValue = "100", paramLabel = "X", description = "People per person-agent (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--optimizer-seed", defaultValue = "1", paramLabel = "S", description = "Seed of the optimizer's random draws (default: ${DEFAULT-VALUE}).")
    long optimizerSeed;

    @Option(names = "--force", description = "Replace a fitted-values file that already holds values.")
    boolean force;

    @Option(names = "--out", paramLabel = "DIR", description = "Fit-report directory (default: results/calibration/).")
    Path out;

    @Option(names = "--fitted-file", paramLabel = "FILE", description = "Where to write the fitted values (default: scenarios/_fitted.scenario).")
    Path fittedFile;

    @Option(names = "--targets", paramLabel = "FILE", description = "Targets table (default: seeds/targets.csv).")
    Path targetsFile;

    @Option(names = "--from-fitted", description = "Start the search from the values in the fitted-values file instead of the"
            + " catalog defaults (a refit that continues from the current fit; the result then depends on that file, so keep it"
            + " under version control).")
    boolean fromFitted;

    @Option(names = "--step", defaultValue = "1", paramLabel = "F", description = "Multiply CMA-ES's initial steps by F, above 0 and"
            + " at most 1 (default: ${DEFAULT-VALUE}); a small F such as 0.1 searches near the start, for a refit --from-fitted.")
    double step;

    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Search only these fitted parameters (comma-separated;"
            + " needs --from-fitted): the others keep their current fitted values, which the file still lists.")
    List<String> only;

    @Option(names = "--update-evidence", description = "Do not fit: bring seeds/evidence.csv in line with the catalog and the baseline "
            + "(values, units, statuses; draft rows for new parameters; drop rows of removed ones) and list what changed.")
    boolean updateEvidence;

    @Override
    public Integer call() {
        if (updateEvidence) {
            return updateEvidence();
        }
        if (budget < 1) {
            throw new InputException("--budget " + budget + " must be at least 1");
        }
        List<Parameter> toFit = parametersToFit();
        if (!(step > 0 && step <= 1)) {
            throw new InputException("--step " + Parameter.format(step) + " must be above 0 and at most 1");
        }
        Path defaultFitted = Project.scenarios().directory().resolve("_fitted" + ScenarioLibrary.EXTENSION);
        Path target = fittedFile != null ? fittedFile : defaultFitted;
        refuseOverwrite(target);
        Path dir = out != null ? out : Project.results().resolve("calibration");
        plaza.io.ResultDirs.requireDirectory(dir); // before the fit: a bad --out exits 2 at once
        YearMonth last = RunConfig.checkUntil(Project.parseMonth(until, "--until"), RunConfig.OUTPUT_START);
        Path table = targetsFile != null ? targetsFile : Project.targets();
        List<Target> all = Targets.load(table);
        // a declared known miss has no mechanism to fit it: pulling the fit toward it would only spoil the others
        java.util.Set<String> known = plaza.calibration.KnownMisses.besideTargets(table, all).byId().keySet();
        List<Target> targets = all.stream().filter(t -> !known.contains(t.id())).toList();
        if (!known.isEmpty()) {
            out().println("not fitted, declared known misses (seeds/" + plaza.calibration.KnownMisses.FILE + "): " + String.join(", ", new java.util.TreeSet<>(known)));
        }
        ParameterValues start = fromFitted ? Project.scenarios().load(ScenarioLibrary.BASELINE).values() : baselineWithoutFit();
        new RunConfig(ScenarioLibrary.BASELINE, start, 1, last, scale); // checks --until and --scale
        out().println("calibrating " + toFit.size() + " fitted parameters to "
                + targets.size() + " targets: budget " + budget + " evaluations of " + seeds + " seeds each");
        Calibrator.Result result;
        Calibrator calibrator;
        try (Validator v = new Validator(targets, seeds, last, scale, Validator.defaultThreads())) {
            calibrator = new Calibrator(v, start, toFit, out());
            result = calibrator.fit(budget, optimizerSeed, step);
        }
        String command = command();
        String summary = String.format(Locale.ROOT, "objective %.6g -> %.6g; targets passed %d -> %d of %d; %d evaluations",
                result.before().objective(), result.after().objective(), result.before().passedCount(),
                result.after().passedCount(), result.after().evaluatedCount(), result.evaluations());
        writeFitted(target, Calibrator.fittedParameters(), result, command, summary);
        writeReports(dir, Calibrator.fittedParameters(), start, result, command, summary);
        out().println(summary);
        out().println("wrote " + target + ", " + dir.resolve("fit-report.md") + " and fit-report.csv");
        if (target.toAbsolutePath().normalize().equals(defaultFitted.toAbsolutePath().normalize())) {
            report(EvidenceTable.synchronize(evidenceFile(), Project.scenarios().load(ScenarioLibrary.BASELINE).values()));
        }
        return PlazaCli.OK;
    }

    private Integer updateEvidence() {
        EvidenceTable.Changes c = EvidenceTable.synchronize(evidenceFile(),
                Project.scenarios().load(ScenarioLibrary.BASELINE).values());
        report(c);
        if (!c.any()) {
            out().println(evidenceFile() + " already agrees with the catalog and the baseline");
        }
        return PlazaCli.OK;
    }

    private static Path evidenceFile() {
        return Project.home().resolve("seeds").resolve("evidence.csv");
    }

    private void report(EvidenceTable.Changes c) {
        print("evidence: drafted rows (curate publication, figure and derivation) for", c.added());
        print("evidence: removed rows of parameters no longer in the catalog:", c.removed());
        print("evidence: value or unit updated for", c.updated());
        print("evidence: status changed (review the row's text) for", c.statusChanged());
    }

    private void print(String what, List<String> names) {
        if (!names.isEmpty()) {
            out().println(what + " " + String.join(", ", names));
        }
    }

    /** Exit 2 rather than silently replace values someone may rely on. */
    private void refuseOverwrite(Path target) {
        if (force || !Files.exists(target)) {
            return;
        }
        boolean holdsValues;
        try (Stream<String> lines = Files.lines(target)) {
            holdsValues = lines.map(l -> l.replaceAll("#.*", "").trim()).anyMatch(l -> !l.isEmpty());
        } catch (IOException e) {
            throw new InputException("cannot read " + target + ": " + e.getMessage());
        }
        if (holdsValues) {
            throw new InputException("refusing to overwrite " + target + ", which already holds fitted values; "
                    + "pass --force to replace them");
        }
    }

    /**
     * The baseline as it would be with no fitted file: the scenarios are copied to a temporary
     * directory with an empty {@code _fitted.scenario}, so the fit starts from the catalog defaults
     * whatever the current fit, and stale names in the old fit cannot stop a new one.
     */
    static ParameterValues baselineWithoutFit() {
        Path dir = Project.scenarios().directory();
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("plaza-calibrate");
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(ScenarioLibrary.EXTENSION)).toList()) {
                    Files.copy(f, tmp.resolve(f.getFileName()));
                }
            }
            Files.writeString(tmp.resolve("_fitted" + ScenarioLibrary.EXTENSION), "# empty: calibration start\n");
            Scenario baseline = new ScenarioLibrary(tmp).load(ScenarioLibrary.BASELINE);
            for (Parameter p : Calibrator.fittedParameters()) {
                if (baseline.changes().containsKey(p.name())) {
                    throw new InputException(dir.resolve("baseline.scenario") + " sets fitted parameter " + p.name()
                            + " itself, which would hide the fitted value; remove that line");
                }
            }
            return baseline.values();
        } catch (IOException e) {
            throw new InputException("cannot prepare the calibration start: " + e.getMessage());
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless
        }
    }

    /** The parameters the search moves: every fitted one, or those --only names (each must be fitted; needs --from-fitted). */
    private List<Parameter> parametersToFit() {
        if (only == null) {
            return Calibrator.fittedParameters();
        }
        if (!fromFitted) {
            throw new InputException("--only needs --from-fitted: the parameters it leaves out keep their current fitted values");
        }
        List<Parameter> out = new ArrayList<>();
        for (String name : only) {
            Parameter p = plaza.params.ParameterCatalog.byName(name.trim(), "--only: ");
            if (p.status() != Parameter.Status.FITTED) {
                throw new InputException("--only: " + p.name() + " is not a fitted parameter (the fitted ones: "
                        + String.join(", ", Calibrator.fittedParameters().stream().map(Parameter::name).toList()) + ")");
            }
            out.add(p);
        }
        return out;
    }

    private String command() {
        return String.format(Locale.ROOT, "plaza calibrate --budget %d --seeds %d --until %s --scale %s --optimizer-seed %d",
                budget, seeds, until, Parameter.format(scale), optimizerSeed) + (fromFitted ? " --from-fitted" : "")
                + (step != 1 ? " --step " + Parameter.format(step) : "") + (only != null ? " --only " + String.join(",", only) : "");
    }

    private void writeFitted(Path file, List<Parameter> fitted, Calibrator.Result r, String command, String summary) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Fitted parameter values, written by 'plaza calibrate'. Do not edit by hand; see seeds/README.md.\n");
        sb.append("# Generated by: ").append(command).append(" --force\n");
        sb.append("# Code version: ").append(CodeVersion.get()).append('\n');
        sb.append("# Fit: ").append(summary).append(" (details in results/calibration/fit-report.md)\n");
        sb.append("# Optimizer: commons-math3 CMA-ES, population ").append(r.population()).append(", initial step half the start's\n"
                + "# distance from the lower bound (0.001 to 0.15 of each catalog range" + (step != 1 ? ", times " + Parameter.format(step) : "") + "), starting from " + (fromFitted ? "the previous fitted values" : "the catalog defaults") + ".\n");
        for (Parameter p : fitted) {
            sb.append(p.name()).append(" = ").append(Parameter.format(r.values().get(p)))
                    .append("   # range ").append(p.rangeText()).append("; default ").append(Parameter.format(p.defaultValue()))
                    .append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    private void writeReports(Path dir, List<Parameter> fitted, ParameterValues start, Calibrator.Result r,
                                     String command, String summary) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"parameter", "unit", "range", fromFitted ? "start (previous fit)" : "start (catalog default)", "fitted", "fitted to"});
        for (Parameter p : fitted) {
            rows.add(new String[] {p.name(), p.unit(), "[" + Parameter.format(p.min()) + ", " + Parameter.format(p.max()) + "]",
                    Parameter.format(start.get(p)), Parameter.format(r.values().get(p)), p.source()});
        }
        String header = "Command: `" + command + "`. Code version " + CodeVersion.get() + ". " + summary + ".";
        Reports.write(dir.resolve("fit-report.md"), Reports.fitMarkdown(r.before(), r.after(), rows, header));
        Reports.writeFitCsv(r.before(), r.after(), dir.resolve("fit-report.csv"));
    }

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
