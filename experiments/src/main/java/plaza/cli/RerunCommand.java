package plaza.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plaza.io.Metadata;
import plaza.io.RunWriter;
import plaza.model.RunConfig;
import plaza.params.InputException;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;

/**
 * {@code plaza rerun}: reproduces a run from its result directory alone (its metadata records every
 * parameter exactly), or one run of a batch (from the batch's {@code parameters.csv} and
 * {@code runs.csv}), whatever the scenario files say now; then says whether the outputs are
 * byte-identical to the original's.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run again, from its result directory alone, a run written by 'plaza run' (or, with --run-id, one run of a batch),"
                + " and check that the outputs are identical to the original's.",
                "Uses the parameter values, seed, scale and period recorded in the directory, not the scenario files."},
        footer = {"", "Exit codes: 0 identical outputs, 1 the outputs differ (or the run failed), 2 bad input."})
public final class RerunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESULT_DIR", description = "A run's result directory, or a batch's with --run-id.")
    Path source;

    @Option(names = "--run-id", paramLabel = "N", description = "The run of a batch to reproduce (its run_id in runs.csv).")
    Integer runId;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the rerun is written (default: RESULT_DIR-rerun, or BATCH_DIR-run-N).")
    Path out;

    @Option(names = "--fresh", description = "Replace whatever Plaza result DIR holds.")
    boolean fresh;

    /** What a rerun needs: the configuration, and how to find the original's time series. */
    private record Recorded(RunConfig config, java.time.YearMonth from, List<String> originalRows) { }

    @Override
    public Integer call() {
        Metadata md = Metadata.read(source);
        String kind = md.get("kind");
        Recorded r;
        if ("batch".equals(kind)) {
            if (runId == null) {
                throw new InputException(source + " is a batch; say which run to reproduce with --run-id N (see its runs.csv)");
            }
            r = batchRun(md, runId);
        } else if ("run".equals(kind)) {
            if (runId != null) {
                throw new InputException("--run-id is for batch directories; " + source + " holds a single run");
            }
            r = singleRun(md);
        } else {
            throw new InputException(source.resolve(Metadata.FILE) + ": kind '" + kind + "' is neither run nor batch");
        }
        Path dir = out != null ? out
                : Path.of(source.toString().replaceAll("[/\\\\]+$", "") + (runId == null ? "-rerun" : "-run-" + runId));
        if (dir.toAbsolutePath().normalize().equals(source.toAbsolutePath().normalize())) {
            throw new InputException("--out " + dir + " is the directory being reproduced; give another directory");
        }
        RunCommand.run(r.config(), dir, null, List.of(), Instant.now(), r.from(), fresh);
        List<String> rerun = metricRows(dir.resolve(RunWriter.TIMESERIES), 2, null);
        boolean same = rerun.equals(r.originalRows());
        if (runId == null) {
            for (String f : List.of(RunWriter.PLAZAS, RunWriter.EVENTS)) {
                same &= sameBytes(source.resolve(f), dir.resolve(f));
            }
        }
        if (same) {
            System.out.println("rerun of " + source + (runId == null ? "" : " run " + runId) + " in " + dir
                    + ": outputs identical to the original's (" + rerun.size() + " months)");
            return PlazaCli.OK;
        }
        System.err.println("plaza: the rerun in " + dir + " differs from " + source + (runId == null ? "" : " run " + runId)
                + "; original code_version " + md.get("code_version") + ", this one " + plaza.io.CodeVersion.get());
        return PlazaCli.FAILURE;
    }

    private Recorded singleRun(Metadata md) {
        Path file = source.resolve(Metadata.FILE);
        requireExact(md, file);
        ParameterValues.Builder b = ParameterValues.builder();
        for (Parameter p : ParameterCatalog.all()) {
            String v = md.get("param." + p.name());
            if (v == null) {
                throw new InputException(file + ": no value for param." + p.name() + "; it was written by another version"
                        + " of Plaza with other parameters, so this version cannot reproduce it");
            }
            if (!v.isEmpty() || !p.pathOnly()) { // empty: a path-only lever following its aliases
                b.set(p.name(), v, file + ": param." + p.name() + ": ");
            }
        }
        RunConfig config = new RunConfig(required(md, "scenario", file), build(b, file), number(md, "seed", file),
                Project.parseMonth(required(md, "until", file), file + ": until"), decimal(md, "scale", file));
        List<String> original = metricRows(source.resolve(RunWriter.TIMESERIES), 2, null);
        String from = md.get("from");
        return new Recorded(config, from != null ? RunConfig.checkFrom(Project.parseMonth(from, file + ": from"))
                : "true".equals(md.get("spin_up")) ? RunConfig.START : RunConfig.OUTPUT_START, original);
    }

    private Recorded batchRun(Metadata md, int id) {
        Path file = source.resolve(Metadata.FILE);
        Path parameters = source.resolve("parameters.csv");
        if (!Files.isRegularFile(parameters)) {
            throw new InputException(source + " has no parameters.csv (written by an older Plaza, or not complete);"
                    + " its runs cannot be reproduced exactly");
        }
        CSVRecord row = find(parameters, id);
        CSVRecord run = find(source.resolve("runs.csv"), id);
        ParameterValues.Builder b = ParameterValues.builder();
        for (Parameter p : ParameterCatalog.all()) {
            if (row.isMapped(p.name()) && row.get(p.name()).isEmpty() && p.pathOnly()) {
                continue; // a path-only lever following its aliases
            }
            if (!row.isMapped(p.name()) || row.get(p.name()).isEmpty()) {
                throw new InputException(parameters + ": run " + id + " has no value for " + p.name()
                        + (row.isMapped(p.name()) ? " (its design point was refused; runs.csv says why)" : ""));
            }
            b.set(p.name(), row.get(p.name()), parameters + ": run " + id + ": ");
        }
        long seed;
        try {
            seed = Long.parseLong(run.get("seed"));
        } catch (NumberFormatException e) {
            throw new InputException(source.resolve("runs.csv") + ": run " + id + ": seed '" + run.get("seed") + "' is not a number");
        }
        RunConfig config = new RunConfig(run.get("scenario"), build(b, parameters), seed,
                Project.parseMonth(required(md, "experiment.until", file), file + ": experiment.until"),
                decimal(md, "experiment.scale", file));
        List<String> original = metricRows(source.resolve("timeseries.csv"), 3, Integer.toString(id));
        return new Recorded(config, RunConfig.OUTPUT_START, original);
    }

    private static void requireExact(Metadata md, Path file) {
        if (!RunCommand.PARAM_FORMAT.equals(md.get("param_format"))) {
            throw new InputException(file + ": parameter values were rounded to 6 digits by an older Plaza; this run"
                    + " cannot be reproduced exactly (run it again with this version to record them exactly)");
        }
    }

    private static ParameterValues build(ParameterValues.Builder b, Path file) {
        try {
            return b.build();
        } catch (InputException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
    }

    private static CSVRecord find(Path csv, int id) {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord rec : p) {
                if (rec.get("run_id").equals(Integer.toString(id))) {
                    return rec;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new InputException(csv + ": cannot read: " + e.getMessage());
        }
        throw new InputException(csv + ": no run " + id + " (run ids count from 1)");
    }

    /**
     * The month and metric part of a time series' rows (columns from {@code monthColumn} on), of one
     * run of a batch when {@code runId} is given; a missing file gives no rows.
     */
    private static List<String> metricRows(Path csv, int monthColumn, String runId) {
        List<String> rows = new ArrayList<>();
        if (!Files.isRegularFile(csv)) {
            return rows;
        }
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord rec : p) {
                if (runId != null && !rec.get(0).equals(runId)) {
                    continue;
                }
                List<String> cells = Arrays.asList(rec.values());
                rows.add(String.join(",", cells.subList(Math.min(monthColumn, cells.size()), cells.size())));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new InputException(csv + ": cannot read: " + e.getMessage());
        }
        return rows;
    }

    private static boolean sameBytes(Path a, Path b) {
        try {
            return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
        } catch (IOException e) {
            return false;
        }
    }

    private static String required(Metadata md, String key, Path file) {
        String v = md.get(key);
        if (v == null || v.isBlank()) {
            throw new InputException(file + ": no " + key);
        }
        return v.trim();
    }

    private static long number(Metadata md, String key, Path file) {
        try {
            return Long.parseLong(required(md, key, file));
        } catch (NumberFormatException e) {
            throw new InputException(file + ": " + key + " '" + md.get(key) + "' is not a whole number");
        }
    }

    private static double decimal(Metadata md, String key, Path file) {
        try {
            return Double.parseDouble(required(md, key, file));
        } catch (NumberFormatException e) {
            throw new InputException(file + ": " + key + " '" + md.get(key) + "' is not a number");
        }
    }
}
