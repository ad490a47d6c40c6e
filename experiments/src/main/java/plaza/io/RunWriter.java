package plaza.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import plaza.model.RunConfig;
import plaza.output.Column;
import plaza.output.Event;
import plaza.output.Metric;
import plaza.output.PlazaRow;
import plaza.output.RunListener;

/**
 * Streams one run's outputs to disk as the model produces them: {@code timeseries.csv},
 * {@code plazas.csv}, {@code states.csv} and {@code events.csv}, each first under a temporary name and renamed only
 * when the run completes ({@link #commit}); {@link #abort} removes the temporaries, so a failed or
 * interrupted run leaves nothing behind.
 */
public final class RunWriter implements RunListener, AutoCloseable {

    public static final String TIMESERIES = "timeseries.csv";
    public static final String PLAZAS = "plazas.csv";
    public static final String EVENTS = "events.csv";
    public static final String STATES = "states.csv";
    /** Every file a run's directory holds once {@code plaza run} is done, in the order they are listed. */
    public static final java.util.List<String> FILES = java.util.List.of(TIMESERIES, PLAZAS, STATES, EVENTS, Metadata.FILE, DataPackage.FILE);

    private final Path dir;
    private final String scenario;
    private final long seed;
    private final List<Path[]> files = new ArrayList<>();
    private final CSVPrinter timeseries;
    private final CSVPrinter plazas;
    private final CSVPrinter events;
    private final CSVPrinter states;
    private boolean done;

    /** First month written: the output start (2007-01) unless {@code --from} asks for earlier months. */
    private final YearMonth from;

    public RunWriter(Path dir, String scenario, long seed) {
        this(dir, scenario, seed, false);
    }

    /** With {@code spinUp}, every month from the simulation start (1995-01) is written too. */
    public RunWriter(Path dir, String scenario, long seed, boolean spinUp) {
        this(dir, scenario, seed, spinUp ? RunConfig.START : RunConfig.OUTPUT_START);
    }

    /** Writes every month from {@code from} (checked by {@link RunConfig#checkFrom}) to the end of the run. */
    public RunWriter(Path dir, String scenario, long seed, YearMonth from) {
        this.from = RunConfig.checkFrom(from);
        this.dir = dir;
        this.scenario = scenario;
        this.seed = seed;
        try {
            Files.createDirectories(dir);
            timeseries = open(TIMESERIES, header());
            plazas = open(PLAZAS, plazaHeader());
            states = open(STATES, stateHeader());
            events = open(EVENTS, Column.header(Event.COLUMNS));
        } catch (IOException e) {
            abort();
            throw new UncheckedIOException("cannot create outputs in " + dir + ": " + IoErrors.reason(e), e);
        }
    }

    /** The time-series header: scenario, seed, month, then every metric in declaration order. */
    public static List<String> header() {
        List<String> h = new ArrayList<>(Column.RUN_KEYS);
        for (Metric m : Metric.values()) {
            h.add(m.column());
        }
        return h;
    }

    private CSVPrinter open(String name, List<String> header) throws IOException {
        Path target = dir.resolve(name);
        Path tmp = AtomicFiles.temporaryFor(target);
        files.add(new Path[] {tmp, target});
        BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
        p.printRecord(header);
        return p;
    }

    @Override
    public void month(YearMonth month, double[] values) {
        List<String> row = new ArrayList<>(values.length + 3);
        row.add(scenario);
        row.add(Long.toString(seed));
        row.add(month.toString());
        for (double v : values) {
            row.add(Numbers.format(v));
        }
        print(timeseries, row);
    }

    @Override
    public void spinUpMonth(YearMonth month, double[] values) {
        if (!month.isBefore(from)) {
            month(month, values);
        }
    }

    @Override
    public void spinUpPlazas(YearMonth month, List<PlazaRow> rows) {
        if (!month.isBefore(from)) {
            plazas(month, rows);
        }
    }

    @Override
    public void spinUpEvents(YearMonth month, List<Event> list) {
        if (!month.isBefore(from)) {
            events(month, list);
        }
    }

    @Override
    public void plazas(YearMonth month, List<PlazaRow> rows) {
        for (PlazaRow r : rows) {
            print(plazas, keyed(month, RunTables.plazaValues(r)));
        }
        for (List<String> r : RunTables.stateRows(rows)) {
            print(states, keyed(month, r));
        }
    }

    /** The states.csv header: the run keys, then {@link RunTables#stateColumns}. */
    static List<String> stateHeader() {
        List<String> h = new ArrayList<>(Column.RUN_KEYS);
        h.addAll(RunTables.stateColumns());
        return h;
    }

    /** The plazas.csv header: the run keys, then {@link RunTables#plazaColumns}. */
    static List<String> plazaHeader() {
        List<String> h = new ArrayList<>(Column.RUN_KEYS);
        h.addAll(RunTables.plazaColumns());
        return h;
    }

    /** The run keys, then the row's values. */
    private List<String> keyed(YearMonth month, List<String> values) {
        List<String> row = new ArrayList<>(values.size() + 3);
        row.add(scenario);
        row.add(Long.toString(seed));
        row.add(month.toString());
        row.addAll(values);
        return row;
    }

    @Override
    public void events(YearMonth month, List<Event> list) {
        for (Event e : list) {
            print(events, keyed(month, RunTables.eventValues(e)));
        }
    }

    private void print(CSVPrinter p, List<String> row) {
        try {
            p.printRecord(row);
        } catch (IOException e) {
            String name = p == timeseries ? TIMESERIES : p == plazas ? PLAZAS : p == states ? STATES : EVENTS;
            throw new UncheckedIOException("cannot write " + dir.resolve(name) + ": " + IoErrors.reason(e), e);
        }
    }

    /** Closes and renames every file into place (the run is complete). */
    public void commit() {
        try {
            timeseries.close(true);
            plazas.close(true);
            states.close(true);
            events.close(true);
            for (Path[] f : files) {
                AtomicFiles.commit(f[0], f[1]);
            }
            done = true;
        } catch (IOException e) {
            abort();
            throw new UncheckedIOException("cannot finish outputs in " + dir + ": " + IoErrors.reason(e), e);
        }
    }

    /** Removes the temporary files of an unfinished run. */
    public void abort() {
        for (CSVPrinter p : new CSVPrinter[] {timeseries, plazas, states, events}) {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // removing the file matters more than closing it cleanly
                }
            }
        }
        for (Path[] f : files) {
            try {
                Files.deleteIfExists(f[0]);
            } catch (IOException ignored) {
                // best effort: a leftover hidden temporary file is never mistaken for output
            }
        }
        done = true;
    }

    @Override
    public void close() {
        if (!done) {
            abort();
        }
    }
}
