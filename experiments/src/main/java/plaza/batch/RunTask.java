package plaza.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import plaza.io.Numbers;
import plaza.io.RunTables;
import plaza.model.RunConfig;
import plaza.output.Event;
import plaza.output.Metric;
import plaza.output.PlazaRow;
import plaza.output.RunListener;

/**
 * Executes one run of a batch into its part file: months stream to disk as the model produces them
 * (nothing of the time series stays in memory), and the outcomes are accumulated on the way. Any
 * throwable from the model is recorded as a failed run with its message; only a failure to write the
 * part itself stops the batch.
 */
final class RunTask {

    static final String OK = "ok";
    static final String FAILED = "failed";
    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();
    private static final int MAX_ERROR = 500;

    private RunTask() {}

    /** Signals that the part file could not be written (a batch failure, not a run failure). */
    static final class PartWriteException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PartWriteException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Runs and writes the part; returns true if the run succeeded. */
    static boolean execute(BatchSpec spec, RunSpec run, PartStore store, RunExecutor executor) {
        long t0 = System.nanoTime();
        String rerun = spec.rerunCommand(run);
        String error;
        try (BufferedWriter w = store.open(run.id())) {
            error = runInto(run, () -> spec.config(run), rerun, executor, spec.definition().tables, w, t0);
        } catch (IOException e) {
            store.discard(run.id());
            throw new UncheckedIOException("cannot write part file for run " + run.id() + ": " + e.getMessage(), e);
        } catch (PartWriteException e) {
            store.discard(run.id());
            throw new UncheckedIOException("cannot write part file for run " + run.id() + ": " + e.getMessage(),
                    (IOException) e.getCause());
        }
        try {
            if (error != null) {
                // rewrite the part with the failure alone: a failed run has no time-series rows
                store.discard(run.id());
                try (BufferedWriter w = store.open(run.id())) {
                    failureInto(run, rerun, error, w, t0);
                }
            }
            store.commit(run.id());
        } catch (IOException e) {
            store.discard(run.id());
            throw new UncheckedIOException("cannot write part file for run " + run.id() + ": " + e.getMessage(), e);
        }
        return error == null;
    }

    /**
     * Runs and returns the part's text, byte for byte what {@link #execute} writes to the part file:
     * for engines whose runs execute in another JVM and send their parts back.
     */
    static String part(RunSpec run, Supplier<RunConfig> config, String rerun, RunExecutor executor, Set<BatchTable> tables) {
        long t0 = System.nanoTime();
        try {
            StringWriter text = new StringWriter();
            String error;
            try (BufferedWriter w = new BufferedWriter(text)) {
                error = runInto(run, config, rerun, executor, tables, w, t0);
            }
            if (error == null) {
                return text.toString();
            }
            StringWriter failure = new StringWriter();
            try (BufferedWriter w = new BufferedWriter(failure)) {
                failureInto(run, rerun, error, w, t0);
            }
            return failure.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
    }

    /** Writes the run's rows and, if it succeeded, its run and time records; returns its error or null. */
    private static String runInto(RunSpec run, Supplier<RunConfig> config, String rerun, RunExecutor executor,
                                  Set<BatchTable> tables, BufferedWriter w, long t0) throws IOException {
        Outcomes outcomes = new Outcomes();
        CSVPrinter out = new CSVPrinter(w, CSV);
        try {
            executor.run(config.get(), new PartListener(run, w, out, outcomes, tables));
        } catch (PartWriteException e) {
            throw e;
        } catch (Throwable e) { // a failing run must not take the batch down: record it and go on
            return message(e);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        tagged(w, out, PartStore.RUN_TAG, runRow(run, rerun, OK, "", outcomes.values()));
        tagged(w, out, PartStore.TIME_TAG, timeRow(OK, wall));
        out.flush();
        return null;
    }

    private static void failureInto(RunSpec run, String rerun, String error, BufferedWriter w, long t0) throws IOException {
        double wall = (System.nanoTime() - t0) / 1e9;
        CSVPrinter out = new CSVPrinter(w, CSV);
        tagged(w, out, PartStore.RUN_TAG, runRow(run, rerun, FAILED, error, null));
        tagged(w, out, PartStore.TIME_TAG, timeRow(FAILED, wall));
        out.flush();
    }

    private static String message(Throwable e) {
        String m = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (e.getStackTrace().length > 0) {
            m += " (at " + e.getStackTrace()[0] + ")";
        }
        m = m.replace('\n', ' ').replace('\r', ' ');
        return m.length() > MAX_ERROR ? m.substring(0, MAX_ERROR) + "..." : m;
    }

    /** The runs.csv header for a batch varying these factors. */
    static List<String> runHeader(List<Factor> factors) {
        List<String> h = new ArrayList<>(List.of("run_id", "scenario", "design_point", "replication", "seed"));
        for (Factor f : factors) {
            h.add(f.name());
        }
        h.addAll(List.of("status", "error", "rerun"));
        for (Metric m : Metric.values()) {
            h.add(m.column());
        }
        return h;
    }

    /** The runs.csv row, tagged so the merge can tell it from time-series rows. */
    private static List<String> runRow(RunSpec run, String rerun, String status, String error, double[] outcomes) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(run.id()));
        row.add(run.scenario());
        row.add(Integer.toString(run.point()));
        row.add(Integer.toString(run.replication()));
        row.add(Long.toString(run.seed()));
        for (double v : run.values()) {
            row.add(Numbers.format(v));
        }
        row.add(status);
        row.add(error);
        row.add(rerun);
        for (int i = 0; i < Metric.values().length; i++) {
            row.add(outcomes == null ? "" : Numbers.format(outcomes[i]));
        }
        return row;
    }

    private static List<String> timeRow(String status, double wall) {
        return List.of(status, Numbers.format(Math.round(wall * 1000) / 1000.0));
    }

    /** Writes a record behind a raw tag (the CSV printer would quote a leading '#'). */
    private static void tagged(BufferedWriter w, CSVPrinter out, String tag, List<String> row) throws IOException {
        out.flush();
        w.write(tag);
        out.printRecord(row);
    }

    /** The time-series header of a batch: run id, scenario, replication, month, then every metric. */
    static List<String> timeseriesHeader() {
        List<String> h = new ArrayList<>(List.of("run_id", "scenario", "replication", "month"));
        for (Metric m : Metric.values()) {
            h.add(m.column());
        }
        return h;
    }

    /** Streams the run's months, and the rows of the tables it asks for (behind their tags), into its part file. */
    private static final class PartListener implements RunListener {
        private final RunSpec run;
        private final BufferedWriter w;
        private final CSVPrinter out;
        private final Outcomes outcomes;
        private final Set<BatchTable> tables;
        private final List<String> row = new ArrayList<>();

        PartListener(RunSpec run, BufferedWriter w, CSVPrinter out, Outcomes outcomes, Set<BatchTable> tables) {
            this.run = run;
            this.w = w;
            this.out = out;
            this.outcomes = outcomes;
            this.tables = tables;
        }

        @Override
        public void month(YearMonth month, double[] values) {
            outcomes.add(values);
            keys(month);
            for (double v : values) {
                row.add(Numbers.format(v));
            }
            try {
                out.printRecord(row);
            } catch (IOException e) {
                throw new PartWriteException(e);
            }
        }

        @Override
        public void plazas(YearMonth month, List<PlazaRow> rows) {
            if (tables.contains(BatchTable.PLAZAS)) {
                for (PlazaRow r : rows) {
                    table(BatchTable.PLAZAS, month, RunTables.plazaValues(r));
                }
            }
            if (tables.contains(BatchTable.STATES)) {
                for (List<String> r : RunTables.stateRows(rows)) {
                    table(BatchTable.STATES, month, r);
                }
            }
        }

        @Override
        public void events(YearMonth month, List<Event> events) {
            if (tables.contains(BatchTable.EVENTS)) {
                for (Event e : events) {
                    table(BatchTable.EVENTS, month, RunTables.eventValues(e));
                }
            }
        }

        private void keys(YearMonth month) {
            row.clear();
            row.add(Integer.toString(run.id()));
            row.add(run.scenario());
            row.add(Integer.toString(run.replication()));
            row.add(month.toString());
        }

        private void table(BatchTable t, YearMonth month, List<String> values) {
            keys(month);
            row.addAll(values);
            try {
                tagged(w, out, t.tag(), row);
            } catch (IOException e) {
                throw new PartWriteException(e);
            }
        }
    }
}
