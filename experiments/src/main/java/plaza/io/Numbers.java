package plaza.io;

import java.math.BigDecimal;
import java.math.MathContext;

/** The one number format of every CSV Plaza writes: deterministic, plain, 7 significant digits. */
public final class Numbers {

    private static final MathContext SIGNIFICANT = new MathContext(7);

    private Numbers() {}

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
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
