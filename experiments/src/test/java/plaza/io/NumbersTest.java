package plaza.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values keep full precision, and very small p-values are written as numbers spreadsheets read back. */
class NumbersTest {

    @Test
    void fullPrecisionAndReadableTinyValues() {
        // a revenue total: every digit, not 7 significant ones (118582700000)
        assertEquals("118582708500", Numbers.format(118_582_708_500.0));
        assertEquals("0.30000000000000004", Numbers.format(0.1 + 0.2));
        for (double v : new double[] {1.0 / 3, 123456.789012345, 2.5e-3, 1e-4, 9.99e14, -0.75, 1.5e-12, 1e-300, 4.9e-324, 3e20}) {
            String s = Numbers.format(v);
            assertEquals(v, Double.parseDouble(s), s + " reads back as " + v);
            // scientific notation as spreadsheets parse it (1.5E-12), never a run of zeros or a locale's comma
            assertTrue(s.matches("-?[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?"), s);
            assertTrue(!s.startsWith("0.0000"), s);
        }
        assertEquals("1.5E-12", Numbers.format(1.5e-12));
        assertEquals("1.0E-300", Numbers.format(1e-300));
    }

    /** The fast path writes what BigDecimal.valueOf(v).toPlainString() wrote, for values across every magnitude of the plain range. */
    @Test
    void plainFormIsBigDecimalsPlainString() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(29);
        int checked = 0;
        for (int i = 0; i < 400_000; i++) {
            double v = (r.nextBoolean() ? 1 : -1) * Math.pow(10, -4 + 19 * r.nextDouble());
            if (i % 4 == 0) {
                v = Math.round(v * 1000) / 1000.0; // short decimals, as counts and shares often are
            }
            if (v == Math.rint(v) || Math.abs(v) < 1e-4 || Math.abs(v) >= 1e15) {
                continue;
            }
            assertEquals(java.math.BigDecimal.valueOf(v).toPlainString(), Numbers.format(v));
            checked++;
        }
        assertTrue(checked > 300_000, checked + " values checked");
        assertEquals("0.0001234", Numbers.format(1.234e-4));
        assertEquals("12345678.5", Numbers.format(12345678.5));
    }
}
