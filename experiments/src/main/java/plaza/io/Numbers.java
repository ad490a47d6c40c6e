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
        if (a < 1e-4 || a >= 1e15) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).toPlainString();
    }
}
