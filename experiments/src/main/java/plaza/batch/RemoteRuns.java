package plaza.batch;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

import plaza.model.RunConfig;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;

/**
 * Runs that execute in other JVMs having neither the scenario files nor the batch directory (Spark
 * executors): the driver turns each missing run into a self-contained {@link Job}, a worker turns the
 * job into its part's text ({@link Job#execute}, the code that writes local parts), and the driver
 * writes that text into the batch's {@link PartStore} with {@link PartStore#write}, exactly as a
 * local run would have. The merge is then the local batch's, so the outputs are the same bytes.
 */
public final class RemoteRuns {

    private RemoteRuns() {
    }

    /** Run {@code id} of the batch as a job that needs nothing of this machine: its parameters resolved, its rows' fields known. */
    public static Job job(BatchSpec spec, int id) {
        RunSpec run = spec.run(id);
        RunConfig c = spec.config(run);
        List<Parameter> all = ParameterCatalog.all();
        String[] values = new String[all.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = plaza.io.Numbers.exactParameter(c.params(), all.get(i));
        }
        return new Job(run, c.scenario(), values, c.seed(), c.until(), c.scale(), spec.rerunCommand(run),
                spec.definition().outputs());
    }

    /**
     * One run, self-contained: executing it needs only Plaza's classes.
     */
    public record Job(RunSpec run, String scenario, String[] parameters, long seed, YearMonth until, double scale,
                      String rerun, String outputs) implements Serializable {

        private static final long serialVersionUID = 1L;

        public int id() {
            return run.id();
        }

        /** Runs the model; returns the run's part text (time series, the batch's tables, run record, time record). */
        public String execute() {
            return RunTask.part(run, this::config, rerun, RunExecutor.MODEL, BatchTable.parse(outputs, ""));
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
