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
}
