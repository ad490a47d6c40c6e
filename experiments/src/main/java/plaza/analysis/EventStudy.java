package plaza.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;

import plaza.params.InputException;

/**
 * An event study on the model's runs, as empirical papers do it: for each event (a leader removed,
 * a plaza taken, ...) in a plaza, the plaza's outcome in the months around it, differenced from the
 * month before the event, against the same difference averaged over the run's plazas that had no such
 * event in the window (difference in differences, one event at a time):
 *
 * <pre>  effect(k) = [y_p(t+k) - y_p(t-1)] - [mean_q y_q(t+k) - mean_q y_q(t-1)]</pre>
 *
 * <p>Events whose window does not fit in the run are left out (and counted). Effects are averaged
 * within each run, then over runs, with a 90% t interval over runs (runs are independent; events
 * within a run are not); with fewer than two runs the interval is over events and says so.
 */
public final class EventStudy {

    /** Event types that {@code leader_removed} stands for. */
    public static final Set<String> LEADER_REMOVED = Set.of("leader_arrested", "leader_killed", "leader_extradited");

    /** One row of the result: a month relative to the event. */
    public record Row(int k, int events, int runs, double effect, double low, double high, double treatedMean, double controlMean) {}

    /** The result: rows from the window's start to its end, what was counted, and how the interval was formed. */
    public record Result(String event, String outcome, List<Row> rows, int events, int dropped, int runs, boolean clusteredByRun) {}

    private EventStudy() {}

    /** Studies every run found in {@code dir} (a run directory, or a folder of run directories). */
    public static Result of(Path dir, String event, String outcome, int from, int to) {
        if (from > -1 || to < 0) {
            throw new InputException("--window " + from + ":" + to + " must include the month before the event (-1) and the event's month (0)");
        }
        List<Path> runs = runDirs(dir);
        List<double[]> perRun = new ArrayList<>();
        List<double[]> perEvent = new ArrayList<>();
        double[] treated = new double[to - from + 1];
        double[] control = new double[to - from + 1];
        int events = 0;
        int dropped = 0;
        boolean found = false;
        for (Path run : runs) {
            Panel panel = Panel.read(run.resolve("plazas.csv"), outcome);
            List<String[]> ev = events(run.resolve("events.csv"), event);
            found |= !ev.isEmpty();
            List<double[]> mine = new ArrayList<>();
            for (String[] e : ev) {
                Integer t = panel.index.get(YearMonth.parse(e[0]));
                double[] y = panel.series.get(e[1]);
                if (t == null || y == null || t + from < 0 || t + to >= panel.months) {
                    dropped++;
                    continue;
                }
                List<double[]> controls = new ArrayList<>();
                for (Map.Entry<String, double[]> q : panel.series.entrySet()) {
                    if (!q.getKey().equals(e[1]) && !hasEvent(ev, panel, q.getKey(), t + from, t + to)) {
                        controls.add(q.getValue());
                    }
                }
                if (controls.isEmpty()) {
                    dropped++;
                    continue;
                }
                double[] eff = new double[to - from + 1];
                double cBase = mean(controls, t - 1);
                for (int k = from; k <= to; k++) {
                    double c = mean(controls, t + k);
                    eff[k - from] = (y[t + k] - y[t - 1]) - (c - cBase);
                    treated[k - from] += y[t + k];
                    control[k - from] += c;
                }
                mine.add(eff);
                events++;
            }
            perEvent.addAll(mine);
            if (!mine.isEmpty()) {
                perRun.add(average(mine, to - from + 1));
            }
        }
        if (!found) {
            throw new InputException(dir + ": no '" + event + "' event in " + runs.size() + " run(s); event types are those of events.csv"
                    + " (leader_removed stands for leader_arrested, leader_killed and leader_extradited)");
        }
        boolean byRun = perRun.size() >= 2;
        List<double[]> units = byRun ? perRun : perEvent;
        List<Row> rows = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            int i = k - from;
            double m = 0;
            for (double[] u : units) {
                m += u[i];
            }
            m /= units.size();
            double half = Double.NaN;
            if (units.size() >= 2) {
                double s = 0;
                for (double[] u : units) {
                    s += (u[i] - m) * (u[i] - m);
                }
                double sd = Math.sqrt(s / (units.size() - 1));
                half = new TDistribution(units.size() - 1).inverseCumulativeProbability(0.95) * sd / Math.sqrt(units.size());
            }
            rows.add(new Row(k, events, perRun.size(), m, m - half, m + half, treated[i] / events, control[i] / events));
        }
        return new Result(event, outcome, rows, events, dropped, perRun.size(), byRun);
    }

    private static boolean hasEvent(List<String[]> ev, Panel panel, String plaza, int from, int to) {
        for (String[] e : ev) {
            Integer t = panel.index.get(YearMonth.parse(e[0]));
            if (e[1].equals(plaza) && t != null && t >= from && t <= to) {
                return true;
            }
        }
        return false;
    }

    private static double mean(List<double[]> series, int t) {
        double s = 0;
        for (double[] y : series) {
            s += y[t];
        }
        return s / series.size();
    }

    private static double[] average(List<double[]> rows, int n) {
        double[] out = new double[n];
        for (double[] r : rows) {
            for (int i = 0; i < n; i++) {
                out[i] += r[i] / rows.size();
            }
        }
        return out;
    }

    /** The run directories under {@code dir}: itself when it is one, else its sub-directories holding plazas.csv. */
    static List<Path> runDirs(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": no such directory");
        }
        if (Files.isRegularFile(dir.resolve("plazas.csv"))) {
            return List.of(dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> runs = s.filter(p -> Files.isRegularFile(p.resolve("plazas.csv")) && Files.isRegularFile(p.resolve("events.csv")))
                    .sorted().toList();
            if (runs.isEmpty()) {
                throw new InputException(dir + " holds no run with plazas.csv and events.csv (give a run directory such as"
                        + " results/baseline/seed-1, or the folder of runs results/baseline)");
            }
            return runs;
        } catch (IOException e) {
            throw new InputException(dir + ": cannot list: " + e.getMessage());
        }
    }

    /** Events of the type (or of leader_removed's types): {month, plaza where it happened}. */
    static List<String[]> events(Path file, String type) {
        List<String[]> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            boolean leaderPlaza = p.getHeaderNames().contains("leader_plaza");
            for (CSVRecord rec : p) {
                String e = rec.get("event");
                boolean match = type.equals("leader_removed") ? LEADER_REMOVED.contains(e) : e.equals(type);
                if (!match) {
                    continue;
                }
                // a removed leader's events are located where the leader was based
                String where = leaderPlaza && !rec.get("leader_plaza").isBlank() ? rec.get("leader_plaza") : rec.get("plaza");
                if (!where.isBlank()) {
                    out.add(new String[] {rec.get("month"), where});
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        return out;
    }

    /** One run's plaza panel of one outcome: series by plaza over consecutive months. */
    private record Panel(Map<YearMonth, Integer> index, Map<String, double[]> series, int months) {

        static Panel read(Path file, String outcome) {
            Map<YearMonth, Integer> index = new LinkedHashMap<>();
            Map<String, List<Double>> values = new LinkedHashMap<>();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                if (!p.getHeaderNames().contains(outcome)) {
                    throw new InputException(file + ": no column '" + outcome + "'; plaza outcomes are "
                            + String.join(", ", p.getHeaderNames().subList(Math.min(4, p.getHeaderNames().size()), p.getHeaderNames().size())));
                }
                for (CSVRecord rec : p) {
                    YearMonth m = YearMonth.parse(rec.get("month"));
                    index.putIfAbsent(m, index.size());
                    try {
                        values.computeIfAbsent(rec.get("plaza"), k -> new ArrayList<>()).add(Double.parseDouble(rec.get(outcome)));
                    } catch (NumberFormatException e) {
                        throw new InputException(file + ":" + (rec.getRecordNumber() + 1) + ": '" + rec.get(outcome) + "' is not a number");
                    }
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                throw new InputException(file + ": cannot read: " + e.getMessage());
            }
            Map<String, double[]> series = new LinkedHashMap<>();
            values.forEach((k, v) -> series.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
            for (Map.Entry<String, double[]> e : series.entrySet()) {
                if (e.getValue().length != index.size()) {
                    throw new InputException(file + ": plaza " + e.getKey() + " has " + e.getValue().length + " months, the file " + index.size());
                }
            }
            return new Panel(index, series, index.size());
        }
    }
}
