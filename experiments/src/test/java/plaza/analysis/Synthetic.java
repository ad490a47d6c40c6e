package plaza.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.random.RandomGenerator;

import plaza.io.Numbers;

/**
 * Writes small result directories in the pinned formats (single run; batch with runs.csv and a long
 * timeseries.csv) from values the test chooses, so the analysis is tested without the model or the
 * batch runner.
 */
final class Synthetic {

    /** One synthetic run: values by metric column, one per month from {@code start}. */
    record Run(String runId, String scenario, int replication, long seed, YearMonth start, Map<String, double[]> values) {
        int months() {
            return values.values().iterator().next().length;
        }
    }

    private Synthetic() {}

    /**
     * Runs of two scenarios where each month is {@code level + seedEffect + N(0, noise)} for the
     * baseline and the same plus {@code monthlyDiff} for the scenario; the seed effect is shared by
     * the two runs of a seed (common random numbers) when {@code sameSeeds}, and drawn afresh otherwise.
     * Each run has a flow ({@code homicides}) and a stock ({@code impunity_rate}) column.
     */
    static List<Run> twoScenarios(RandomGenerator rng, int reps, int months, double level, double monthlyDiff,
                                  double seedSd, double noise, boolean sameSeeds) {
        List<Run> runs = new ArrayList<>();
        for (int i = 1; i <= reps; i++) {
            double seedEffect = seedSd * rng.nextGaussian();
            double otherEffect = sameSeeds ? seedEffect : seedSd * rng.nextGaussian();
            runs.add(run("b-" + i, "baseline", i, i, months, level, seedEffect, noise, rng));
            runs.add(run("s-" + i, "policy", i, sameSeeds ? i : 1000 + i, months, level + monthlyDiff, otherEffect, noise, rng));
        }
        return runs;
    }

    private static Run run(String id, String scenario, int rep, long seed, int months, double level, double effect,
                           double noise, RandomGenerator rng) {
        double[] flow = new double[months];
        double[] stock = new double[months];
        for (int t = 0; t < months; t++) {
            flow[t] = level + effect + noise * rng.nextGaussian();
            stock[t] = (level + effect + noise * rng.nextGaussian()) / 1000;
        }
        Map<String, double[]> values = new LinkedHashMap<>();
        values.put("homicides", flow);
        values.put("impunity_rate", stock);
        return new Run(id, scenario, rep, seed, YearMonth.of(2007, 1), values);
    }

    /** A run with constant values, for format and chart tests. */
    static Run constant(String id, String scenario, int rep, long seed, YearMonth start, int months, Map<String, Double> levels) {
        Map<String, double[]> values = new LinkedHashMap<>();
        levels.forEach((k, v) -> {
            double[] a = new double[months];
            for (int t = 0; t < months; t++) {
                a[t] = v * (1 + 0.1 * Math.sin(t + seed));
            }
            values.put(k, a);
        });
        return new Run(id, scenario, rep, seed, start, values);
    }

    /**
     * A batch directory: metadata.txt, runs.csv (seeds live here only unless {@code seedInTimeseries}),
     * timeseries.csv with run_id first and an extra column the reader must ignore, summary.csv.
     */
    static Path batch(Path dir, List<Run> runs, boolean seedInTimeseries) {
        StringBuilder meta = new StringBuilder("format_version = 1\nkind = batch\nexperiment = synthetic\nscale = 100\n"
                + "code_version = synthetic\n");
        StringBuilder list = new StringBuilder("run_id,scenario,design_point,replication,seed,status,wall_time_s\n");
        List<String> metrics = new ArrayList<>(runs.get(0).values().keySet());
        StringBuilder ts = new StringBuilder("run_id,scenario,design_point,replication,month,"
                + (seedInTimeseries ? "seed," : "") + "extra_note," + String.join(",", metrics) + "\n");
        for (Run r : runs) {
            list.append(r.runId()).append(',').append(r.scenario()).append(",1,").append(r.replication()).append(',')
                    .append(r.seed()).append(",ok,0.5\n");
            for (int t = 0; t < r.months(); t++) {
                ts.append(r.runId()).append(',').append(r.scenario()).append(",1,").append(r.replication()).append(',')
                        .append(r.start().plusMonths(t)).append(',');
                if (seedInTimeseries) {
                    ts.append(r.seed()).append(',');
                }
                ts.append("x");
                for (String m : metrics) {
                    ts.append(',').append(Numbers.format(r.values().get(m)[t]));
                }
                ts.append('\n');
            }
        }
        write(dir.resolve("metadata.txt"), meta.toString());
        write(dir.resolve("runs.csv"), list.toString());
        write(dir.resolve("timeseries.csv"), ts.toString());
        write(dir.resolve("summary.csv"), "scenario,metric,mean\n");
        return dir;
    }

    /** A single-run directory as {@code plaza run} writes it. */
    static Path single(Path dir, Run r) {
        write(dir.resolve("metadata.txt"), "format_version = 1\nkind = run\nscenario = " + r.scenario() + "\nseed = "
                + r.seed() + "\nscale = 100\nuntil = " + r.start().plusMonths(r.months() - 1) + "\ncode_version = synthetic\n");
        List<String> metrics = new ArrayList<>(r.values().keySet());
        StringBuilder ts = new StringBuilder("scenario,seed,month," + String.join(",", metrics) + "\n");
        for (int t = 0; t < r.months(); t++) {
            ts.append(r.scenario()).append(',').append(r.seed()).append(',').append(r.start().plusMonths(t));
            for (String m : metrics) {
                ts.append(',').append(Numbers.format(r.values().get(m)[t]));
            }
            ts.append('\n');
        }
        write(dir.resolve("timeseries.csv"), ts.toString());
        return dir;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
