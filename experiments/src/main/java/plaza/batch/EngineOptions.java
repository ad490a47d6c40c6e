package plaza.batch;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;
import plaza.params.InputException;

/** The {@code plaza batch} flags that choose and configure an engine beyond this machine. */
public final class EngineOptions {

    @Option(names = "--engine", paramLabel = "local|slurm|spark", defaultValue = "local",
            description = "Where the runs run: local (this machine's threads, the default), slurm (a job array and a merge job, "
                    + "submitted with sbatch) or spark (Spark tasks; built on first use). Every engine writes the same files.")
    String engine = "local";

    @Option(names = "--partition", paramLabel = "P", description = "slurm: the partition to submit to (default: the cluster's default).")
    String partition;

    @Option(names = "--array-size", paramLabel = "N",
            description = "slurm: array tasks, each running shard K/N of the runs (default: runs / 10, at most 1000).")
    Integer arraySize;

    @Option(names = "--time", paramLabel = "HH:MM:SS", description = "slurm: time limit of each array task and of the merge job.")
    String time;

    @Option(names = "--slurm-opt", paramLabel = "\"--opt=value ...\"",
            description = "slurm: more sbatch options for both jobs, separated by spaces (repeatable), e.g. \"--account=abc --mem=4G\".")
    List<String> slurmOpts = new ArrayList<>();

    @Option(names = "--no-wait", description = "slurm: return after submitting; print how to watch the jobs and how to merge.")
    boolean noWait;

    @Option(names = "--master", paramLabel = "URL",
            description = "spark: the master (default: local[*]; spark://host:port, yarn, k8s://... as Spark accepts).")
    String master;

    @Option(names = "--runs-per-task", paramLabel = "N", description = "spark: runs per Spark task (default: 4).")
    Integer runsPerTask;

    public String engine() { return engine; }
    public String partition() { return partition; }
    public Integer arraySize() { return arraySize; }
    public String time() { return time; }
    public List<String> slurmOpts() { return slurmOpts; }
    public boolean noWait() { return noWait; }
    public String master() { return master; }
    public Integer runsPerTask() { return runsPerTask; }

    public boolean local() {
        return engine.equals("local");
    }

    /** Rejects flags of an engine other than the one chosen, and out-of-range values. */
    void validate() {
        boolean slurm = engine.equals(SlurmEngine.NAME);
        boolean spark = engine.equals("spark");
        if (!slurm) {
            only(partition != null, "--partition", SlurmEngine.NAME);
            only(arraySize != null, "--array-size", SlurmEngine.NAME);
            only(time != null, "--time", SlurmEngine.NAME);
            only(!slurmOpts.isEmpty(), "--slurm-opt", SlurmEngine.NAME);
            only(noWait, "--no-wait", SlurmEngine.NAME);
        }
        if (!spark) {
            only(master != null, "--master", "spark");
            only(runsPerTask != null, "--runs-per-task", "spark");
        }
        if (arraySize != null && (arraySize < 1 || arraySize > 1_000_000)) {
            throw new InputException("--array-size " + arraySize + " is out of range; allowed 1 to 1000000");
        }
        if (runsPerTask != null && (runsPerTask < 1 || runsPerTask > 100_000)) {
            throw new InputException("--runs-per-task " + runsPerTask + " is out of range; allowed 1 to 100000");
        }
        if (time != null && !time.matches("(\\d+-)?\\d{1,3}(:\\d{2}){0,2}")) {
            throw new InputException("--time '" + time + "' is malformed; expected HH:MM:SS, MM, or D-HH:MM:SS as sbatch takes");
        }
        for (String o : slurmOpts) {
            if (o.contains("'") || o.contains("\n")) {
                throw new InputException("--slurm-opt '" + o + "': quotes and line breaks are not allowed; give sbatch options separated by spaces");
            }
        }
    }

    private void only(boolean given, String flag, String engineName) {
        if (given) {
            throw new InputException(flag + " applies to --engine " + engineName + " only (this batch: --engine " + engine + ")");
        }
    }
}
