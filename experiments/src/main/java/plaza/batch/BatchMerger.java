package plaza.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

import plaza.io.AtomicFiles;
import plaza.io.Numbers;
import plaza.output.Metric;

/**
 * Merges the part files of a finished batch, in run-id order, into runs.csv, timeseries.csv,
 * timings.csv, summary.csv and (Sobol and Morris designs) sensitivity.csv. Each output is written to
 * a temporary file and renamed into place only when all of them are complete. Memory holds one run's
 * lines at a time, one summary group, and for sensitivity designs the mean outcomes per design point.
 */
final class BatchMerger {

    static final String RUNS = "runs.csv";
    static final String TIMESERIES = "timeseries.csv";
    static final String TIMINGS = "timings.csv";
    static final String SUMMARY = "summary.csv";
    static final String SENSITIVITY = "sensitivity.csv";
    static final String PARAMETERS = "parameters.csv";
    static final List<String> OUTPUTS = List.of(RUNS, TIMESERIES, TIMINGS, SUMMARY, SENSITIVITY, PARAMETERS,
            BatchTable.PLAZAS.file(), BatchTable.STATES.file(), BatchTable.EVENTS.file());

    private static final int METRICS = Metric.values().length;

    private BatchMerger() {}

    /** Counts of the merged runs. */
    record Counts(int done, int failed) {}

    static Counts merge(BatchSpec spec, PartStore parts, Path out) {
        List<Path[]> files = new ArrayList<>();
        try {
            Counts counts = mergeInto(spec, parts, out, files);
            for (Path[] f : files) {
                AtomicFiles.commit(f[0], f[1]);
            }
            return counts;
        } catch (IOException e) {
            for (Path[] f : files) {
                try {
                    Files.deleteIfExists(f[0]);
                } catch (IOException ignored) {
                    // the original error is the one worth reporting
                }
            }
            throw new UncheckedIOException("cannot merge batch outputs in " + out + ": " + e.getMessage(), e);
        }
    }

    private static Writer open(Path out, String name, List<Path[]> files) throws IOException {
        Path target = out.resolve(name);
        Path tmp = AtomicFiles.temporaryFor(target);
        files.add(new Path[] {tmp, target});
        return Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
    }

    private static Counts mergeInto(BatchSpec spec, PartStore parts, Path out, List<Path[]> files) throws IOException {
        ExperimentDefinition def = spec.definition();
        boolean pooled = def.design().sampled();
        boolean sensitivity = def.design().sensitivity();
        int points = spec.points();
        int scenarios = spec.scenarios().size();
        double[][][] sums = sensitivity ? new double[scenarios][points][METRICS] : null;
        int[][] counts = sensitivity ? new int[scenarios][points] : null;
        int done = 0;
        int failed = 0;
        java.util.Map<BatchTable, Writer> tables = new java.util.EnumMap<>(BatchTable.class);
        for (BatchTable t : BatchTable.values()) {
            if (def.tables.contains(t)) {
                tables.put(t, open(out, t.file(), files));
                line(tables.get(t), header(t.header()));
            } else {
                Files.deleteIfExists(out.resolve(t.file()));
            }
        }
        try (TablesCloser closer = new TablesCloser(tables);
             Writer runsW = open(out, RUNS, files);
             Writer tsW = open(out, TIMESERIES, files);
             CSVPrinter timings = new CSVPrinter(open(out, TIMINGS, files), RunTask.CSV);
             CSVPrinter summaryP = new CSVPrinter(open(out, SUMMARY, files), RunTask.CSV)) {
            line(runsW, header(RunTask.runHeader(spec.factors())));
            line(tsW, header(RunTask.timeseriesHeader()));
            timings.printRecord("run_id", "status", "wall_seconds");
            summaryP.printRecord(SummaryWriter.header(spec.factors()));
            SummaryWriter summary = new SummaryWriter(summaryP, SummaryWriter.months(def.until()));
            for (int id = 1; id <= spec.runCount(); id++) {
                RunSpec run = spec.run(id);
                String group = pooled ? "all" : Integer.toString(run.point());
                if (!summary.isGroup(run.scenarioIndex(), group)) {
                    if (summary.started()) {
                        summary.finish();
                    }
                    List<String> values = new ArrayList<>();
                    for (double v : run.values()) {
                        values.add(pooled ? "" : plaza.io.Numbers.format(v));
                    }
                    summary.start(run.scenarioIndex(), run.scenario(), group, values);
                }
                Path part = parts.file(id);
                List<String> ts = new ArrayList<>();
                String runLine = null;
                String timeLine = null;
                try (BufferedReader r = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                    String l;
                    while ((l = r.readLine()) != null) {
                        if (l.startsWith(PartStore.RUN_TAG)) {
                            runLine = l.substring(PartStore.RUN_TAG.length());
                        } else if (l.startsWith(PartStore.TIME_TAG)) {
                            timeLine = l.substring(PartStore.TIME_TAG.length());
                        } else if (l.startsWith("#")) {
                            tableLine(tables, l, part);
                        } else {
                            ts.add(l);
                        }
                    }
                }
                if (runLine == null || timeLine == null) {
                    throw new IOException(part + " is incomplete (no run or time record)");
                }
                String status = timeLine.substring(0, timeLine.indexOf(','));
                line(runsW, runLine);
                timings.printRecord(id, status, timeLine.substring(timeLine.indexOf(',') + 1));
                if (RunTask.OK.equals(status)) {
                    done++;
                    for (int m = 0; m < ts.size(); m++) {
                        line(tsW, ts.get(m));
                        summary.add(m, lastNumbers(ts.get(m), METRICS));
                    }
                    if (sensitivity) {
                        double[] o = lastNumbers(runLine, METRICS);
                        double[] acc = sums[run.scenarioIndex()][run.point() - 1];
                        for (int j = 0; j < METRICS; j++) {
                            acc[j] += o[j];
                        }
                        counts[run.scenarioIndex()][run.point() - 1]++;
                    }
                } else {
                    failed++;
                }
            }
            if (summary.started()) {
                summary.finish();
            }
        }
        if (sensitivity) {
            try (CSVPrinter sens = new CSVPrinter(open(out, SENSITIVITY, files), RunTask.CSV)) {
                writeSensitivity(spec, sums, counts, sens);
            }
        } else {
            Files.deleteIfExists(out.resolve(SENSITIVITY));
        }
        return new Counts(done, failed);
    }

    /** Writes a tagged table line of a part into its table (the tables a batch asks for are the only ones its parts hold). */
    private static void tableLine(java.util.Map<BatchTable, Writer> tables, String l, Path part) throws IOException {
        for (java.util.Map.Entry<BatchTable, Writer> e : tables.entrySet()) {
            if (l.startsWith(e.getKey().tag())) {
                line(e.getValue(), l.substring(e.getKey().tag().length()));
                return;
            }
        }
        throw new IOException(part + " holds a line of a table this batch does not write: " + l.substring(0, Math.min(40, l.length())));
    }

    /** Closes the table writers with the others. */
    private record TablesCloser(java.util.Map<BatchTable, Writer> tables) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            for (Writer w : tables.values()) {
                w.close();
            }
        }
    }

    private static String header(List<String> names) {
        return String.join(",", names);
    }

    private static void line(Writer w, String s) throws IOException {
        w.write(s);
        w.write('\n');
    }

    /** The last {@code n} comma-separated fields of a line as numbers (metric values never contain commas). */
    static double[] lastNumbers(String line, int n) {
        double[] v = new double[n];
        int end = line.length();
        for (int i = n - 1; i >= 0; i--) {
            int comma = line.lastIndexOf(',', end - 1);
            String field = line.substring(comma + 1, end);
            v[i] = field.isEmpty() ? Double.NaN : Double.parseDouble(field);
            end = comma;
        }
        return v;
    }

    private static void writeSensitivity(BatchSpec spec, double[][][] sums, int[][] counts, CSVPrinter out) throws IOException {
        ExperimentDefinition def = spec.definition();
        Design design = spec.design();
        List<Factor> factors = spec.factors();
        boolean sobol = def.design() == DesignKind.SOBOL;
        if (sobol) {
            out.printRecord("scenario", "outcome", "parameter", "n", "s1", "s1_ci95_low", "s1_ci95_high",
                    "st", "st_ci95_low", "st_ci95_high", "warning");
        } else {
            out.printRecord("scenario", "outcome", "parameter", "r", "mu", "mu_star", "sigma", "warning");
        }
        for (int s = 0; s < spec.scenarios().size(); s++) {
            String scenario = spec.scenarios().get(s).name();
            for (Metric m : def.outcomes()) {
                double[] f = new double[spec.points()];
                for (int p = 0; p < f.length; p++) {
                    f[p] = counts[s][p] > 0 ? sums[s][p][m.ordinal()] / counts[s][p] : Double.NaN;
                }
                if (sobol) {
                    SensitivityAnalysis.SobolIndex[] idx = SensitivityAnalysis.sobol(f, factors.size(), def.bootstrap(), def.seed());
                    for (int i = 0; i < idx.length; i++) {
                        SensitivityAnalysis.SobolIndex x = idx[i];
                        out.printRecord(scenario, m.column(), factors.get(i).name(), x.n(), num(x.s1()), num(x.s1Low()),
                                num(x.s1High()), num(x.st()), num(x.stLow()), num(x.stHigh()), x.warning(def.samples()));
                    }
                } else {
                    SensitivityAnalysis.MorrisIndex[] idx = SensitivityAnalysis.morris(design, f);
                    for (int i = 0; i < idx.length; i++) {
                        SensitivityAnalysis.MorrisIndex x = idx[i];
                        out.printRecord(scenario, m.column(), factors.get(i).name(), x.r(), num(x.mu()), num(x.muStar()), num(x.sigma()),
                                x.warning(def.replications()));
                    }
                }
            }
        }
    }

    /** Numbers as every CSV writes them; undefined values (no variance, too few runs) left empty. */
    private static String num(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }

    /** True if any batch output already exists in the directory. */
    static boolean anyOutput(Path out) {
        return Arrays.stream(OUTPUTS.toArray(new String[0])).anyMatch(n -> Files.exists(out.resolve(n)));
    }

    /** Removes previous outputs (for --fresh). */
    static void deleteOutputs(Path out) throws IOException {
        for (String n : OUTPUTS) {
            Files.deleteIfExists(out.resolve(n));
            Files.deleteIfExists(out.resolve(ParquetCopies.parquetName(n)));
        }
    }
}
