package plaza.batch;

import plaza.io.Numbers;
import plaza.params.InputException;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;

/**
 * A varied parameter: its range {@code [low, high]} and, for grid designs, the number of evenly
 * spaced steps (both ends included). Sampled designs ignore {@code steps}.
 */
public record Factor(Parameter parameter, double low, double high, int steps) {

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
    }

    public String name() {
        return parameter.name();
    }

    /**
     * Parses {@code name=low:high[:steps]} (the {@code --vary} form) or, with the name given
     * separately, {@code low:high[:steps]} (the experiment-file form). The name is checked against
     * the catalog (nearest names suggested) and both ends against the parameter's allowed range.
     */
    public static Factor parse(String name, String range, String where) {
        Parameter p = ParameterCatalog.byName(name.trim(), where);
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
            if (!p.allows(v)) {
                throw new InputException(where + "value " + Parameter.format(v) + " for '" + p.name()
                        + "' is out of range; allowed " + p.rangeText());
            }
        }
        if (low > high) {
            throw new InputException(where + "range '" + range.trim() + "' for '" + p.name() + "' has low above high");
        }
        if (steps > 1 && low == high) {
            throw new InputException(where + "range '" + range.trim() + "' for '" + p.name() + "' is empty (low = high); use 'set' for a fixed value");
        }
        return new Factor(p, low, high, steps);
    }

    /** Parses the {@code --vary name=low:high[:steps]} option form. */
    public static Factor parseOption(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new InputException("--vary '" + text + "' is malformed; expected name=low:high[:steps]");
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
        double v = low + u * (high - low);
        double rounded = ParameterCatalog.wholeNumber(parameter) ? Math.rint(v) : Double.parseDouble(Numbers.format(v));
        return Math.max(low, Math.min(high, rounded));
    }

    /** The experiment-file form of this factor. */
    public String text() {
        return Numbers.format(low) + ":" + Numbers.format(high) + ":" + steps;
    }
}
