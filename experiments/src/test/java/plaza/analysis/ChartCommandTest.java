package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import plaza.cli.PlazaCli;
import plaza.output.Metric;

/**
 * plaza chart charts only what it is given: a folder of unrelated results is refused, not pooled; and
 * with --against, an outcome against a lever.
 */
class ChartCommandTest {

    private static final String JUDICIAL = "policy.merida_equipment_to_judicial";
    private static final String ECONOMIC = "policy.merida_equipment_to_economic";

    @TempDir
    Path tmp;

    @BeforeAll
    static void home() {
        System.setProperty("plaza.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    private static int plaza(StringWriter err, String... args) {
        CommandLine cl = PlazaCli.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void refusesAFolderOfUnrelatedResultsAndChartsASeedFolder() {
        StringWriter err = new StringWriter();
        assertEquals(0, plaza(err, "run", "baseline", "--until", "2007-02", "--out", tmp.resolve("mixed/one").toString()));
        assertEquals(0, plaza(err, "run", "kingpin-surge", "--until", "2007-02", "--out", tmp.resolve("mixed/two").toString()));
        StringWriter refused = new StringWriter();
        assertEquals(PlazaCli.BAD_INPUT, plaza(refused, "chart", tmp.resolve("mixed").toString()));
        assertTrue(refused.toString().contains("folder of 2 results (one, two)"), refused.toString());
        assertFalse(Files.exists(tmp.resolve("mixed/charts")), "nothing drawn");

        assertEquals(0, plaza(err, "run", "baseline", "--until", "2007-02", "--seed", "1", "--out", tmp.resolve("baseline/seed-1").toString()));
        assertEquals(0, plaza(err, "run", "baseline", "--until", "2007-02", "--seed", "2", "--out", tmp.resolve("baseline/seed-2").toString()));
        assertEquals(0, plaza(err, "chart", tmp.resolve("baseline").toString(), "--metrics", "homicides"), err.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("baseline/charts/timeseries-homicides.png")));
        assertEquals(PlazaCli.BAD_INPUT, plaza(new StringWriter(), "chart", tmp.resolve("baseline/seed-1").toString(), tmp.resolve("mixed/one").toString()),
                "several directories need --out");
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    /**
     * {@code plaza chart DIR --against LEVER} (issue 24): homicides against a Mérida share over a mixture
     * design. The chart's own dataset, its axis titles and legend are read back and checked against
     * charts/NAME.csv, against summary.csv (the point is the design point's mean period total) and
     * against the per-run totals of timeseries.csv (the band is the 90% t interval of that mean).
     */
    @Test
    void chartsEachDesignPointsMeanWithItsIntervalAgainstTheLever() throws IOException {
        Path dir = tmp.resolve("mix");
        StringWriter err = new StringWriter();
        // shares in halves: 6 points, (0,0) (0.5,0) (1,0) (0,0.5) (0.5,0.5) (0,1); 3 replications each
        assertEquals(0, plaza(err, "batch", "--design", "mixture", "--samples", "2", "--vary", JUDICIAL + "=0:1", "--vary", ECONOMIC + "=0:1",
                "--replications", "3", "--until", "2007-12", "--scale", "1000", "--threads", "2", "--out", dir.toString()), err.toString());
        StringWriter bad = new StringWriter();
        assertEquals(PlazaCli.BAD_INPUT, plaza(bad, "chart", dir.toString(), "--against", "troops"));
        assertTrue(bad.toString().contains("the varied parameters are " + JUDICIAL + ", " + ECONOMIC), bad.toString());
        assertEquals(0, plaza(err, "chart", dir.toString(), "--against", "merida_equipment_to_judicial", "--outcome", "homicides",
                "--period", "2007-01:2007-12"), err.toString());

        Path png = dir.resolve("charts/lever-" + JUDICIAL + "-homicides.png");
        assertTrue(Files.size(png) > 10_000, "chart drawn");
        ResultSet data = ResultSet.read(List.of(dir));
        Period year = Period.parse("2007-01:2007-12");
        JFreeChart chart = LeverChart.create(data, Metric.HOMICIDES, year, JUDICIAL);
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(JUDICIAL + " (share of the equipment money)", plot.getDomainAxis().getLabel());
        // thousands of homicides on the axis when the largest value reaches 10,000 (checked against the run totals below)
        double div = plot.getRangeAxis().getLabel().startsWith("thousand ") ? 1000 : 1;
        assertEquals((div == 1000 ? "thousand " : "") + "homicides, total 2007", plot.getRangeAxis().getLabel());
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) plot.getDataset();
        // one series per value of the other share, its points ordered by the judicial share
        assertEquals(List.of("merida_equipment_to_economic=0", "merida_equipment_to_economic=0.5", "merida_equipment_to_economic=1"),
                List.of(d.getSeriesKey(0), d.getSeriesKey(1), d.getSeriesKey(2)).stream().map(String::valueOf).toList());
        assertEquals(List.of(3, 2, 1), List.of(d.getItemCount(0), d.getItemCount(1), d.getItemCount(2)));

        // the CSV beside the chart holds exactly the dataset, row by row
        List<CSVRecord> rows = csv(dir.resolve("charts/lever-" + JUDICIAL + "-homicides.csv"));
        assertEquals(6, rows.size());
        int k = 0;
        for (int s = 0; s < d.getSeriesCount(); s++) {
            for (int i = 0; i < d.getItemCount(s); i++) {
                CSVRecord r = rows.get(k++);
                assertEquals(String.valueOf(d.getSeriesKey(s)), r.get("series"));
                assertEquals(d.getXValue(s, i), Double.parseDouble(r.get("x")), 1e-12);
                assertEquals(d.getYValue(s, i), Double.parseDouble(r.get("y")), 1e-9);
                assertEquals(d.getStartYValue(s, i), Double.parseDouble(r.get("y_low")), 1e-9);
                assertEquals(d.getEndYValue(s, i), Double.parseDouble(r.get("y_high")), 1e-9);
                assertEquals(plot.getRangeAxis().getLabel(), r.get("y_axis"));
            }
        }

        // each point against summary.csv (sum of the monthly means) and the per-run totals of timeseries.csv
        Map<String, Double> summaryTotal = new HashMap<>();
        for (CSVRecord r : csv(dir.resolve("summary.csv"))) {
            if (r.get("metric").equals("homicides")) {
                summaryTotal.merge(r.get(JUDICIAL) + "/" + r.get(ECONOMIC), Double.parseDouble(r.get("mean")), Double::sum);
            }
        }
        Map<String, String> pointOfRun = new HashMap<>();
        for (CSVRecord r : csv(dir.resolve("runs.csv"))) {
            pointOfRun.put(r.get("run_id"), r.get(JUDICIAL) + "/" + r.get(ECONOMIC));
        }
        Map<String, Double> runTotal = new HashMap<>();
        for (CSVRecord r : csv(dir.resolve("timeseries.csv"))) {
            runTotal.merge(r.get("run_id"), Double.parseDouble(r.get("homicides")), Double::sum);
        }
        Map<String, List<Double>> totalsOfPoint = new HashMap<>();
        runTotal.forEach((run, total) -> totalsOfPoint.computeIfAbsent(pointOfRun.get(run), x -> new ArrayList<>()).add(total));
        double t = new TDistribution(2).inverseCumulativeProbability(0.95);
        double largest = 0;
        for (int s = 0; s < d.getSeriesCount(); s++) {
            String economic = String.valueOf(d.getSeriesKey(s)).split("=")[1];
            for (int i = 0; i < d.getItemCount(s); i++) {
                String point = plaza.io.Numbers.format(d.getXValue(s, i)) + "/" + economic;
                assertEquals(summaryTotal.get(point) / div, d.getYValue(s, i), 1e-9, "summary.csv at " + point);
                double[] totals = totalsOfPoint.get(point).stream().mapToDouble(Double::doubleValue).toArray();
                assertEquals(3, totals.length, point);
                double half = t * Math.sqrt(StatUtils.variance(totals) / 3) / div;
                assertEquals(StatUtils.mean(totals) / div, d.getYValue(s, i), 1e-9, point);
                largest = Math.max(largest, Math.abs(StatUtils.mean(totals) / div + half) * div);
                assertEquals(half, d.getEndYValue(s, i) - d.getYValue(s, i), 1e-9, "90% half-width at " + point);
                assertTrue(half > 0, "replications differ, so the band has a width at " + point);
            }
        }
        assertEquals(largest >= 1e4, div == 1000, "the axis is in thousands exactly when the largest value reaches 10,000: " + largest);
    }
}
