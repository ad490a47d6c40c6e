package plaza.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import plaza.model.RunConfig;
import plaza.output.Metric;
import plaza.params.InputException;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.scenario.KeyValueFile;

/**
 * Reads an experiment file: "key = value" lines, '#' starts a comment, like scenario files.
 *
 * <pre>
 * description = All scenarios, 10 replications each
 * scenarios = all                  # or a comma-separated list of names or .scenario paths
 * replications = 10
 * seed = 1
 * seeds = history                  # or plain: the history ensemble's accepted seeds, first R (replaces seed)
 * until = 2020-12
 * scale = 100
 * design = grid                    # grid, lhs, sobol, morris, mixture or file
 * samples = 128                    # LHS points, Sobol base samples, Morris trajectories, mixture degree
 * mixture_sum = at-most            # mixture shares sum to at most 1 (or exact: to exactly 1)
 * design_file = points.csv         # design file: one column per parameter, one row per point
 * on_infeasible = skip             # skip design points that break a rule between parameters (or fail)
 * levels = 4                       # Morris grid levels
 * bootstrap = 1000                 # Sobol bootstrap resamples for the confidence intervals
 * outcomes = homicides, members    # sensitivity outcomes (default all metrics)
 * vary military.troops_deployed_2009 = 20000:60000:5   # low:high[:steps], or v1,v2,... (explicit values)
 * set policy.kingpin_intensity = 0.5                   # fixed for every run
 * </pre>
 *
 * Every error names the file and line; unknown keys and out-of-range values are bad input (exit 2).
 */
public final class ExperimentParser {

    /** File extension of experiment files. */
    public static final String EXTENSION = ".experiment";

    private static final List<String> KEYS = List.of("description", "scenarios", "replications", "seed", "seeds", "until",
            "scale", "design", "samples", "levels", "bootstrap", "outcomes", "mixture_sum", "design_file", "on_infeasible", "outputs", "format",
            "vary <parameter>", "set <parameter>");

    private ExperimentParser() {}

    public static ExperimentDefinition parse(Path file) {
        ExperimentDefinition d = new ExperimentDefinition();
        d.file = file;
        String fileName = file.getFileName().toString();
        d.name = fileName.endsWith(EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
        KeyValueFile.refuseEmpty(file, "experiment file", "an experiment needs at least one setting, e.g."
                + " 'scenarios = baseline, juarez-surge' (or run 'plaza batch' without a file)");
        for (KeyValueFile.Entry e : KeyValueFile.read(file, "experiment file")) {
            apply(d, e.key(), e.value(), e.where());
        }
        return d;
    }

    private static void apply(ExperimentDefinition d, String key, String value, String where) {
        String lower = key.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("vary ")) {
                d.vary(Factor.parse(key.substring(5), value, where));
                return;
            }
            if (lower.startsWith("set ")) {
                Parameter p = ParameterCatalog.byName(key.substring(4).trim(), where);
                if (plaza.params.Schedule.looksLike(value)) {
                    d.setPath(p, value, where);
                } else {
                    d.set(p, number(value, p, where));
                }
                return;
            }
            switch (lower) {
                case "description" -> d.description = value;
                case "scenarios" -> d.scenarios(splitList(value, where));
                case "replications" -> d.replications(integer(value, key, where));
                case "seed" -> d.seed(longValue(value, key, where));
                case "seeds" -> d.seedSource(value, where);
                case "until" -> d.until(RunConfig.parseMonth(value, "until"));
                case "scale" -> d.scale(decimal(value, key, where));
                case "design" -> d.design(DesignKind.parse(value, where));
                case "samples" -> d.samples(integer(value, key, where));
                case "levels" -> d.levels = integer(value, key, where);
                case "bootstrap" -> d.bootstrap = integer(value, key, where);
                case "outcomes" -> d.outcomes = metrics(value, where);
                case "mixture_sum" -> d.mixtureSum(value, where);
                case "on_infeasible" -> d.onInfeasible(value, where);
                case "outputs" -> d.outputs(value, where);
                case "format" -> d.format(value, where);
                case "design_file" -> d.designFile(resolve(d.file, value));
                default -> throw new InputException(where + "unknown key '" + plaza.params.NearestNames.echo(key) + "'; known keys: " + String.join(", ", KEYS));
            }
        } catch (InputException e) {
            throw e.getMessage().startsWith(where) ? e : new InputException(where + e.getMessage());
        }
    }

    /** A path in an experiment file is read from the folder of that file. */
    private static Path resolve(Path experimentFile, String value) {
        Path p = Path.of(value.trim());
        Path dir = experimentFile == null ? null : experimentFile.toAbsolutePath().getParent();
        return p.isAbsolute() || dir == null ? p : dir.resolve(p).normalize();
    }

    /** Parses a comma-separated scenario list; {@code all} means the whole library. */
    public static List<String> splitList(String value, String where) {
        List<String> out = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        if (out.isEmpty()) {
            throw new InputException(where + "empty scenario list");
        }
        return out;
    }

    /** Parses a comma-separated list of metric columns, or {@code all}. */
    static List<Metric> metrics(String value, String where) {
        List<Metric> out = new ArrayList<>();
        if (value.trim().equalsIgnoreCase(ExperimentDefinition.ALL)) {
            return out;
        }
        for (String s : value.split(",")) {
            if (s.isBlank()) {
                continue;
            }
            Metric m = Metric.byColumn(s.trim());
            if (m == null) {
                List<String> names = new ArrayList<>();
                for (Metric x : Metric.values()) {
                    names.add(x.column());
                }
                throw new InputException(where + "unknown outcome '" + s.trim() + "'; nearest valid names: "
                        + String.join(", ", plaza.params.NearestNames.of(s.trim(), names, 3))
                        + " (outcomes are the metric columns of timeseries.csv)");
            }
            out.add(m);
        }
        return out;
    }

    private static double number(String text, Parameter p, String where) {
        try {
            double v = Double.parseDouble(text.trim().replace("_", ""));
            if (!p.allows(v)) {
                throw new InputException(where + "value " + Parameter.format(v) + " for '" + p.name()
                        + "' is out of range; allowed " + p.rangeText());
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InputException(where + "'" + text.trim() + "' is not a number for '" + p.name() + "'; allowed " + p.rangeText());
        }
    }

    private static int integer(String text, String key, String where) {
        try {
            return Integer.parseInt(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InputException(where + "'" + text.trim() + "' is not a whole number for '" + key + "'");
        }
    }

    private static long longValue(String text, String key, String where) {
        try {
            return Long.parseLong(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InputException(where + "'" + text.trim() + "' is not a whole number for '" + key + "'");
        }
    }

    private static double decimal(String text, String key, String where) {
        try {
            return Double.parseDouble(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InputException(where + "'" + text.trim() + "' is not a number for '" + key + "'");
        }
    }
}
