package plaza.io;

import java.math.BigDecimal;

/**
 * The one number format of every CSV Plaza writes: deterministic, full precision (the shortest
 * decimal that reads back as the same double), plain notation between 0.0001 and 10^15, scientific
 * notation ({@code 1.5E-12}, which spreadsheets and CSV readers parse as a number) outside it, so a
 * tiny p-value is not written as a string of zeros.
 */
public final class Numbers {

    private Numbers() {}

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        String s = Double.toString(v);
        if (a < 1e-4 || a >= 1e15) {
            return s;
        }
        // BigDecimal.valueOf(v).toPlainString(), the plain form of Double.toString's digits: Double.toString
        // is already plain from 1e-3 to 1e7 (most outputs), so the BigDecimal is only made outside that
        return s.indexOf('E') < 0 ? s : new BigDecimal(s).toPlainString();
    }

    /**
     * A number as text that reads back as exactly the same double: the CSV format when it does,
     * else Java's round-trip form ({@link Double#toString}). Used wherever a value must be reproduced
     * (metadata parameters, rerun commands, parameters.csv).
     */
    public static String exact(double v) {
        String s = format(v);
        return Double.parseDouble(s) == v ? s : Double.toString(v);
    }

    /**
     * A parameter's value as text that reads back exactly: its written path; nothing for a path-only
     * lever whose path is built from its aliases (setting it would replace that path); else the exact number.
     */
    public static String exactParameter(plaza.params.ParameterValues v, plaza.params.Parameter p) {
        plaza.params.Schedule s = v.writtenPath(p);
        if (s != null) {
            return s.text();
        }
        return p.pathOnly() ? "" : exact(v.plain(p));
    }

    /** A word for a POSIX shell: as it is when it holds only safe characters, else in single quotes. */
    public static String shellWord(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9_./=:,+@%-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
