package plaza.api;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import plaza.batch.BatchRunner;
import plaza.batch.BatchSpec;
import plaza.batch.ExperimentDefinition;
import plaza.batch.ExperimentParser;
import plaza.scenario.Overrides;

/**
 * Many runs on this machine's cores, as {@code plaza batch}: scenarios times replications (replication
 * r has seed {@code seed + r - 1} in every scenario, so scenarios are compared on common random
 * numbers), streamed to disk in a result directory, resumable, and byte-identical for any number of
 * threads. Set it up, then {@link #run(Path)}; every setter checks its value at once with the command
 * line's message and returns this batch.
 *
 * <pre>{@code
 * BatchResult r = Batch.of("baseline", "merida-judicial-50").replications(5).run(Path.of("results/my-batch"));
 * Comparison c = Comparison.of(r.results()).baseline("baseline");
 * }</pre>
 */
public final class Batch {

    private final ExperimentDefinition definition;
    private final Scenarios library;
    private final List<String> sets = new ArrayList<>();
    private int threads = Runtime.getRuntime().availableProcessors();
    private PrintStream progress = new PrintStream(OutputStream.nullOutputStream());
    private boolean fresh;

    private Batch(ExperimentDefinition definition, Scenarios library) {
        this.definition = definition;
        this.library = library;
    }

    /**
     * A batch of scenarios of the project's library, 10 replications each, seed 1, 2007-01 to
     * 2012-12, scale 100, as {@code plaza batch --scenarios a,b}.
     *
     * @param scenarios scenario names (or {@code .scenario} paths); {@code "all"} for every scenario
     * @return the batch
     * @throws InvalidInputException when no scenario is given
     */
    public static Batch of(String... scenarios) {
        return of(Scenarios.bundled(), scenarios);
    }

    /**
     * As {@link #of(String...)}, with the scenarios of another library.
     *
     * @param library   where scenario names are looked up
     * @param scenarios scenario names (or {@code .scenario} paths); {@code "all"} for every scenario
     * @return the batch
     * @throws InvalidInputException when no scenario is given
     */
    public static Batch of(Scenarios library, String... scenarios) {
        return Errors.guard(() -> new Batch(new ExperimentDefinition().name("adhoc")
                .scenarios(ExperimentParser.splitList(String.join(",", scenarios), "--scenarios: ")), library));
    }

    /**
     * The batch an experiment file defines (sweeps, Latin hypercube, Sobol and Morris designs
     * included), as {@code plaza batch FILE}; the setters then override it as flags do.
     *
     * @param file    an experiment file ({@code key = value} lines; see {@code experiments/experiments/})
     * @param library where its scenario names are looked up
     * @return the batch
     * @throws InvalidInputException naming the file, line and setting that is wrong
     */
    public static Batch experiment(Path file, Scenarios library) {
        return Errors.guard(() -> new Batch(ExperimentParser.parse(file), library));
    }

    /**
     * Sets the replications per scenario (and design point).
     *
     * @param replications 1 to 100000
     * @return this batch
     * @throws InvalidInputException when out of range
     */
    public Batch replications(int replications) {
        return Errors.guard(() -> {
            definition.replications(replications);
            return this;
        });
    }

    /**
     * Sets the base seed: replication r runs with seed {@code seed + r - 1}.
     *
     * @param seed the seed of the first replication
     * @return this batch
     */
    public Batch seed(long seed) {
        definition.seed(seed);
        return this;
    }

    /**
     * Sets the last month simulated, as {@code --until}.
     *
     * @param until 2007-01 to 2030-12
     * @return this batch
     * @throws InvalidInputException when out of range
     */
    public Batch until(YearMonth until) {
        return Errors.guard(() -> {
            definition.until(until);
            return this;
        });
    }

    /**
     * Sets the scale, as {@code --scale}.
     *
     * @param scale people per person-agent, 1 to 10000
     * @return this batch
     * @throws InvalidInputException when out of range
     */
    public Batch scale(double scale) {
        return Errors.guard(() -> {
            definition.scale(scale);
            return this;
        });
    }

    /**
     * Fixes a parameter for every run, on top of each scenario, as {@code --set name=value}.
     *
     * @param parameter a parameter name of the catalog
     * @param value     a number, or for a lever a path such as {@code "2009: 0, 2011: 1"}
     * @return this batch
     * @throws InvalidInputException for an unknown name, a bad number or a value out of range
     */
    public Batch set(String parameter, String value) {
        return Errors.guard(() -> {
            String text = parameter + "=" + value;
            definition.set(Overrides.parse(text));
            sets.add(text);
            return this;
        });
    }

    /**
     * Sets the worker threads; the outputs are the same bytes for any number.
     *
     * @param threads 1 to 4096 (default: the available cores)
     * @return this batch
     * @throws InvalidInputException when out of range
     */
    public Batch threads(int threads) {
        if (threads < 1 || threads > 4096) {
            throw new InvalidInputException("--threads " + threads + " is out of range; allowed 1 to 4096");
        }
        this.threads = threads;
        return this;
    }

    /**
     * Sends progress lines (runs done, runs per second, time left) to a stream; by default there are none.
     *
     * @param stream where progress goes, for example {@code System.err}
     * @return this batch
     */
    public Batch progress(PrintStream stream) {
        this.progress = stream;
        return this;
    }

    /**
     * Whether to discard whatever an earlier batch left in the directory ({@code --fresh}) instead of
     * keeping an interrupted batch's completed runs ({@code --resume}, the default).
     *
     * @param discard true to start over
     * @return this batch
     */
    public Batch fresh(boolean discard) {
        this.fresh = discard;
        return this;
    }

    /**
     * Runs the batch on the local engine into a result directory: {@code runs.csv},
     * {@code timeseries.csv}, {@code summary.csv} and the rest, as {@code plaza batch --out DIR}.
     * A completed batch run again does nothing; an interrupted one runs only what is missing.
     *
     * @param dir the result directory (created if missing)
     * @return how the runs went, and their result set
     * @throws InvalidInputException for a bad definition, or a directory that holds another batch or a file
     */
    public BatchResult run(Path dir) {
        return Errors.guard(() -> {
            BatchSpec spec = BatchSpec.resolve(definition, library.library());
            plaza.batch.BatchResult r = new BatchRunner().progress(progress, false, 5000).command(command())
                    .execute(spec, dir, threads, !fresh);
            return new BatchResult(r.directory(), r.total(), r.succeeded(), r.failed());
        });
    }

    /** The command line that defines the same batch, for the metadata. */
    private String command() {
        StringBuilder b = new StringBuilder("plaza batch");
        if (definition.file() != null) {
            b.append(' ').append(definition.file());
        }
        b.append(" --scenarios ").append(String.join(",", definition.scenarios()))
                .append(" --replications ").append(definition.replications()).append(" --seed ").append(definition.seed())
                .append(" --until ").append(definition.until()).append(" --scale ").append(plaza.io.Numbers.exact(definition.scale()));
        for (String s : sets) {
            b.append(" --set ").append(plaza.io.Numbers.shellWord(s));
        }
        return b.append(" (through plaza.api)").toString();
    }
}
