package plaza.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import plaza.calibration.HistoryEnsemble;
import plaza.calibration.Targets;
import plaza.io.Numbers;
import plaza.params.ParameterValues;

/**
 * {@code plaza ensemble}: builds the history-matched ensemble, the baseline seeds whose own run
 * agrees with the reports' record 1995-2012, into the scenario library ({@link HistoryEnsemble}).
 */
@Command(name = "ensemble", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build the history-matched ensemble: run the baseline on candidate seeds 1, 2, ... to 2012-12 and keep",
                "those whose own run meets the targets of seeds/targets.csv (--strict ones exactly, the others within --tolerance);",
                "a candidate is rejected at the first month in which a target it can already evaluate has failed.",
                "Writes scenarios/history.ensemble (accepted seeds, acceptance rate, matching rule, code and data version)",
                "and scenarios/history-candidates.csv.gz (where each candidate was rejected, and why). --seeds history uses it."},
        footer = {"", "Exit codes: 0 at least --keep seeds accepted, 1 fewer (the file is written with those found), 2 bad input."})
public final class EnsembleCommand implements Callable<Integer> {

    /**
     * Met exactly by default: every target of the record (each inside its own range, none widened), so
     * the first 20 accepted seeds pass every in-sample target run by run.
     */
    static final String DEFAULT_STRICT = HistoryEnsemble.Rule.ALL;
    /** The {@code --exclude} default: the known misses declared in seeds/known-misses.csv. */
    static final String DEFAULT_EXCLUDED = "known";

    @Spec
    CommandSpec spec;

    @Option(names = "--candidates", defaultValue = "30000", paramLabel = "N",
            description = "Most candidate seeds to examine, 1..N (default: ${DEFAULT-VALUE}).")
    int candidates;

    @Option(names = "--keep", defaultValue = "10", paramLabel = "K",
            description = "Seeds to keep: the first K accepted; examining stops once they are found (default: ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = "--strict", defaultValue = DEFAULT_STRICT, paramLabel = "id,id,...", split = ",",
            description = "Targets met inside their range exactly, or 'all' (every target not excluded) (default: ${DEFAULT-VALUE}).")
    List<String> strict = new ArrayList<>();

    @Option(names = "--tolerance", defaultValue = "0", paramLabel = "W",
            description = "Every other target is met inside its range widened by W of its width on each side (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--exclude", defaultValue = DEFAULT_EXCLUDED, paramLabel = "id,id,...", split = ",",
            description = "Targets not matched, or 'known': the known misses declared in seeds/known-misses.csv, which no seed can fix (default: ${DEFAULT-VALUE}).")
    List<String> excluded = new ArrayList<>();

    @Option(names = "--scale", defaultValue = "100", paramLabel = "X", description = "People per person-agent (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the two files (default: the scenario library, scenarios/).")
    Path out;

    @Override
    public Integer call() {
        if (threads != null && (threads < 1 || threads > 4096)) {
            throw new plaza.params.InputException("--threads " + threads + " is out of range; allowed 1 to 4096");
        }
        Path targetsFile = Project.targets();
        ParameterValues baseline = Project.scenarios().load("baseline").values();
        new plaza.model.RunConfig("baseline", baseline, 1, HistoryEnsemble.MATCHED_UNTIL, scale); // checks the scale
        List<plaza.calibration.Target> targets = Targets.load(targetsFile);
        HistoryEnsemble.Rule rule = new HistoryEnsemble.Rule(ids(strict), tolerance, excludedIds(targetsFile, targets));
        long t0 = System.nanoTime();
        HistoryEnsemble.Build b = HistoryEnsemble.build(baseline, targets, targetsFile, rule, candidates, keep,
                scale, threads != null ? threads : Runtime.getRuntime().availableProcessors(), System.err);
        Path dir = out != null ? out : Project.home().resolve("scenarios");
        HistoryEnsemble.write(b, dir);
        HistoryEnsemble e = b.ensemble();
        var w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "%d of %d candidates accepted (%.1f%%); kept %d: %s%n", e.accepted(), e.candidates(),
                100 * e.acceptanceRate(), e.seeds().size(), e.seeds());
        w.println("matching rule: " + e.rule().text());
        w.println(missedSummary(b));
        w.printf(Locale.ROOT, "wrote %s and %s (%s s)%n", dir.resolve(HistoryEnsemble.FILE), dir.resolve(HistoryEnsemble.CANDIDATES),
                Numbers.format(Math.round((System.nanoTime() - t0) / 1e8) / 10.0));
        if (e.seeds().size() < keep) {
            System.err.println("plaza: only " + e.seeds().size() + " of the " + keep + " seeds asked for were accepted among "
                    + e.candidates() + " candidates; raise --candidates");
            return PlazaCli.FAILURE;
        }
        return PlazaCli.OK;
    }

    /** The ids given to --exclude, with 'known' standing for the declared known misses (in the targets table's order). */
    private List<String> excludedIds(Path targetsFile, List<plaza.calibration.Target> targets) {
        plaza.calibration.KnownMisses known = plaza.calibration.KnownMisses.besideTargets(targetsFile, targets);
        List<String> out = new ArrayList<>();
        for (String id : ids(excluded)) {
            if (!id.equals(DEFAULT_EXCLUDED)) {
                out.add(id);
                continue;
            }
            for (plaza.calibration.Target t : targets) {
                if (known.declared(t.id()) && !out.contains(t.id())) {
                    out.add(t.id());
                }
            }
        }
        return out;
    }

    private static List<String> ids(List<String> given) {
        return given.stream().map(String::trim).filter(x -> !x.isEmpty() && !x.equals("none")).toList();
    }

    /**
     * Where the candidates were rejected (share of candidates by month), and the five targets missed most
     * often, each as a share of the candidates that reached it.
     */
    private static String missedSummary(HistoryEnsemble.Build b) {
        int n = b.candidates().size();
        java.util.TreeMap<java.time.YearMonth, Integer> at = new java.util.TreeMap<>();
        for (HistoryEnsemble.Candidate c : b.candidates()) {
            if (c.rejectedAt() != null) {
                at.merge(c.rejectedAt(), 1, Integer::sum);
            }
        }
        List<String> months = new ArrayList<>();
        at.forEach((m, k) -> months.add(m + " " + percent(k, n)));
        List<int[]> counts = new ArrayList<>();
        for (int t = 0; t < b.targets().size(); t++) {
            int missed = 0;
            int reached = 0;
            for (HistoryEnsemble.Candidate c : b.candidates()) {
                reached += Double.isNaN(c.values()[t]) && c.met()[t] ? 0 : 1;
                missed += c.met()[t] ? 0 : 1;
            }
            counts.add(new int[] {t, missed, reached});
        }
        counts.sort((x, y) -> Double.compare((double) y[1] / Math.max(1, y[2]), (double) x[1] / Math.max(1, x[2])) != 0
                ? Double.compare((double) y[1] / Math.max(1, y[2]), (double) x[1] / Math.max(1, x[2])) : Integer.compare(x[0], y[0]));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(5, counts.size()) && counts.get(i)[1] > 0; i++) {
            int[] c = counts.get(i);
            parts.add(b.targets().get(c[0]).id() + " " + percent(c[1], c[2]) + " of " + c[2]);
        }
        return "rejected at " + (months.isEmpty() ? "none" : String.join(", ", months))
                + "\nmost often missed (share of the candidates that reached it): "
                + (parts.isEmpty() ? "none" : String.join(", ", parts));
    }

    private static String percent(int k, int n) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * k / Math.max(1, n));
    }
}
