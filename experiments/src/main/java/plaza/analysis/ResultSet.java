package plaza.analysis;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plaza.output.Metric;
import plaza.params.InputException;

/**
 * Several result directories read together and checked to belong together: the same scale, the
 * metrics asked for present everywhere, no run counted twice, and the same months (or a period every
 * run covers). Replications are grouped by scenario in the order they were first seen.
 */
public final class ResultSet {

    private final List<ResultDirectory> inputs;
    private final Map<String, List<Replication>> byScenario = new LinkedHashMap<>();

    private ResultSet(List<ResultDirectory> inputs) {
        this.inputs = inputs;
        for (ResultDirectory d : inputs) {
            for (Replication r : d.replications()) {
                byScenario.computeIfAbsent(r.scenario(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** Reads every directory and checks they can be compared; throws {@link InputException} naming what differs. */
    public static ResultSet read(List<Path> dirs) {
        if (dirs.isEmpty()) {
            throw new InputException("no result directory given");
        }
        List<ResultDirectory> inputs = new ArrayList<>();
        for (Path d : dirs) {
            inputs.add(ResultDirectory.read(d));
        }
        ResultSet set = new ResultSet(inputs);
        set.checkScale();
        set.checkDuplicates();
        return set;
    }

    public List<ResultDirectory> inputs() { return inputs; }

    /** Scenario names in order of first appearance. */
    public List<String> scenarios() { return List.copyOf(byScenario.keySet()); }

    public List<Replication> replications(String scenario) {
        List<Replication> r = byScenario.get(scenario);
        if (r == null) {
            throw new InputException("no scenario '" + scenario + "' in the inputs (they hold: "
                    + String.join(", ", byScenario.keySet()) + ")");
        }
        return r;
    }

    public List<Replication> all() {
        List<Replication> out = new ArrayList<>();
        byScenario.values().forEach(out::addAll);
        return out;
    }

    /** Every metric must be a column in every run. */
    public void checkMetrics(List<Metric> metrics) {
        for (Replication r : all()) {
            for (Metric m : metrics) {
                if (!r.values().containsKey(m.column())) {
                    throw new InputException(r.source() + " has no metric '" + m.column() + "' (run " + r.runId()
                            + "; it has " + String.join(", ", r.values().keySet()) + "); choose others with --metrics");
                }
            }
        }
    }

    /**
     * The months all runs share. Without an explicit period every run must cover the same months (a
     * difference usually means the inputs were run to different horizons and should not be pooled);
     * with one, every run must cover it.
     */
    public Period commonPeriod(List<Period> requested) {
        List<Replication> all = all();
        Replication first = all.get(0);
        YearMonth from = first.period().from();
        YearMonth to = first.period().to();
        for (Replication r : all) {
            from = r.period().from().isAfter(from) ? r.period().from() : from;
            to = r.period().to().isBefore(to) ? r.period().to() : to;
        }
        if (requested.isEmpty()) {
            for (Replication r : all) {
                if (!r.period().equals(first.period())) {
                    throw new InputException("inputs cover different periods: " + r.source() + " (run " + r.runId() + ") covers "
                            + r.period() + " but " + first.source() + " (run " + first.runId() + ") covers " + first.period()
                            + (to.isBefore(from) ? "; they share no month" : "; pass --period " + from + ":" + to
                            + " to compare the months they share"));
                }
            }
            return first.period();
        }
        for (Period p : requested) {
            for (Replication r : all) {
                if (!r.period().covers(p)) {
                    throw new InputException("--period " + p + " is not covered by " + r.source() + " (run " + r.runId()
                            + " covers " + r.period() + ")"
                            + (to.isBefore(from) ? "" : "; all inputs cover " + from + ":" + to));
                }
            }
        }
        return new Period(from, to);
    }

    private void checkScale() {
        String scale = null;
        Path where = null;
        for (ResultDirectory d : inputs) {
            for (String s : d.metadataValues("scale")) {
                if (scale == null) {
                    scale = s;
                    where = d.dir();
                } else if (!scale.equals(s)) {
                    throw new InputException("inputs were run at different scales: " + d.dir() + " has scale " + s
                            + " but " + where + " has scale " + scale + " (people per agent); rerun them at one scale");
                }
            }
        }
    }

    /** The same scenario and seed twice is the same run counted twice, which would understate the noise. */
    private void checkDuplicates() {
        Map<String, Replication> seen = new HashMap<>();
        for (Replication r : all()) {
            if (r.seed() == null) {
                continue;
            }
            Replication before = seen.putIfAbsent(r.scenario() + "|" + r.seed(), r);
            if (before != null) {
                throw new InputException("scenario " + r.scenario() + " with seed " + r.seed() + " appears twice: in "
                        + before.source() + " (run " + before.runId() + ") and " + r.source() + " (run " + r.runId()
                        + "); give each run once");
            }
        }
    }
}
