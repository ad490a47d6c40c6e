package plaza.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plaza.io.CodeVersion;
import plaza.io.Metadata;
import plaza.io.Numbers;
import plaza.io.ResultDirs;
import plaza.io.RunCommit;
import plaza.io.RunWriter;
import plaza.io.Signals;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.NonFiniteOutputException;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;
import plaza.scenario.Scenario;

/** {@code plaza run}: one scenario, one seed, written to a result directory. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run one scenario with one seed and write timeseries.csv, plazas.csv, events.csv and metadata.txt.")
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario name in scenarios/ (see 'plaza scenarios') or a path to a .scenario file.")
    String scenario;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--until", defaultValue = "2012-12", paramLabel = "YYYY-MM", description = "Last month simulated, 2007-01 to 2030-12 (from 1995-01 with --from 1995-01; default: ${DEFAULT-VALUE}, the Calderon term; 'gui' and 'headline' run to 2020-12).")
    String until;

    @Option(names = "--scale", defaultValue = "100", paramLabel = "X", description = "People per person-agent; 1 is the full population (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--set", paramLabel = "name=value", description = "Override a parameter (repeatable); see scenarios/README.md for names.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--spin-up", description = "Also write the 1995-2006 months before the Calderon offensive (the same as --from 1995-01).")
    boolean spinUp;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month written, 1995-01 to 2007-01 (default: 2007-01; the run always starts in 1995-01).")
    String from;

    @Option(names = "--explain", description = "Print every lever's path as the run would use it, with the file and line of each point, and exit without running.")
    boolean explain;

    @Option(names = "--changed", description = "With --explain: only the levers whose path differs from the baseline scenario's in some month.")
    boolean changed;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<scenario>/seed-<N>/); a run replaces an earlier run there, and refuses a file or a batch's directory.")
    Path out;

    @Option(names = "--fresh", description = "Replace whatever Plaza result (a batch, say) DIR holds; files Plaza did not write stay.")
    boolean fresh;

    /** What runs a configuration: the model; tests substitute one that fails (as batch's RunExecutor). */
    static java.util.function.BiConsumer<RunConfig, plaza.output.RunListener> model = PlazaModel::run;

    @Override
    public Integer call() {
        Scenario s = Project.scenarios().load(scenario);
        ParameterValues values = Project.applySets(s, sets);
        if (changed && !explain) {
            throw new plaza.params.InputException("--changed goes with --explain: plaza run " + scenario + " --explain --changed");
        }
        if (explain) {
            System.out.println("# " + s.name() + " (" + s.file() + ")" + (s.parent() == null ? "" : ", extends " + s.parent()));
            for (String c : s.conflicts()) {
                System.out.println("# conflict: " + c);
            }
            if (changed) {
                ParameterValues base = Project.scenarios().load(plaza.scenario.ScenarioLibrary.BASELINE).values();
                int n = plaza.scenario.Explain.changedLevers(values, base);
                System.out.println("# " + n + " of " + plaza.scenario.Explain.leverCount() + " levers " + (n == 1 ? "differs" : "differ") + " from "
                        + plaza.scenario.ScenarioLibrary.BASELINE + " in some month from 1995-01 to " + RunConfig.LATEST
                        + (n == 0 ? "" : "; only they are listed"));
                System.out.print(plaza.scenario.Explain.levers(values, base));
            } else {
                System.out.print(plaza.scenario.Explain.levers(values));
            }
            return PlazaCli.OK;
        }
        YearMonth firstWritten = from != null ? RunConfig.parseFrom(from)
                : spinUp ? RunConfig.START : RunConfig.OUTPUT_START;
        YearMonth last = RunConfig.checkUntil(Project.parseMonth(until, "--until"), firstWritten);
        RunConfig config = new RunConfig(s.name(), values, seed, last, scale);
        Path dir = out != null ? out : Project.results().resolve(s.name()).resolve("seed-" + seed);
        Instant start = Instant.now();
        try (Signals stop = Signals.onStop(System.err, () -> "plaza: run stopped by a signal; nothing of it was written"
                + " to " + dir + " (what was there is unchanged); run the same command again")) {
            run(config, dir, s, sets, start, firstWritten, fresh);
        } catch (NonFiniteOutputException e) {
            throw new RunFailedException(e.getMessage() + "; scenario " + s.name()
                    + (sets.isEmpty() ? "" : " with --set " + String.join(" --set ", sets))
                    + "; parameters that differ from the catalog defaults: " + changedParameters(values)
                    + "; nothing was written to " + dir);
        }
        System.out.println("wrote " + dir + " (" + config.monthsFrom(firstWritten) + " months):");
        for (String f : RunWriter.FILES) {
            System.out.println("  " + dir.resolve(f));
        }
        return PlazaCli.OK;
    }

    /** Runs a configuration and writes its result directory atomically (also used by batch and GUI tests). */
    public static void run(RunConfig config, Path dir, Scenario s, List<String> sets, Instant start) {
        run(config, dir, s, sets, start, false);
    }

    /** As {@link #run(RunConfig, Path, Scenario, List, Instant)}, optionally with the spin-up months. */
    public static void run(RunConfig config, Path dir, Scenario s, List<String> sets, Instant start, boolean spinUp) {
        run(config, dir, s, sets, start, spinUp ? RunConfig.START : RunConfig.OUTPUT_START, false);
    }

    /**
     * As above; {@code fresh} replaces another kind of Plaza result in {@code dir}. The directory is
     * locked while the run writes, a file or a batch's directory is refused ({@link ResultDirs}), and
     * a failed run leaves the directory as it was. The run's files are written whole beside the
     * earlier run's and replace them in one step ({@link RunCommit}): killed at any moment, the
     * directory holds the earlier run or the new one.
     */
    public static void run(RunConfig config, Path dir, Scenario s, List<String> sets, Instant start, YearMonth from,
                           boolean fresh) {
        ResultDirs.requireDirectory(dir);
        boolean existed = java.nio.file.Files.isDirectory(dir);
        try (ResultDirs.Lock lock = ResultDirs.lock(dir, false, "plaza run " + config.scenario() + " --seed " + config.seed())) {
            boolean written = false;
            try {
                ResultDirs.claim(dir, "run", fresh);
                ResultDirs.removeStaleTemporaries(dir);
                Path staging = RunCommit.stage(dir);
                try (RunWriter writer = new RunWriter(staging, config.scenario(), config.seed(), from)) {
                    model.accept(config, writer);
                    writer.commit();
                }
                metadata(config, s, sets, start, Instant.now()).put("spin_up", from.isBefore(RunConfig.OUTPUT_START))
                        .put("from", from).write(staging);
                plaza.io.DataPackage.write(staging, dir);
                RunCommit.commit(dir);
                written = true;
            } finally {
                if (!written) {
                    RunCommit.discard(dir);
                }
                if (!written && !existed) {
                    // a directory this run created goes again (lock file first, while still held)
                    try {
                        java.nio.file.Files.deleteIfExists(dir.resolve(ResultDirs.LOCK));
                        java.nio.file.Files.deleteIfExists(dir);
                    } catch (java.io.IOException ignored) {
                        // not empty or not removable: leave it, it holds no partial files
                    }
                }
            }
        }
    }

    /** The parameters whose values differ from the catalog defaults, as name=value (all of them, exactly). */
    public static String changedParameters(ParameterValues values) {
        List<String> changed = new ArrayList<>();
        for (Parameter p : ParameterCatalog.all()) {
            if (values.get(p) != p.defaultValue()) {
                changed.add(p.name() + "=" + Double.toString(values.get(p)));
            }
        }
        return changed.isEmpty() ? "none" : String.join(" ", changed);
    }

    /** Says that the param.* values are exact (metadata of earlier versions rounded them to 6 digits). */
    public static final String PARAM_FORMAT = "exact (reads back as the same double)";

    /** The metadata of a single run: scenario, seed, scale, period, code version, times, every parameter. */
    public static Metadata metadata(RunConfig config, Scenario s, List<String> sets, Instant start, Instant end) {
        Metadata md = new Metadata()
                .put("format_version", Metadata.FORMAT_VERSION)
                .put("kind", "run")
                .put("scenario", config.scenario())
                .put("scenario_file", s == null ? "" : s.file())
                .put("description", s == null ? "" : s.description())
                .put("seed", config.seed())
                .put("scale", Numbers.exact(config.scale()))
                .put("start_month", RunConfig.OUTPUT_START)
                .put("until", config.until())
                .put("overrides", String.join(" ", sets))
                .put("code_version", CodeVersion.get())
                .put("started_at", start)
                .put("finished_at", end);
        md.put("param_format", PARAM_FORMAT);
        for (Parameter p : ParameterCatalog.all()) {
            String text = Numbers.exactParameter(config.params(), p);
            // a path-only lever following its aliases: the path they build (read back, it is the same path)
            md.put("param." + p.name(), text.isEmpty() ? config.params().text(p) : text);
        }
        return md;
    }
}
