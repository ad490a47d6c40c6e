package plaza.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import plaza.params.ParameterValues;
import plaza.testing.Runs;

/** A run is a pure function of (parameters, seed, period, scale). */
class DeterminismTest {

    private static final YearMonth UNTIL = YearMonth.of(2010, 12);

    @Test
    void sameSeedGivesIdenticalRows() {
        ParameterValues p = Runs.baseline();
        List<double[]> a = Runs.rows(p, 7, UNTIL, 100);
        List<double[]> b = Runs.rows(p, 7, UNTIL, 100);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i), "month " + i);
        }
    }

    @Test
    void differentSeedsGiveDifferentRows() {
        ParameterValues p = Runs.baseline();
        List<double[]> a = Runs.rows(p, 1, UNTIL, 100);
        List<double[]> b = Runs.rows(p, 2, UNTIL, 100);
        boolean differ = false;
        for (int i = 0; i < a.size(); i++) {
            differ |= !Arrays.equals(a.get(i), b.get(i));
        }
        assertFalse(!differ, "seeds 1 and 2 produced identical outputs");
    }

    @Test
    void outputsStartInJanuary2007AndEndAtUntil() {
        List<double[]> rows = Runs.rows(Runs.baseline(), 3, YearMonth.of(2008, 6), 100);
        assertEquals(18, rows.size());
    }
}
