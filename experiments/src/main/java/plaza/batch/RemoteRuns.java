package plaza.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.List;

import plaza.model.RunConfig;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;

/**
 * A batch whose runs execute in other JVMs that have neither the scenario files nor the batch
 * directory (Spark executors): the driver hands out self-contained {@link Job}s, each worker turns
 * one into its part's text ({@link Job#execute}), and the driver writes that text as the run's part
 * file, atomically, exactly as a local run would have. {@link #finish} then merges as a local batch,
 * so the outputs are the same bytes. Runs whose part exists are not handed out again: a driver killed
 * mid-batch resumes where it stopped.
 */
public final class RemoteRuns {

    private final BatchSpec spec;
    private final Path out;
    private final PartStore parts;
    private final BatchResult complete;
    private Progress progress;

    private RemoteRuns(BatchSpec spec, Path out, boolean resume) {
        this.spec = spec;
        this.out = out;
        this.parts = new PartStore(out);
        this.complete = BatchRunner.prepare(spec, out, resume);
        if (complete == null) {
            parts.prepare();
        }
    }

    /** Prepares the directory (plan check, --fresh) as every batch does. */
    public static RemoteRuns open(BatchSpec spec, Path out, boolean resume) {
        return new RemoteRuns(spec, out, resume);
    }

    /** The result if the directory already holds this batch, complete; else null. */
    public BatchResult alreadyComplete() {
        return complete;
    }

    /** Ids of the runs that have no part yet, in id order. */
    public int[] missing() {
        BitSet done = parts.completed(spec.runCount());
        return java.util.stream.IntStream.rangeClosed(1, spec.runCount()).filter(id -> !done.get(id)).toArray();
    }

    /** The run as a job that needs nothing of this machine: its parameters resolved, its rows' fields known. */
    public Job job(int id) {
        RunSpec run = spec.run(id);
        RunConfig c = spec.config(run);
        List<Parameter> all = ParameterCatalog.all();
        String[] values = new String[all.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = plaza.io.Numbers.exactParameter(c.params(), all.get(i));
        }
        return new Job(run, c.scenario(), values, c.seed(), c.until(), c.scale(), spec.rerunCommand(run));
    }

    /** Prints progress on {@code err} as runs are written (plain lines, at most every {@code intervalMillis}). */
    public synchronized void startProgress(PrintStream err, long intervalMillis) {
        int done = spec.runCount() - missing().length;
        progress = new Progress(spec.runCount(), done, 0, err, Progress.stderrIsTerminal(), intervalMillis);
    }

    /** Writes a run's part (the text its job returned), atomically. */
    public void write(int id, String part) {
        try {
            try (BufferedWriter w = parts.open(id)) {
                w.write(part);
            }
            parts.commit(id);
            synchronized (this) {
                if (progress != null) {
                    progress.runDone(succeeded(part));
                }
            }
        } catch (IOException e) {
            parts.discard(id);
            throw new UncheckedIOException("cannot write part file for run " + id + ": " + e.getMessage(), e);
        }
    }

    /** Whether a part records a successful run. */
    public static boolean succeeded(String part) {
        return part.contains(PartStore.TIME_TAG + RunTask.OK + ",");
    }

    /** Merges every part into the batch's files, as the local batch does, recording the engine in the metadata. */
    public BatchResult finish(String engine, String command, PrintStream err) {
        synchronized (this) {
            if (progress != null) {
                progress.close();
                progress = null;
            }
        }
        return new BatchRunner().progress(err, false, 60_000).command(command).engine(engine).execute(spec, out, 1, true);
    }

    /**
     * One run, self-contained: executing it needs only Plaza's classes.
     */
    public record Job(RunSpec run, String scenario, String[] parameters, long seed, YearMonth until, double scale,
                      String rerun) implements Serializable {

        private static final long serialVersionUID = 1L;

        public int id() {
            return run.id();
        }

        /** Runs the model; returns the run's part text (time series, run record, time record). */
        public String execute() {
            return RunTask.part(run, this::config, rerun, RunExecutor.MODEL);
        }

        private RunConfig config() {
            List<Parameter> all = ParameterCatalog.all();
            ParameterValues.Builder b = ParameterValues.builder();
            for (int i = 0; i < all.size(); i++) {
                if (!parameters[i].isEmpty()) { // empty: a path-only lever following its aliases
                    b.set(all.get(i).name(), parameters[i], "");
                }
            }
            return new RunConfig(scenario, b.build(), seed, until, scale);
        }
    }
}
