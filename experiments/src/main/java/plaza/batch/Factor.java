package plaza.batch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import plaza.io.Numbers;
import plaza.params.InputException;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;
import plaza.params.Schedule;

/**
 * A varied parameter: its range {@code [low, high]} and, for grid designs, the number of evenly
 * spaced steps (both ends included). Sampled designs ignore {@code steps}.
 *
 * <p>A factor may vary one point of a lever's path instead of the whole value: {@code lever[i]}
 * varies the value of point {@code i} (1-based, in the path the scenario gives the lever, written
 * or built from its aliases), {@code lever[i].shift} moves point {@code i} and every later point
 * by a number of months ("the surge a year later": {@code military.troops_deployed[2].shift=0:12:2}).
 *
 * @param point 1-based point of the lever's path, or 0 for the whole value
 * @param shift true to move the point (and later ones) by the value in months, false to set its value
 * @param levels the explicit values of a list factor ({@code name=0,0.25,0.6,1}), in the order given,
 *     or null for a range; a grid takes them in order, a sampled design draws among them with equal
 *     chance
 */
public record Factor(Parameter parameter, double low, double high, int steps, int point, boolean shift, double[] levels) {

    private static final Pattern POINT = Pattern.compile("(.+)\\[(\\d+)\\](\\.shift)?");

    /** A factor on a whole value. */
    public Factor(Parameter parameter, double low, double high, int steps) {
        this(parameter, low, high, steps, 0, false, null);
    }

    /** A factor on a range (no explicit list of values). */
    public Factor(Parameter parameter, double low, double high, int steps, int point, boolean shift) {
        this(parameter, low, high, steps, point, shift, null);
    }

    /** Grid steps when none are given. */
    public static final int DEFAULT_STEPS = 3;

    public Factor {
        if (!(low <= high)) {
            throw new InputException("range of '" + parameter.name() + "': low " + Numbers.format(low)
                    + " is above high " + Numbers.format(high));
        }
        if (steps < 1) {
            throw new InputException("range of '" + parameter.name() + "': steps must be at least 1");
        }
        levels = levels == null ? null : levels.clone();
    }

    /** The explicit values of a list factor (a copy), or null for a range. */
    @Override
    public double[] levels() {
        return levels == null ? null : levels.clone();
    }

    /** Whether the factor lists its values explicitly. */
    public boolean isList() {
        return levels != null;
    }

    /** The column name: the parameter, or {@code lever[i]} / {@code lever[i].shift} for a point. */
    public String name() {
        return point == 0 ? parameter.name() : parameter.name() + "[" + point + "]" + (shift ? ".shift" : "");
    }

    /**
     * Applies one design value: sets the parameter, or changes one point of the lever's path as the
     * values so far give it (errors name the point and what is allowed).
     */
    public void apply(ParameterValues.Builder b, double value, String where) {
        if (point == 0) {
            b.set(parameter, value, where);
            return;
        }
        Schedule path = b.build().path(parameter);
        if (path == null || point > path.points().size()) {
            throw new InputException(where + "'" + name() + "': the path of '" + parameter.name() + "' has "
                    + (path == null ? "no points (it is constant; write a path for it first)" : path.points().size() + " points"));
        }
        String w = where + name() + " = " + Numbers.format(value) + ": ";
        Schedule next = shift ? path.shifted(point - 1, (int) Math.round(value), w) : path.withValue(point - 1, value, w);
        b.set(parameter, next, w);
    }

    /**
     * Parses {@code name=low:high[:steps]} (the {@code --vary} form) or, with the name given
     * separately, {@code low:high[:steps]} (the experiment-file form). The name is checked against
     * the catalog (nearest names suggested) and both ends against the parameter's allowed range.
     */
    public static Factor parse(String name, String range, String where) {
        Matcher pm = POINT.matcher(name.trim());
        if (pm.matches()) {
            Parameter p = ParameterCatalog.byName(pm.group(1).trim(), where);
            Factor whole = parse(p, range, where, pm.group(3) != null ? -1200 : p.min(), pm.group(3) != null ? 1200 : p.max());
            int point = Integer.parseInt(pm.group(2));
            if (point < 1) {
                throw new InputException(where + "'" + name.trim() + "': points count from 1");
            }
            return new Factor(p, whole.low, whole.high, whole.steps, point, pm.group(3) != null, whole.levels);
        }
        Parameter p = ParameterCatalog.byName(name.trim(), where);
        return parse(p, range, where, p.min(), p.max());
    }

    private static Factor parse(Parameter p, String range, String where, double min, double max) {
        if (range.contains(",")) {
            return parseList(p, range, where, min, max);
        }
        String[] parts = range.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new InputException(where + "range '" + range.trim() + "' for '" + p.name()
                    + "' is malformed; expected low:high or low:high:steps (allowed " + p.rangeText() + ")");
        }
        double low = number(parts[0], p, where);
        double high = number(parts[1], p, where);
        int steps = DEFAULT_STEPS;
        if (parts.length == 3) {
            try {
                steps = Integer.parseInt(parts[2].trim());
            } catch (NumberFormatException e) {
                throw new InputException(where + "steps '" + parts[2].trim() + "' for '" + p.name() + "' is not a whole number");
            }
            if (steps < 1 || steps > 1000) {
                throw new InputException(where + "steps " + steps + " for '" + p.name() + "' is out of range; allowed 1 to 1000");
            }
        }
        for (double v : new double[] {low, high}) {
            inRange(v, p, where, min, max);
        }
        if (low > high) {
            throw new InputException(where + "range '" + range.trim() + "' for '" + p.name() + "' has low above high");
        }
        if (steps > 1 && low == high) {
            throw new InputException(where + "range '" + range.trim() + "' for '" + p.name() + "' is empty (low = high); use 'set' for a fixed value");
        }
        return new Factor(p, low, high, steps);
    }

    /** {@code v1,v2,...}: explicit values, each in range, none repeated, at most 1000. */
    private static Factor parseList(Parameter p, String list, String where, double min, double max) {
        String[] parts = list.split(",", -1);
        if (parts.length > 1000) {
            throw new InputException(where + "the list for '" + p.name() + "' has " + parts.length + " values; allowed at most 1000");
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isBlank()) {
                throw new InputException(where + "the list '" + list.trim() + "' for '" + p.name() + "' has an empty value (value " + (i + 1) + ")");
            }
            v[i] = number(parts[i], p, where);
            inRange(v[i], p, where, min, max);
            for (int j = 0; j < i; j++) {
                if (v[j] == v[i]) {
                    throw new InputException(where + "the list '" + list.trim() + "' for '" + p.name() + "' repeats " + Parameter.format(v[i]));
                }
            }
            if (ParameterCatalog.wholeNumber(p) && v[i] != Math.rint(v[i])) {
                throw new InputException(where + "value " + Parameter.format(v[i]) + " for '" + p.name() + "' is not a whole number");
            }
        }
        double low = java.util.Arrays.stream(v).min().orElseThrow();
        double high = java.util.Arrays.stream(v).max().orElseThrow();
        return new Factor(p, low, high, v.length, 0, false, v);
    }

    private static void inRange(double v, Parameter p, String where, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new InputException(where + "value " + Parameter.format(v) + " for '" + p.name()
                    + "' is out of range; allowed " + (min == p.min() && max == p.max() ? p.rangeText()
                    : "a shift of " + Parameter.format(min) + " to " + Parameter.format(max) + " months"));
        }
    }

    /** Parses the {@code --vary name=low:high[:steps]} (or {@code name=v1,v2,...}) option form. */
    /**
     * Parses every {@code --vary} of a command line; the same parameter (or path point) twice is
     * refused, where the last one silently won before (a flag still replaces an experiment file's range).
     */
    public static java.util.List<Factor> parseOptions(java.util.List<String> texts) {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        java.util.List<Factor> out = new java.util.ArrayList<>();
        for (String text : texts) {
            Factor f = parseOption(text);
            String earlier = seen.put(f.name(), text);
            if (earlier != null) {
                throw new InputException("--vary is given twice for '" + f.name() + "' ('" + earlier + "' and '" + text
                        + "'); give one range per parameter");
            }
            out.add(f);
        }
        return out;
    }

    public static Factor parseOption(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new InputException("--vary '" + text + "' is malformed; expected name=low:high[:steps] or name=v1,v2,...");
        }
        return parse(text.substring(0, eq), text.substring(eq + 1), "--vary: ");
    }

    private static double number(String text, Parameter p, String where) {
        try {
            return Double.parseDouble(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InputException(where + "'" + text.trim() + "' is not a number for '" + p.name()
                    + "'; allowed " + p.rangeText());
        }
    }

    /**
     * The parameter value at a position {@code u} in [0, 1] of the range, rounded to the number
     * format of every CSV so the value written in runs.csv reproduces the run exactly (to a whole
     * number for years and counts; a range of them whose ends are not whole is refused when run).
     */
    public double valueAt(double u) {
        if (levels != null) {
            // a grid's u = i / (n - 1) gives value i; a uniform u in [0, 1) gives each value with chance 1 / n
            return levels[Math.min(levels.length - 1, (int) Math.floor(u * levels.length + 1e-9))];
        }
        double v = low + u * (high - low);
        double rounded = ParameterCatalog.wholeNumber(parameter) ? Math.rint(v) : Double.parseDouble(Numbers.format(v));
        return Math.max(low, Math.min(high, rounded));
    }

    /** The experiment-file form of this factor. */
    public String text() {
        if (levels != null) {
            StringBuilder sb = new StringBuilder();
            for (double v : levels) {
                sb.append(sb.length() == 0 ? "" : ",").append(Numbers.format(v));
            }
            return sb.toString();
        }
        return Numbers.format(low) + ":" + Numbers.format(high) + ":" + steps;
    }
}
