package plaza.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import plaza.io.Metadata;
import plaza.output.Metric;
import plaza.params.InputException;

/**
 * A result directory read back for analysis. Three layouts are accepted:
 * <ul>
 * <li>a single run ({@code kind = run}): {@code timeseries.csv} with {@code scenario,seed,month,<metrics>};</li>
 * <li>a batch ({@code kind = batch}): {@code timeseries.csv} long by month with {@code run_id,scenario,
 * replication,month,<metrics>} (optionally {@code seed}, {@code design_point}), seeds otherwise taken
 * from {@code runs.csv};</li>
 * <li>a folder of single runs without metadata of its own, such as {@code results/baseline/} holding
 * {@code seed-1/}, {@code seed-2/}...</li>
 * </ul>
 * Columns are read by name and unknown columns are ignored, so files written by earlier versions of
 * the format (and batches with extra columns) read the same; a newer {@code format_version} is refused
 * by {@link Metadata#read}.
 */
public final class ResultDirectory {

    static final String TIMESERIES = "timeseries.csv";
    static final String RUNS = "runs.csv";

    private final Path dir;
    private final String kind;
    private final List<Metadata> metadata;
    private final List<Replication> replications;

    private ResultDirectory(Path dir, String kind, List<Metadata> metadata, List<Replication> replications) {
        this.dir = dir;
        this.kind = kind;
        this.metadata = metadata;
        this.replications = replications;
    }

    public Path dir() { return dir; }

    /** {@code run}, {@code batch}, or {@code runs} for a folder of single runs. */
    public String kind() { return kind; }

    public List<Replication> replications() { return replications; }

    /** Distinct values of a metadata key over this directory (one per run for a folder of runs). */
    public List<String> metadataValues(String key) {
        TreeSet<String> out = new TreeSet<>();
        for (Metadata m : metadata) {
            String v = m.get(key);
            if (v != null && !v.isBlank()) {
                out.add(v.trim());
            }
        }
        return new ArrayList<>(out);
    }

    /** Reads a result directory, or throws an {@link InputException} naming it and what is wrong. */
    public static ResultDirectory read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": no such directory");
        }
        if (!Files.isRegularFile(dir.resolve(Metadata.FILE))) {
            List<Path> runs = childRuns(dir);
            if (runs.isEmpty()) {
                throw new InputException(dir + " is not a Plaza result directory (no " + Metadata.FILE
                        + ", and no sub-directories holding one)");
            }
            List<Metadata> mds = new ArrayList<>();
            List<Replication> reps = new ArrayList<>();
            for (Path run : runs) {
                ResultDirectory one = read(run);
                mds.addAll(one.metadata);
                reps.addAll(one.replications);
            }
            return new ResultDirectory(dir, "runs", mds, numberWithinScenario(reps, true));
        }
        Metadata md = Metadata.read(dir);
        String kind = md.get("kind") == null ? "run" : md.get("kind").trim();
        if (!kind.equals("run") && !kind.equals("batch")) {
            throw new InputException(dir.resolve(Metadata.FILE) + ": kind '" + kind + "' is not a result (expected run or batch)");
        }
        Path ts = dir.resolve(TIMESERIES);
        if (!Files.isRegularFile(ts)) {
            throw new InputException(dir + " is not a complete Plaza result directory (no " + TIMESERIES + ")");
        }
        Map<String, String[]> runInfo = kind.equals("batch") ? readRuns(dir.resolve(RUNS)) : Map.of();
        List<Replication> reps = readTimeseries(dir, ts, md, runInfo);
        if (reps.isEmpty()) {
            throw new InputException(ts + ": holds no months");
        }
        return new ResultDirectory(dir, kind, List.of(md), numberWithinScenario(reps, false));
    }

    private static List<Path> childRuns(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(Metadata.FILE)))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new InputException(dir + ": cannot list: " + e.getMessage());
        }
    }

    /** runs.csv of a batch: run id to {seed, design point}; absent file or columns give nulls. */
    private static Map<String, String[]> readRuns(Path file) {
        Map<String, String[]> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = parser(r)) {
            String idCol = firstPresent(p.getHeaderNames(), "run_id", "run", "id");
            if (idCol == null) {
                return out;
            }
            List<String> header = p.getHeaderNames();
            boolean hasSeed = header.contains("seed");
            boolean hasPoint = header.contains("design_point");
            // the varied parameters' columns stand between seed and status (runs.csv of plaza batch)
            int from = header.indexOf("seed") + 1;
            int to = header.indexOf("status");
            List<String> varied = from > 0 && to > from ? header.subList(from, to) : List.of();
            for (CSVRecord rec : p) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String v : varied) {
                    if (rec.isSet(v) && !rec.get(v).isBlank()) {
                        values.put(v, rec.get(v).trim());
                    }
                }
                String point = hasPoint && rec.isSet("design_point") ? rec.get("design_point") : null;
                out.put(rec.get(idCol), new String[] {
                        hasSeed && rec.isSet("seed") ? rec.get("seed") : null,
                        point,
                        point == null || values.isEmpty() ? null : DesignLabels.label("", point, values)});
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw unreadable(file, e);
        }
        return out;
    }

    private static CSVParser parser(Reader r) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r);
    }

    private static String firstPresent(List<String> header, String... names) {
        for (String n : names) {
            if (header.contains(n)) {
                return n;
            }
        }
        return null;
    }

    /** Rows of one run while reading. */
    private static final class Rows {
        final String runId;
        String scenario;
        String seed;
        String replication;
        String designPoint;
        YearMonth first;
        YearMonth last;
        final Map<String, List<Double>> values = new LinkedHashMap<>();

        Rows(String runId) {
            this.runId = runId;
        }
    }

    private static List<Replication> readTimeseries(Path dir, Path file, Metadata md, Map<String, String[]> runInfo) {
        Map<String, Rows> runs = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = parser(r)) {
            List<String> header = p.getHeaderNames();
            for (String required : new String[] {"scenario", "month"}) {
                if (!header.contains(required)) {
                    throw new InputException(file + ": no '" + required + "' column (header: " + String.join(",", header) + ")");
                }
            }
            List<String> metrics = header.stream().filter(h -> Metric.byColumn(h) != null).toList();
            if (metrics.isEmpty()) {
                throw new InputException(file + ": no metric columns (header: " + String.join(",", header) + ")");
            }
            boolean hasRunId = header.contains("run_id");
            boolean hasSeed = header.contains("seed");
            boolean hasRep = header.contains("replication");
            boolean hasPoint = header.contains("design_point");
            for (CSVRecord rec : p) {
                long line = rec.getRecordNumber() + 1;
                if (!rec.isConsistent()) {
                    throw new InputException(file + ":" + line + ": " + rec.size() + " fields, header has " + header.size());
                }
                String seed = hasSeed ? rec.get("seed") : null;
                String rep = hasRep ? rec.get("replication") : null;
                String key = hasRunId ? rec.get("run_id") : rec.get("scenario") + "|" + seed + "|" + rep;
                Rows rows = runs.computeIfAbsent(key, k -> new Rows(hasRunId ? k : dir.getFileName().toString()));
                rows.scenario = rec.get("scenario");
                rows.seed = seed;
                rows.replication = rep;
                rows.designPoint = hasPoint ? rec.get("design_point") : null;
                YearMonth month = month(rec.get("month"), file, line);
                if (rows.last != null && !month.equals(rows.last.plusMonths(1))) {
                    throw new InputException(file + ":" + line + ": month " + month + " does not follow " + rows.last
                            + " for run " + key + " (months must be consecutive)");
                }
                if (rows.first == null) {
                    rows.first = month;
                }
                rows.last = month;
                for (String m : metrics) {
                    rows.values.computeIfAbsent(m, k -> new ArrayList<>()).add(number(rec.get(m), file, line, m));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw unreadable(file, e);
        }
        List<Replication> out = new ArrayList<>();
        for (Rows rows : runs.values()) {
            String[] info = runInfo.getOrDefault(rows.runId, new String[3]);
            String seed = rows.seed != null ? rows.seed : info[0] != null ? info[0] : md.get("seed");
            String point = rows.designPoint != null ? rows.designPoint : info[1];
            Map<String, double[]> values = new LinkedHashMap<>();
            rows.values.forEach((k, v) -> values.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
            out.add(new Replication(dir, rows.runId, rows.scenario, parseSeed(seed, file),
                    rows.replication == null || rows.replication.isBlank() ? 0 : (int) parseSeed(rows.replication, file).longValue(),
                    new Period(rows.first, rows.last), values));
            if (point != null && !point.isBlank()) {
                // info[2] is " [name=value, ...]" from runs.csv: the point is named by its values
                String label = info[2] != null ? rows.scenario + info[2] : rows.scenario + "#" + point.trim();
                out.set(out.size() - 1, withScenario(out.get(out.size() - 1), label));
            }
        }
        return collapseSinglePoints(out);
    }

    /** A batch that has one design point per scenario keeps plain scenario names. */
    private static List<Replication> collapseSinglePoints(List<Replication> reps) {
        Map<String, TreeSet<String>> points = new HashMap<>();
        for (Replication r : reps) {
            points.computeIfAbsent(DesignLabels.scenario(r.scenario()), k -> new TreeSet<>()).add(r.scenario());
        }
        List<Replication> out = new ArrayList<>();
        for (Replication r : reps) {
            String base = DesignLabels.scenario(r.scenario());
            out.add(points.get(base).size() == 1 ? withScenario(r, base) : r);
        }
        return out;
    }

    private static Replication withScenario(Replication r, String scenario) {
        return new Replication(r.source(), r.runId(), scenario, r.seed(), r.replication(), r.period(), r.values());
    }

    /**
     * Replications without a number (single runs), or all of them when {@code renumber} (a folder of
     * single runs, each numbered 1 on its own), are numbered by seed within their scenario.
     */
    private static List<Replication> numberWithinScenario(List<Replication> reps, boolean renumber) {
        if (!renumber && reps.stream().allMatch(r -> r.replication() > 0)) {
            return reps;
        }
        List<Replication> sorted = new ArrayList<>(reps);
        sorted.sort(Comparator.comparing(Replication::scenario)
                .thenComparing(r -> r.seed() == null ? Long.MAX_VALUE : r.seed()));
        Map<String, Integer> next = new HashMap<>();
        List<Replication> out = new ArrayList<>();
        for (Replication r : sorted) {
            int n = next.merge(r.scenario(), 1, Integer::sum);
            out.add(new Replication(r.source(), r.runId(), r.scenario(), r.seed(), n, r.period(), r.values()));
        }
        return out;
    }

    /** The error for a file that cannot be read: "not a text file" when its bytes are not UTF-8. */
    private static InputException unreadable(Path file, Exception e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.nio.charset.CharacterCodingException) {
                return new InputException(file + ": not a text file (not valid UTF-8); Plaza's CSV files are UTF-8 text");
            }
        }
        return new InputException(file + ": cannot read: " + e.getMessage());
    }

    private static YearMonth month(String text, Path file, long line) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InputException(file + ":" + line + ": month '" + text + "' is not YYYY-MM");
        }
    }

    private static double number(String text, Path file, long line, String column) {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InputException(file + ":" + line + ": column " + column + ": '" + text + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new InputException(file + ":" + line + ": column " + column + " is " + text.trim()
                    + ": a run with outputs that are not finite numbers has failed; run it again with this"
                    + " version of Plaza, which refuses to write such outputs");
        }
        return v;
    }

    private static Long parseSeed(String text, Path file) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InputException(file + ": seed or replication '" + text + "' is not a whole number");
        }
    }
}
