package plaza.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import plaza.batch.BatchEngine;
import plaza.batch.BatchResult;
import plaza.batch.BatchRunner;
import plaza.batch.BatchSpec;
import plaza.batch.DesignKind;
import plaza.batch.EngineOptions;
import plaza.batch.ExperimentDefinition;
import plaza.batch.ExperimentParser;
import plaza.batch.Factor;
import plaza.batch.Progress;
import plaza.params.InputException;

/**
 * {@code plaza batch}: replications, sweeps and sensitivity studies on all cores. Reads an
 * experiment file (optional), applies the flags on top, and hands the batch to {@link BatchRunner}.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run many runs: replications, parameter sweeps (grid, lhs) and sensitivity analysis (sobol, morris), "
                + "in parallel, streamed to disk and resumable: run the same command again after an interruption. "
                + "Writes runs.csv, timeseries.csv, summary.csv, timings.csv, metadata.txt and, for sobol and morris, sensitivity.csv.",
                "Flags override the experiment file. Run seed = S + replication - 1, the same for every scenario and "
                + "design point (common random numbers); runs.csv gives each run's 'plaza run' command."},
        footer = {"", "Exit codes: 0 all runs succeeded, 1 some runs failed (see runs.csv status), 2 bad input."})
public final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec commandSpec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPERIMENT_FILE",
            description = "Experiment file (key = value lines), or the name of one in experiments/experiments/ (e.g. troop-sweep; also inside plaza.jar). Default: none, flags only.")
    Path file;

    @Option(names = "--scenarios", paramLabel = "a,b,...|all", description = "Scenarios to run, or all (default: the file's, else baseline).")
    String scenarios;

    @Option(names = "--replications", paramLabel = "R", description = "Replications per scenario and design point (default: the file's, else 10).")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed S; replication r uses seed S + r - 1 (default: the file's, else 1).")
    Long seed;

    @Option(names = "--seeds", paramLabel = "history|plain",
            description = "history: the first R accepted seeds of the history-matched ensemble (scenarios/history.ensemble), the same for every scenario; plain: seed S + replication - 1 (default: the file's, else plain).")
    String seeds;

    @Option(names = "--saved-worlds", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Continue every run from its seed's saved world of the months all runs share (to 2006-12 at most), instead of simulating them again,"
                    + " keeping the worlds in results/.worlds/ for later batches of the same code; the outputs are the same (default: on).")
    boolean savedWorlds;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all available cores).")
    Integer threads;

    @Option(names = "--until", paramLabel = "YYYY-MM", description = "Last month simulated (default: the file's, else 2012-12).")
    String until;

    @Option(names = "--scale", paramLabel = "X", description = "People per person-agent (default: the file's, else 100).")
    Double scale;

    @Option(names = "--vary", paramLabel = "name=low:high[:steps]|name=v1,v2,...",
            description = "Vary a parameter over a range or a list of values (repeatable; replaces the file's range for that name). Steps (default 3) apply to grid designs.")
    List<String> vary = new ArrayList<>();

    @Option(names = "--set", paramLabel = "name=value", description = "Fix a parameter for every run (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--design", paramLabel = "grid|lhs|sobol|morris|mixture|file", description = "How design points are chosen (default: the file's, else grid; mixture: a simplex lattice over shares; file: the points of --design-file).")
    String design;

    @Option(names = "--mixture-sum", paramLabel = "at-most|exact",
            description = "Mixture designs: the varied shares sum to at most 1 (the rest unallocated) or to exactly 1 (default: at-most).")
    String mixtureSum;

    @Option(names = "--design-file", paramLabel = "FILE",
            description = "A CSV design: one column per parameter (header), one row per design point; implies --design file.")
    Path designFile;

    @Option(names = "--on-infeasible", paramLabel = "skip|fail",
            description = "Design points that break a rule between parameters (shares above 1 in all): skip them with a warning, or refuse the batch (default: skip).")
    String onInfeasible;

    @Option(names = "--outputs", paramLabel = "plazas,states,events",
            description = "Per-run tables to write beside the time series, keyed by run_id: plazas.csv (each plaza each month), "
                    + "states.csv (its plazas summed per state) and events.csv (default: the file's, else none).")
    String outputs;

    @Option(names = "--format", paramLabel = "csv[,parquet]",
            description = "File formats: csv (always), and parquet for a typed Parquet copy of each table beside its CSV "
                    + "(needs the optional module experiments/parquet, which ./plaza builds on first use) (default: csv).")
    String format;

    @Option(names = "--samples", paramLabel = "N",
            description = "LHS points, Sobol base samples (runs = N(k+2) per scenario and replication), Morris trajectories (N(k+1)) or the mixture lattice's degree (shares in steps of 1/N) (default: lhs 100, sobol 128, morris 10, mixture 4).")
    Integer samples;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/batch-<name>/, name = experiment file name, else 'adhoc').")
    Path out;

    @Option(names = "--resume", description = "Keep the completed runs of an interrupted batch in DIR and run the rest (the default).")
    boolean resume;

    @Option(names = "--fresh", description = "Discard whatever an earlier batch left in DIR and start over.")
    boolean fresh;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only shard K of N (runs whose id - 1 is K - 1 modulo N), for a cluster whose nodes share DIR; run the command without --shard afterwards to merge (default: all runs).")
    String shard;

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "5",
            description = "Seconds between plain progress lines when stderr is not a terminal (default: ${DEFAULT-VALUE}).")
    double progressInterval;

    /** The longest --progress-interval, in seconds. */
    static final double MAX_PROGRESS_INTERVAL = 86_400;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() {
        if (resume && fresh) {
            throw new InputException("--resume and --fresh exclude each other");
        }
        if (!(progressInterval > 0 && progressInterval <= MAX_PROGRESS_INTERVAL)) {
            throw new InputException("--progress-interval " + plaza.io.Numbers.format(progressInterval)
                    + " is out of range; allowed more than 0 and at most " + (long) MAX_PROGRESS_INTERVAL + " seconds (a day)");
        }
        ExperimentDefinition def = file != null ? ExperimentParser.parse(Project.experimentFile(file)) : new ExperimentDefinition().name("adhoc");
        applyFlags(def);
        HistorySeeds.apply(def, seeds, HistorySeeds.err(commandSpec));
        BatchSpec spec = BatchSpec.resolve(def, Project.scenarios());
        if (!spec.skipped().isEmpty()) {
            System.err.println("plaza batch: warning: " + spec.skipped().size() + " of " + (spec.points() + spec.skipped().size())
                    + " design points break a rule between parameters and are skipped (--on-infeasible fail refuses instead):");
            spec.skipped().stream().limit(5).forEach(m -> System.err.println("  " + m));
            if (spec.skipped().size() > 5) {
                System.err.println("  ... and " + (spec.skipped().size() - 5) + " more");
            }
        }
        Path dir = out != null ? out : Project.results().resolve("batch-" + def.name());
        engine.validate();
        if (!engine.local()) {
            if (shard != null) {
                throw new InputException("--shard applies to --engine local only: the " + engine.engine() + " engine shards the batch itself");
            }
            if (threads != null && (threads < 1 || threads > 4096)) {
                throw new InputException("--threads " + threads + " is out of range; allowed 1 to 4096");
            }
            return BatchEngine.find(engine.engine()).run(new BatchEngine.Job(spec, dir, threads, !fresh, experimentArgs(),
                    commandLine(), engine, System.err, Math.round(progressInterval * 1000), Project.home()));
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        BatchRunner runner = new BatchRunner().savedWorlds(savedWorlds).worldCache(savedWorlds ? Project.worlds() : null)
                .progress(System.err, Progress.stderrIsTerminal(), Math.round(progressInterval * 1000))
                .command(commandLine())
                // a merge job of --engine slurm says so in the metadata (its script sets the variable)
                .engine(System.getenv().getOrDefault(BatchEngine.ENGINE_VARIABLE, "local"));
        if (shard != null) {
            String[] kn = shard.split("/");
            try {
                runner.shard(Integer.parseInt(kn[0].trim()), Integer.parseInt(kn[1].trim()));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new InputException("--shard '" + shard + "' is malformed; expected K/N, e.g. 2/8");
            }
        }
        BatchResult r = runner.execute(spec, dir, t, !fresh);
        if (shard != null) {
            System.out.printf("shard %s of %s: %d of %d runs complete (%d failed); nothing merged: run the same command"
                    + " without --shard once every shard is done%n", shard.trim(), dir, r.succeeded() + r.failed(),
                    r.total(), r.failed());
            return r.failed() > 0 ? PlazaCli.FAILURE : PlazaCli.OK;
        }
        System.out.printf("wrote %s: %d runs, %d succeeded, %d failed%s%n", dir, r.total(), r.succeeded(), r.failed(),
                r.resumed() == r.total() && r.seconds() == 0 ? " (already complete)" : "");
        if (def.design().sensitivity()) {
            List<Path> charts = plaza.analysis.SensitivityCharts.write(dir);
            System.out.printf("wrote %d sensitivity chart(s) in %s%n", charts.size(), dir.resolve(plaza.analysis.Charts.DIR));
            warnSensitivity(dir);
        }
        if (r.failed() > 0) {
            System.err.println("plaza: " + r.failed() + " run(s) failed; runs.csv has each one's error and 'plaza run' command");
            return PlazaCli.FAILURE;
        }
        return PlazaCli.OK;
    }

    private void applyFlags(ExperimentDefinition def) {
        if (scenarios != null) {
            def.scenarios(ExperimentParser.splitList(scenarios, "--scenarios: "));
        }
        if (replications != null) {
            def.replications(replications);
        }
        if (seed != null) {
            def.seed(seed);
        }
        if (until != null) {
            def.until(Project.parseMonth(until, "--until"));
        }
        if (scale != null) {
            def.scale(scale);
        }
        if (design != null) {
            def.design(DesignKind.parse(design, "--design: "));
        }
        if (samples != null) {
            def.samples(samples);
        }
        if (mixtureSum != null) {
            def.mixtureSum(mixtureSum, "--mixture-sum: ");
        }
        if (outputs != null) {
            def.outputs(outputs, "--outputs: ");
        }
        if (format != null) {
            def.format(format, "--format: ");
        }
        if (onInfeasible != null) {
            def.onInfeasible(onInfeasible, "--on-infeasible: ");
        }
        if (designFile != null) {
            def.designFile(designFile);
        }
        for (Factor f : Factor.parseOptions(vary)) {
            def.vary(f);
        }
        for (String s : sets) {
            def.set(Project.parseSet(s));
        }
    }

    /** The arguments that define the batch (not where or how it runs), for engines whose tasks run 'plaza batch'. */
    private List<String> experimentArgs() {
        List<String> a = new ArrayList<>();
        if (file != null) {
            a.add(file.toAbsolutePath().toString());
        }
        option(a, "--scenarios", scenarios);
        option(a, "--replications", replications);
        option(a, "--seed", seed);
        option(a, "--seeds", seeds);
        option(a, "--until", until);
        option(a, "--scale", scale);
        option(a, "--design", design);
        option(a, "--samples", samples);
        option(a, "--mixture-sum", mixtureSum);
        option(a, "--on-infeasible", onInfeasible);
        option(a, "--outputs", outputs);
        option(a, "--format", format);
        option(a, "--design-file", designFile == null ? null : designFile.toAbsolutePath());
        vary.forEach(v -> option(a, "--vary", v));
        sets.forEach(v -> option(a, "--set", v));
        return a;
    }

    private static void option(List<String> a, String name, Object value) {
        if (value != null) {
            a.add(name);
            a.add(value.toString());
        }
    }

    private String commandLine() {
        List<String> args = commandSpec == null ? List.of() : commandSpec.commandLine().getParseResult().originalArgs();
        return "plaza " + String.join(" ", args);
    }

    /** Prints the warnings of sensitivity.csv (how many, and the first few), so nobody reads an index that means nothing. */
    private static void warnSensitivity(Path dir) {
        try (java.io.Reader rd = java.nio.file.Files.newBufferedReader(dir.resolve("sensitivity.csv"));
             org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).build().parse(rd)) {
            List<String> warnings = new ArrayList<>();
            for (org.apache.commons.csv.CSVRecord rec : p) {
                if (!rec.get("warning").isBlank()) {
                    warnings.add(rec.get("scenario") + ", " + rec.get("outcome") + ", " + rec.get("parameter") + ": " + rec.get("warning"));
                }
            }
            if (!warnings.isEmpty()) {
                System.err.println("plaza batch: " + warnings.size() + " sensitivity result(s) carry a warning (column 'warning' of sensitivity.csv):");
                warnings.stream().limit(5).forEach(w -> System.err.println("  " + w));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + dir.resolve("sensitivity.csv") + ": " + e.getMessage(), e);
        }
    }
}
