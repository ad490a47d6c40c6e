package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.output.Metric;

/** False-discovery control (Benjamini–Hochberg), negligible differences and percentage points. */
class SignificanceTest {

    @TempDir
    Path tmp;

    @Test
    void benjaminiHochbergMatchesTheDefinition() {
        // p sorted: 0.01, 0.02, 0.03, 0.04, 0.5 (m = 5): raw p*m/rank = 0.05, 0.05, 0.05, 0.05, 0.5
        double[] q = Statistics.benjaminiHochberg(new double[] {0.04, 0.5, Double.NaN, 0.01, 0.03, 0.02});
        assertArrayEquals(new double[] {0.05, 0.5, Double.NaN, 0.05, 0.05, 0.05}, q, 1e-12);
        // step-up: a larger p can lower the q of smaller ones; q never exceeds 1
        double[] q2 = Statistics.benjaminiHochberg(new double[] {0.01, 0.9, 0.011});
        assertEquals(0.0165, q2[0], 1e-12);
        assertEquals(0.0165, q2[2], 1e-12);
        assertEquals(0.9, q2[1], 1e-12);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    @Test
    void aTinyButCertainDifferenceIsNegligibleAndNotBold() throws IOException {
        // homicides 0.3% lower with almost no noise: distinguishable, but below the 1% minimal effect
        Path dir = Synthetic.batch(tmp.resolve("b"),
                Synthetic.twoScenarios(new MersenneTwister(3), 10, 24, 1000, -3, 50, 0.5, true), false);
        Comparison c = Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES, Metric.IMPUNITY_RATE), List.of()));
        c.write(dir);
        Contrast h = c.contrast("policy", Metric.HOMICIDES, c.mainPeriod());
        assertTrue(h.distinguishable(), h.toString());
        assertTrue(h.negligible(), h.toString());
        assertFalse(h.notable());
        assertTrue(h.q() >= h.p(), "q is never below p");
        CSVRecord row = csv(dir.resolve("comparison.csv")).get(0);
        assertEquals("homicides", row.get("unit"), "a period total is in homicides, not homicides per month");
        assertEquals("yes", row.get("negligible"));
        assertEquals("yes", row.get("distinguishable"));
        assertEquals(0.01 * h.baselineValue(), Double.parseDouble(row.get("minimal_effect")), 1e-6 * h.baselineValue());
        String report = Files.readString(dir.resolve("report.md"));
        assertTrue(report.contains("Distinguishable but negligible"), report);
        assertTrue(report.contains("Benjamini"), report);
        assertFalse(report.contains("| policy | **"), "a negligible difference is not bold in the summary:\n" + report);
        // the share (impunity_rate, level 1000/1000 = 1 here) changes in percentage points
        CSVRecord share = csv(dir.resolve("comparison.csv")).get(1);
        assertEquals(100 * Double.parseDouble(share.get("difference")), Double.parseDouble(share.get("difference_pp")), 1e-9);
        assertTrue(report.contains(" pp"), report);

        // the same data with a smaller minimal effect of interest: no longer negligible, bold
        Comparison strict = Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES), List.of(),
                Metrics.parseMinimalEffects(List.of("homicides=0.1%"))));
        assertTrue(strict.contrast("policy", Metric.HOMICIDES, strict.mainPeriod()).notable());
    }

    @Test
    void minimalEffectOverridesAreChecked() {
        assertEquals(new Metrics.MinimalEffect(0.02, true), Metrics.parseMinimalEffects(List.of("homicides=2%")).get(Metric.HOMICIDES));
        assertEquals(Map.of(Metric.IMPUNITY_RATE, new Metrics.MinimalEffect(0.01, false)), Metrics.parseMinimalEffects(List.of("impunity_rate=0.01")));
        for (String bad : List.of("homicide=2%", "homicides", "homicides=-1", "homicides=abc")) {
            try {
                Metrics.parseMinimalEffects(List.of(bad));
                throw new AssertionError("accepted " + bad);
            } catch (plaza.params.InputException expected) {
                assertTrue(expected.getMessage().contains("--min-effect") || expected.getMessage().contains("minimal effect"), expected.getMessage());
            }
        }
    }
}
