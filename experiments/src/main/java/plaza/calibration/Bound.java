package plaza.calibration;

import plaza.params.InputException;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;

/**
 * One end of a target's range: empty (unbounded), a number, or a multiple of a parameter's value
 * ({@code 0.85*market.dto_gross_revenue_usd_billions_per_year}), so a target that depends on a
 * disputed input follows the alternative the user selects.
 *
 * @param number    the bound, or the factor when {@code parameter} is set; NaN when unbounded
 * @param parameter the parameter it is relative to, or null
 */
public record Bound(double number, Parameter parameter) {

    static final Bound NONE = new Bound(Double.NaN, null);

    /** Parses a cell of the targets table; {@code where} names file, line and column for errors. */
    public static Bound parse(String text, String where) {
        String t = text.trim();
        if (t.isEmpty()) {
            return NONE;
        }
        int star = t.indexOf('*');
        String factor = star < 0 ? (Character.isLetter(t.charAt(0)) ? "1" : t) : t.substring(0, star).trim();
        String name = star < 0 ? (Character.isLetter(t.charAt(0)) ? t : null) : t.substring(star + 1).trim();
        double f;
        try {
            f = Double.parseDouble(factor);
        } catch (NumberFormatException e) {
            throw new InputException(where + "'" + text + "' is not a number, a parameter name or factor*parameter");
        }
        return new Bound(f, name == null ? null : ParameterCatalog.byName(name, where));
    }

    boolean unbounded() {
        return Double.isNaN(number);
    }

    double value(ParameterValues p, double ifUnbounded) {
        if (unbounded()) {
            return ifUnbounded;
        }
        return parameter == null ? number : number * p.get(parameter);
    }

    @Override
    public String toString() {
        if (unbounded()) {
            return "";
        }
        return parameter == null ? plaza.io.Numbers.format(number) : plaza.io.Numbers.format(number) + "*" + parameter.name();
    }
}
