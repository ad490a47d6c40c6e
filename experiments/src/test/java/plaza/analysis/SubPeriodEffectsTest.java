package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.output.Metric;

/**
 * Effects by sub-period (issue 24): a policy that raises homicides by 30% in 2007-2009 only is
 * reported as such in each sub-period, and the numbers printed in report.md and effects-by-period.csv
 * are the paired mean difference and its 90% half-width computed here from the per-run values.
 */
class SubPeriodEffectsTest {

    private static final int REPS = 8;
    private static final int MONTHS = 168; // 2007-01 to 2020-12

    @TempDir
    Path tmp;

    @Test
    void reportAndCsvGiveEachSubPeriodsEffectComputedFromTheRuns() throws IOException {
        RandomGenerator rng = new MersenneTwister(11);
        List<Synthetic.Run> runs = new ArrayList<>();
        for (int i = 1; i <= REPS; i++) {
            double seedEffect = 10 * rng.nextGaussian();
            double[] base = new double[MONTHS];
            double[] policy = new double[MONTHS];
            for (int t = 0; t < MONTHS; t++) {
                base[t] = 100 + seedEffect + 5 * rng.nextGaussian();
                policy[t] = (t < 36 ? 130 : 100) + seedEffect + 5 * rng.nextGaussian();
            }
            runs.add(new Synthetic.Run("b-" + i, "baseline", i, i, YearMonth.of(2007, 1), Map.of("homicides", base)));
            runs.add(new Synthetic.Run("s-" + i, "policy", i, i, YearMonth.of(2007, 1), Map.of("homicides", policy)));
        }
        Path dir = Synthetic.batch(tmp.resolve("b"), runs, false);
        Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES), List.of())).write(dir);

        String report = Files.readString(dir.resolve(Report.FILE));
        assertTrue(report.contains("| scenario | 2007\u20132009 | 2010\u20132012 | 2013\u20132016 | 2017\u20132020 | 2007\u20132020 (whole) |"), report);
        String row = report.lines().filter(l -> l.startsWith("| policy | ") && l.contains("\u00b1")).findFirst().orElseThrow();
        List<String> cells = List.of(row.substring(2, row.length() - 2).split(" \\| "));
        Map<String, CSVRecord> csv = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(dir.resolve(ComparisonTable.BY_PERIOD_FILE))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                csv.put(rec.get("period"), rec);
            }
        }
        assertEquals(List.of("2007-01:2009-12", "2010-01:2012-12", "2013-01:2016-12", "2017-01:2020-12"), List.copyOf(csv.keySet()));
        String[] periods = {"2007-01:2009-12", "2010-01:2012-12", "2013-01:2016-12", "2017-01:2020-12"};
        for (int k = 0; k < periods.length; k++) {
            Period p = Period.parse(periods[k]);
            double[] expected = pairedRelative(runs, p);
            assertEquals(String.format(Locale.ROOT, "%s%.1f%% \u00b1 %.1f", expected[0] < 0 ? "\u2212" : "+", Math.abs(expected[0]), expected[1]),
                    cells.get(k + 1), "report cell for " + p);
            CSVRecord rec = csv.get(periods[k]);
            assertEquals(expected[0], Double.parseDouble(rec.get("relative_change_pct")), 1e-6, p.toString());
            assertEquals(expected[1], (Double.parseDouble(rec.get("relative_ci90_high_pct"))
                    - Double.parseDouble(rec.get("relative_ci90_low_pct"))) / 2, 1e-6, p.toString());
            assertEquals("", rec.get("q_value"), "sub-period rows are not in the false-discovery family");
        }
        // direction and size: +30% in 2007-2009 (the interval excludes 0), nothing afterwards (every later interval holds 0)
        double[] early = pairedRelative(runs, Period.parse(periods[0]));
        assertTrue(Math.abs(early[0] - 30) < 3 && early[0] - early[1] > 0, "early effect " + early[0] + " ± " + early[1]);
        for (int k = 1; k < periods.length; k++) {
            double[] late = pairedRelative(runs, Period.parse(periods[k]));
            assertTrue(Math.abs(late[0]) < late[1] + 1, periods[k] + ": " + late[0] + " ± " + late[1]);
        }
        // the whole period's figure, in the last column, is comparison.csv's
        double[] whole = pairedRelative(runs, Period.parse("2007-01:2020-12"));
        assertEquals(String.format(Locale.ROOT, "+%.1f%% \u00b1 %.1f", whole[0], whole[1]), cells.get(5));
    }

    /** The paired mean difference of the period totals in percent of the baseline mean, and its 90% t half-width. */
    private static double[] pairedRelative(List<Synthetic.Run> runs, Period p) {
        int from = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.of(2007, 1), p.from());
        double[] diffs = new double[REPS];
        double baseSum = 0;
        for (int i = 0; i < REPS; i++) {
            double b = 0;
            double s = 0;
            for (int t = from; t < from + p.months(); t++) {
                b += runs.get(2 * i).values().get("homicides")[t];
                s += runs.get(2 * i + 1).values().get("homicides")[t];
            }
            diffs[i] = s - b;
            baseSum += b;
        }
        double baseMean = baseSum / REPS;
        double mean = 0;
        for (double d : diffs) {
            mean += d / REPS;
        }
        double ss = 0;
        for (double d : diffs) {
            ss += (d - mean) * (d - mean);
        }
        double half = new TDistribution(REPS - 1).inverseCumulativeProbability(0.95) * Math.sqrt(ss / (REPS - 1) / REPS);
        return new double[] {100 * mean / baseMean, 100 * half / baseMean};
    }
}
