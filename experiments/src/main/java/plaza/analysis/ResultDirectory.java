package plaza.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import plaza.io.Metadata;
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
        plaza.io.RunCommit.finish(dir);
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
        ResultFiles.RunList runList = kind.equals("batch") ? ResultFiles.readRuns(dir.resolve(RUNS)) : ResultFiles.RunList.NONE;
        Map<String, ResultFiles.Rows> rows = new LinkedHashMap<>();
        List<Replication> reps = ResultFiles.readTimeseries(dir, ts, md, runList.info(), rows);
        if (reps.isEmpty()) {
            throw new InputException(ts + ": holds no months");
        }
        ResultFiles.checkAgreement(dir, ts, md, kind, runList, rows);
        return new ResultDirectory(dir, kind, List.of(md), numberWithinScenario(reps, false));
    }

    private static List<Path> childRuns(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                        if (Files.isDirectory(p)) {
                            plaza.io.RunCommit.finish(p); // a run whose last replacement was cut short
                        }
                        return Files.isRegularFile(p.resolve(Metadata.FILE));
                    })

                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new InputException(dir + ": cannot list: " + e.getMessage());
        }
    }

    /** A batch that has one design point per scenario keeps plain scenario names. */
    static List<Replication> collapseSinglePoints(List<Replication> reps) {
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

    static Replication withScenario(Replication r, String scenario) {
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
}
