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
}
