package plaza.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

import plaza.params.InputException;

/**
 * A way to run a batch's runs: {@code --engine local} ({@link LocalEngine}, this JVM's thread pool),
 * {@code --engine slurm} ({@link SlurmEngine}) or {@code --engine spark} (the optional module
 * experiments/spark, found through {@link ServiceLoader} when it is on the class path). Every engine
 * speaks one protocol to the batch directory, the {@link PartStore}: it opens the store (the plan
 * check), gets the missing runs' part files written, and leaves the merge to {@link BatchRunner}, so
 * the outputs are the same bytes whatever the engine.
 */
public interface BatchEngine {

    /** Exit code: every run succeeded. */
    int OK = 0;
    /** Exit code: some run or the engine failed. */
    int FAILURE = 1;
    /** Set by the SLURM merge script: the engine the merged batch's metadata names. */
    String ENGINE_VARIABLE = "PLAZA_BATCH_ENGINE";

    /** The name given to {@code --engine}. */
    String name();

    /** Runs the batch; returns the exit code (0 all runs succeeded, 1 some failed or the engine failed). */
    int run(Job job);

    /**
     * One batch handed to an engine.
     *
     * @param spec     the resolved batch
     * @param out      the batch directory
     * @param threads  threads per task as given by {@code --threads}, or null for the engine's default
     * @param resume   false for {@code --fresh}
     * @param args     the arguments of {@code plaza batch} that define the batch (experiment file,
     *                 scenarios, design, ...), for tasks that run {@code plaza batch} themselves
     * @param command  the command line, for the metadata
     * @param options  the engine flags
     * @param err      where progress goes
     * @param progressMillis interval of progress lines
     * @param home     the project directory, for tasks that run {@code plaza batch} themselves
     */
    record Job(BatchSpec spec, Path out, Integer threads, boolean resume, List<String> args, String command,
               EngineOptions options, PrintStream err, long progressMillis, Path home) {}

    /** Prints the batch's closing line as the local batch does; returns its exit code. */
    static int report(BatchResult r, boolean alreadyComplete, PrintStream err) {
        System.out.printf("wrote %s: %d runs, %d succeeded, %d failed%s%n", r.directory(), r.total(), r.succeeded(), r.failed(),
                alreadyComplete ? " (already complete)" : "");
        if (r.failed() > 0) {
            err.println("plaza: " + r.failed() + " run(s) failed; runs.csv has each one's error and 'plaza run' command");
            return FAILURE;
        }
        return OK;
    }

    /** The engine of this name: local engines by name, others from the class path. */
    static BatchEngine find(String name) {
        if (name.equals(LocalEngine.NAME)) {
            return new LocalEngine();
        }
        if (name.equals(SlurmEngine.NAME)) {
            return new SlurmEngine();
        }
        for (BatchEngine e : ServiceLoader.load(BatchEngine.class)) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        if (name.equals("spark")) {
            throw new InputException("--engine spark: the Spark engine is not on the class path; run it through ./plaza, "
                    + "which builds it on first use (mvn -Pspark package), or spark-submit its application jar "
                    + "(README, 'Running on a cluster')");
        }
        throw new InputException("--engine '" + name + "' is unknown; allowed local, slurm, spark");
    }
}
