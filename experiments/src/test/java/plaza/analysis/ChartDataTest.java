package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.output.Metric;

/**
 * Every chart has charts/NAME.csv of what it plots, whose numbers are the comparison's (checked by
 * value against the runs and comparison.csv); a metric no scenario changes is drawn as a flat line on
 * a readable axis, not on a range of 1E-8.
 */
class ChartDataTest {

    @TempDir
    Path tmp;

    /** Baseline and policy, 3 seeds, 12 months: homicides differ by seed and scenario, funding is 0 throughout. */
    private Path batch() {
        List<Synthetic.Run> runs = new ArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            for (String s : List.of("baseline", "policy")) {
                double[] h = new double[12];
                double[] funding = new double[12];
                for (int t = 0; t < 12; t++) {
                    h[t] = 100 + 10 * seed + t + (s.equals("policy") ? -5 - seed : 0);
                }
                Map<String, double[]> v = new LinkedHashMap<>();
                v.put("homicides", h);
                v.put("funding_spent_usd", funding);
                runs.add(new Synthetic.Run(s + "-" + seed, s, seed, seed, YearMonth.of(2007, 1), v));
            }
        }
        return Synthetic.batch(tmp.resolve("b"), runs, false);
    }

    @Test
    void everyChartHasACsvOfWhatItPlotsWithTheComparisonsNumbers() throws IOException {
        Path dir = batch();
        Comparison c = Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES, Metric.FUNDING_SPENT_USD), List.of()));
        c.write(dir);
        List<Path> pngs;
        try (Stream<Path> files = Files.list(dir.resolve(Charts.DIR))) {
            pngs = files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
        assertTrue(pngs.size() >= 6, "charts: " + pngs);
        for (Path png : pngs) {
            Path csv = png.resolveSibling(png.getFileName().toString().replace(".png", ".csv"));
            assertTrue(Files.isRegularFile(csv), "no " + csv.getFileName() + " beside " + png.getFileName());
            assertEquals(String.join(",", ChartData.HEADER), Files.readAllLines(csv).get(0));
            assertTrue(Files.readAllLines(csv).size() > 1, csv.getFileName() + " has rows");
        }

        // time series: baseline mean in 2007-03 = mean over seeds of 100 + 10 seed + 2 = 122
        List<CSVRecord> ts = read(dir.resolve("charts/timeseries-homicides.csv"));
        CSVRecord march = ts.stream().filter(r -> r.get("series").equals("baseline (n = 3)") && r.get("x").equals("2007-03"))
                .findFirst().orElseThrow();
        assertEquals(122, Double.parseDouble(march.get("y")), 1e-9);
        assertEquals("2007-03", march.get("label"));
        assertTrue(Double.parseDouble(march.get("y_low")) < 122 && Double.parseDouble(march.get("y_high")) > 122, "band around the mean");
        assertTrue(ts.stream().anyMatch(r -> r.get("series").equals("policy run policy-2 (seed 2)") && r.get("x").equals("2007-12")
                && Double.parseDouble(r.get("y")) == 100 + 20 + 11 - 7), "each run's own line");

        // difference chart: the policy's difference is comparison.csv's, as plotted (no scale word below 10,000)
        CSVRecord diff = read(dir.resolve("charts/difference-homicides.csv")).get(0);
        double tableDiff = read(dir.resolve(ComparisonTable.FILE)).stream()
                .filter(r -> r.get("metric").equals("homicides") && r.get("period").equals(c.mainPeriod().toString()))
                .mapToDouble(r -> Double.parseDouble(r.get("difference"))).findFirst().orElseThrow();
        assertEquals("policy", diff.get("label"));
        assertEquals(-7 * 12, tableDiff, 1e-9, "5 + mean seed 2, twelve months");
        assertEquals(tableDiff, Double.parseDouble(diff.get("y")), 1e-9);

        // per-seed chart: one value per seed, -6, -7, -8 a month over twelve months
        List<Double> seeds = read(dir.resolve("charts/seeds-homicides.csv")).stream().map(r -> Double.parseDouble(r.get("y"))).sorted().toList();
        assertEquals(List.of(-96.0, -84.0, -72.0), seeds);
    }

    @Test
    void aMetricNoScenarioChangesIsAFlatLineAtZeroOnAReadableAxis() throws IOException {
        Path dir = batch();
        Comparison c = Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES, Metric.FUNDING_SPENT_USD), List.of()));
        c.write(dir);
        for (CSVRecord r : read(dir.resolve("charts/difference-funding_spent_usd.csv"))) {
            assertEquals(0, Double.parseDouble(r.get("y")), 0);
        }
        for (CSVRecord r : read(dir.resolve("charts/tradeoff-funding_spent_usd.csv"))) {
            assertEquals(0, Double.parseDouble(r.get("y")), 0, "no funding in either: unchanged, drawn at 0");
        }
        JFreeChart bars = DifferenceChart.byScenario(c, Metric.FUNDING_SPENT_USD, c.mainPeriod());
        readable(((CategoryPlot) bars.getPlot()).getRangeAxis());
        readable(SeedCharts.tradeoff(c, Metric.HOMICIDES, Metric.FUNDING_SPENT_USD, c.mainPeriod()).getXYPlot().getRangeAxis());
        readable(TimeSeriesChart.create(c.data(), Metric.FUNDING_SPENT_USD, c.span(), "baseline").getXYPlot().getRangeAxis());
    }

    private static void readable(ValueAxis axis) {
        assertTrue(axis.getLowerBound() <= -0.5 && axis.getUpperBound() >= 0.5,
                "a flat line at 0 gets an axis of about -1 to 1, not " + axis.getLowerBound() + " to " + axis.getUpperBound());
        assertFalse(axis.getUpperBound() - axis.getLowerBound() > 10, "and not a huge one either");
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }
}
