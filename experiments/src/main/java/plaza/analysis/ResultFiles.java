package plaza.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import plaza.io.Metadata;
import plaza.output.Metric;
import plaza.params.InputException;

/**
 * The reading side of {@link ResultDirectory}: a batch's runs.csv and a time series, each line checked
 * (cut-off lines, numbers, months, seeds) with the file and line named in the refusal, and the check
 * that a directory's files agree with each other and with its metadata.
 */
final class ResultFiles {

    private ResultFiles() {}

    /**
     * runs.csv of a batch as read: run id to {seed, design point}, the line of each run, the runs that
     * succeeded (status ok, or every run when there is no status column) and the number of rows.
     */
    record RunList(Path file, Map<String, String[]> info, Map<String, Long> lines, List<String> succeeded) {
        static final RunList NONE = new RunList(null, Map.of(), Map.of(), List.of());
    }

    /**
     * Refuses a directory whose files disagree, naming the file and line: a run in timeseries.csv that
     * runs.csv does not list, a run runs.csv lists as succeeded with no months in timeseries.csv, fewer
     * runs in runs.csv than the metadata counts, or a run whose months stop before the metadata's last
     * month (a cut-off file; a line cut off inside is caught where it is read).
     */
    static void checkAgreement(Path dir, Path ts, Metadata md, String kind, RunList runList, Map<String, Rows> rows) {
        String advice = "; the directory's files disagree (one was cut short or edited): run the command that wrote "
                + dir + " again";
        if (runList.file() != null) {
            for (Rows r : rows.values()) {
                if (!runList.info().containsKey(r.runId)) {
                    throw new InputException(ts + ":" + r.firstLine + ": run " + r.runId + " is not in " + runList.file()
                            + " (which lists " + runList.lines().size() + " runs)" + advice);
                }
            }
            for (String id : runList.succeeded()) {
                if (!rows.containsKey(id)) {
                    throw new InputException(runList.file() + ":" + runList.lines().get(id) + ": run " + id
                            + " succeeded but has no months in " + ts + advice);
                }
            }
            String total = md.get("runs_total");
            if (total != null && total.trim().matches("\\d+") && Long.parseLong(total.trim()) != runList.lines().size()) {
                throw new InputException(runList.file() + ": lists " + runList.lines().size() + " runs, but "
                        + dir.resolve(Metadata.FILE) + " says runs_total = " + total.trim() + advice);
            }
        } else if (kind.equals("batch") && md.get("runs_total") != null) {
            throw new InputException(dir + ": no " + ResultDirectory.RUNS + " beside " + ResultDirectory.TIMESERIES + advice);
        }
        String until = md.get(kind.equals("batch") ? "experiment.until" : "until");
        if (until != null && !until.isBlank()) {
            YearMonth last;
            try {
                last = YearMonth.parse(until.trim());
            } catch (DateTimeParseException e) {
                throw new InputException(dir.resolve(Metadata.FILE) + ": until '" + until + "' is not YYYY-MM");
            }
            for (Rows r : rows.values()) {
                if (!r.last.equals(last)) {
                    throw new InputException(ts + ":" + r.lastLine + ": run " + r.runId + " ends in " + r.last + ", but "
                            + dir.resolve(Metadata.FILE) + " says the runs end in " + last + advice);
                }
            }
        }
    }

    /** Refuses a file whose last line has no line end: Plaza ends every line, so the file was cut off. */
    private static void requireLineEnd(Path file, long lastLine) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            long size = ch.size();
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            if (size > 0 && (ch.read(b, size - 1) != 1 || b.get(0) != '\n')) {
                throw new InputException(file + ":" + lastLine + ": the last line is cut off (no line end): the file is"
                        + " incomplete; run the command that wrote it again");
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }
    /** runs.csv of a batch: run id to {seed, design point}; an absent file or id column gives {@link RunList#NONE}. */
    static RunList readRuns(Path file) {
        if (!Files.isRegularFile(file)) {
            return RunList.NONE;
        }
        Map<String, String[]> out = new HashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        List<String> succeeded = new ArrayList<>();
        long lastLine = 1;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = parser(r)) {
            List<String> header = p.getHeaderNames();
            String idCol = firstPresent(header, "run_id", "run", "id");
            if (idCol == null) {
                return RunList.NONE;
            }
            boolean hasSeed = header.contains("seed");
            boolean hasPoint = header.contains("design_point");
            boolean hasStatus = header.contains("status");
            // the varied parameters' columns stand between seed and status (runs.csv of plaza batch)
            int from = header.indexOf("seed") + 1;
            int to = header.indexOf("status");
            List<String> varied = from > 0 && to > from ? header.subList(from, to) : List.of();
            for (CSVRecord rec : p) {
                long line = rec.getRecordNumber() + 1;
                lastLine = line;
                if (!rec.isConsistent()) {
                    throw new InputException(file + ":" + line + ": " + rec.size() + " fields, header has " + header.size()
                            + " (a cut-off or edited line)");
                }
                String id = rec.get(idCol);
                if (lines.put(id, line) != null) {
                    throw new InputException(file + ":" + line + ": run " + id + " is listed twice");
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (String v : varied) {
                    if (rec.isSet(v) && !rec.get(v).isBlank()) {
                        values.put(v, rec.get(v).trim());
                    }
                }
                String point = hasPoint && rec.isSet("design_point") ? rec.get("design_point") : null;
                out.put(id, new String[] {
                        hasSeed && rec.isSet("seed") ? rec.get("seed") : null,
                        point,
                        point == null || values.isEmpty() ? null : DesignLabels.label("", point, values)});
                if (!hasStatus || rec.get("status").trim().equals("ok")) {
                    succeeded.add(id);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw unreadable(file, e);
        }
        requireLineEnd(file, lastLine);
        return new RunList(file, out, lines, succeeded);
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
    static final class Rows {
        final String runId;
        long firstLine;
        long lastLine;
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

    static List<Replication> readTimeseries(Path dir, Path file, Metadata md, Map<String, String[]> runInfo,
                                                    Map<String, Rows> runs) {
        long lastLine = 1;
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
                lastLine = line;
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
                    rows.firstLine = line;
                }
                rows.last = month;
                rows.lastLine = line;
                for (String m : metrics) {
                    rows.values.computeIfAbsent(m, k -> new ArrayList<>()).add(number(rec.get(m), file, line, m));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw unreadable(file, e);
        }
        requireLineEnd(file, lastLine);
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
                out.set(out.size() - 1, ResultDirectory.withScenario(out.get(out.size() - 1), label));
            }
        }
        return ResultDirectory.collapseSinglePoints(out);
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
