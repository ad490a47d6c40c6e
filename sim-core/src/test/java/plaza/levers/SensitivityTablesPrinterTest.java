package plaza.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The arithmetic behind the README's tables of answers over assumed parameters: a cell is the mean
 * paired difference in percent of the baseline mean with the paired 90% t interval (as
 * {@code plaza compare} gives it), and factions count with the organization they split from.
 * Deterministic: the values are given, no model runs.
 */
class SensitivityTablesPrinterTest {

    @Test
    void aCellIsTheMeanPairedChangeWithItsNinetyPercentTInterval() {
        List<SensitivityTablesPrinter.Record> base = records(3);
        List<SensitivityTablesPrinter.Record> alt = records(3);
        Map<SensitivityTablesPrinter.Record, Double> v = new IdentityHashMap<>();
        double[] b = {100, 110, 90};
        double[] a = {95, 100, 88};
        for (int i = 0; i < 3; i++) {
            v.put(base.get(i), b[i]);
            v.put(alt.get(i), a[i]);
        }
        // differences -5, -10, -2: mean -5.667, sd 4.041, t(0.95, 2) = 2.920, half-width 6.812; level 100
        assertEquals("−5.7 (−12.5..+1.1)", SensitivityTablesPrinter.cell(base, alt, v::get));
        assertEquals("100", SensitivityTablesPrinter.level(base, v::get));
    }

    @Test
    void identicalPairsGiveAZeroWidthInterval() {
        List<SensitivityTablesPrinter.Record> base = records(4);
        Map<SensitivityTablesPrinter.Record, Double> v = new IdentityHashMap<>();
        for (int i = 0; i < 4; i++) {
            v.put(base.get(i), 1000.0 + i);
        }
        assertEquals("+0.0 (+0.0..+0.0)", SensitivityTablesPrinter.cell(base, base, v::get));
    }

    @Test
    void aFactionCountsWithTheOrganizationItSplitFrom() {
        assertEquals("Gulf", SensitivityTablesPrinter.family("Gulf-3"));
        assertEquals("Tijuana", SensitivityTablesPrinter.family("Tijuana"));
        assertEquals("-", SensitivityTablesPrinter.family(""));
    }

    @Test
    void chihuahuaHasTheStatesItsRoadsReachAsNeighbours() {
        // the states with a plaza linked by road to one of Chihuahua's (roads.csv), in state order
        assertEquals(List.of("DGO", "SIN", "SON"), SensitivityTablesPrinter.neighbourCodes("CHIH"));
    }

    private static List<SensitivityTablesPrinter.Record> records(int n) {
        List<SensitivityTablesPrinter.Record> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new SensitivityTablesPrinter.Record());
        }
        return out;
    }
}
