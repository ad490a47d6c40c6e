package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.output.Metric;

/**
 * The tradeoff chart names the right points: its own dataset and labels are read back and compared
 * with comparison.csv, scenario by scenario; its labels do not overlap; charts/tradeoff-*.csv holds
 * the same numbers. The scenarios are listed in an order unlike their x order (the order a sorted
 * series would have used), and many sit near the origin, as in the headline.
 */
class TradeoffChartTest {

    @TempDir
    Path tmp;

    /** Homicide and revenue changes (percent) per scenario, in input order. */
    private static final Map<String, double[]> EFFECTS = new LinkedHashMap<>();

    static {
        EFFECTS.put("aml-push", new double[] {-0.9, 9.6});
        EFFECTS.put("assault-weapons-ban", new double[] {-13.1, 0});
        EFFECTS.put("cfr-package", new double[] {-12.2, -8.7});
        EFFECTS.put("merida-economic", new double[] {7.5, 0.3});
        for (int i = 1; i <= 10; i++) {
            // a cluster near the origin, where labels would pile up
            EFFECTS.put("near-origin-" + i, new double[] {0.15 * (i - 5), 0.05 * ((i * 7) % 10 - 5)});
        }
    }

    @Test
    void tradeoffChartLabelsEveryPointWithItsOwnScenarioAsInComparisonCsv() throws IOException {
        Path dir = batch(tmp.resolve("b"));
        Comparison c = Comparison.of(List.of(dir), new Comparison.Options(null,
                List.of(Metric.HOMICIDES, Metric.DTO_REVENUE_USD), List.of()));
        c.write(dir);
        Map<String, double[]> table = fromComparisonCsv(dir.resolve(ComparisonTable.FILE), c.mainPeriod());
        assertEquals(EFFECTS.keySet(), table.keySet());
        for (Map.Entry<String, double[]> e : EFFECTS.entrySet()) {
            // the design is visible in the table (seed noise is small next to these effects)
            assertEquals(e.getValue()[0], table.get(e.getKey())[0], 0.3, e.getKey() + " homicides");
            assertEquals(e.getValue()[1], table.get(e.getKey())[1], 0.3, e.getKey() + " revenue");
        }

        // the chart's own dataset: each series is one scenario, its point the table's changes
        JFreeChart chart = SeedCharts.tradeoff(c, Metric.HOMICIDES, Metric.DTO_REVENUE_USD, c.mainPeriod());
        XYPlot plot = chart.getXYPlot();
        IntervalXYDataset data = (IntervalXYDataset) plot.getDataset(0);
        assertEquals(EFFECTS.size(), data.getSeriesCount());
        Map<String, Point2D> pixels = new HashMap<>();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(Charts.WIDTH, Charts.HEIGHT, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            String name = (String) data.getSeriesKey(s);
            double[] row = table.get(name);
            assertEquals(row[0], data.getXValue(s, 0), 1e-9, name + ": x is its change in homicides");
            assertEquals(row[1], data.getYValue(s, 0), 1e-9, name + ": y is its change in revenue");
            assertEquals(row[2], data.getStartXValue(s, 0), 1e-9, name + ": x interval");
            assertEquals(row[3], data.getEndXValue(s, 0), 1e-9, name + ": x interval");
            assertEquals(row[4], data.getStartYValue(s, 0), 1e-9, name + ": y interval");
            assertEquals(row[5], data.getEndYValue(s, 0), 1e-9, name + ": y interval");
            pixels.put(name, new Point2D.Double(
                    plot.getDomainAxis().valueToJava2D(row[0], area, plot.getDomainAxisEdge()),
                    plot.getRangeAxis().valueToJava2D(row[1], area, plot.getRangeAxisEdge())));
        }

        // the labels as drawn: one per scenario, at its own point, none overlapping another or a point
        PointLabels labels = (PointLabels) plot.getAnnotations().get(0);
        List<PointLabels.Placed> drawn = labels.lastDrawn();
        assertEquals(EFFECTS.size(), drawn.size());
        List<Rectangle2D> boxes = new ArrayList<>();
        for (PointLabels.Placed p : drawn) {
            Point2D own = pixels.get(p.text());
            assertEquals(own.getX(), p.point().getX(), 0.5, p.text() + " is drawn at its own point");
            assertEquals(own.getY(), p.point().getY(), 0.5, p.text() + " is drawn at its own point");
            assertTrue(area.contains(p.box()), p.text() + " inside the plot");
            for (Rectangle2D b : boxes) {
                assertFalse(b.intersects(p.box()), p.text() + " overlaps another label");
            }
            for (Point2D q : pixels.values()) {
                assertFalse(p.box().intersects(q.getX() - PointLabels.MARKER, q.getY() - PointLabels.MARKER,
                        2 * PointLabels.MARKER, 2 * PointLabels.MARKER), p.text() + " covers a point");
            }
            boxes.add(p.box());
            // a leader line joins a label set away from its point to that point, not to another
            Point2D end = PointLabels.nearestOn(p.box(), p.point());
            assertTrue(end.distance(p.point()) < 320, p.text() + " stays near its point: " + end.distance(p.point()));
        }

        // charts/tradeoff-dto_revenue_usd.csv: the same numbers, named by label
        Map<String, CSVRecord> csv = new HashMap<>();
        try (Reader r = Files.newBufferedReader(dir.resolve("charts/tradeoff-dto_revenue_usd.csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                csv.put(rec.get("label"), rec);
                assertEquals(rec.get("series"), rec.get("label"));
                assertEquals("change in Homicides, % of baseline", rec.get("x_axis"));
            }
        }
        assertEquals(EFFECTS.keySet(), csv.keySet());
        for (Map.Entry<String, double[]> e : table.entrySet()) {
            CSVRecord rec = csv.get(e.getKey());
            double[] v = e.getValue();
            String[] cols = {"x", "y", "x_low", "x_high", "y_low", "y_high"};
            int[] idx = {0, 1, 2, 3, 4, 5};
            for (int k = 0; k < cols.length; k++) {
                assertEquals(v[idx[k]], Double.parseDouble(rec.get(cols[k])), 1e-9, e.getKey() + " " + cols[k]);
            }
        }
    }

    @Test
    void labelLayoutKeepsACrowdOfPointsApart() {
        List<String> texts = new ArrayList<>();
        List<Point2D> points = new ArrayList<>();
        List<Rectangle2D> sizes = new ArrayList<>();
        RandomGenerator rng = new MersenneTwister(3);
        for (int i = 0; i < 25; i++) {
            texts.add("scenario-" + i);
            points.add(new Point2D.Double(800 + 30 * rng.nextGaussian(), 450 + 15 * rng.nextGaussian()));
            sizes.add(new Rectangle2D.Double(0, 0, 180 + 40 * rng.nextDouble(), 22));
        }
        Rectangle2D area = new Rectangle2D.Double(100, 100, 1400, 700);
        List<PointLabels.Placed> placed = PointLabels.layout(texts, points, sizes, area);
        for (int i = 0; i < placed.size(); i++) {
            assertEquals(texts.get(i), placed.get(i).text());
            assertEquals(points.get(i), placed.get(i).point());
            assertTrue(area.contains(placed.get(i).box()));
            for (int j = 0; j < i; j++) {
                assertFalse(placed.get(i).box().intersects(placed.get(j).box()), texts.get(i) + " overlaps " + texts.get(j));
            }
        }
    }

    /** Changes by scenario from comparison.csv: homicides, revenue, then their interval bounds. */
    private static Map<String, double[]> fromComparisonCsv(Path file, Period p) throws IOException {
        Map<String, double[]> out = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(file)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                if (!rec.get("period").equals(p.toString())) {
                    continue;
                }
                double[] v = out.computeIfAbsent(rec.get("scenario"), k -> new double[6]);
                boolean homicides = rec.get("metric").equals("homicides");
                v[homicides ? 0 : 1] = Double.parseDouble(rec.get("relative_change_pct"));
                v[homicides ? 2 : 4] = Double.parseDouble(rec.get("relative_ci90_low_pct"));
                v[homicides ? 3 : 5] = Double.parseDouble(rec.get("relative_ci90_high_pct"));
            }
        }
        return out;
    }

    /** Baseline and every scenario, 4 seeds each, 24 months; a scenario's months are the baseline's scaled by its effects. */
    private static Path batch(Path dir) {
        RandomGenerator rng = new MersenneTwister(17);
        List<Synthetic.Run> runs = new ArrayList<>();
        Map<String, double[]> all = new LinkedHashMap<>();
        all.put("baseline", new double[] {0, 0});
        all.putAll(EFFECTS);
        for (int seed = 1; seed <= 4; seed++) {
            double[] h = new double[24];
            double[] rev = new double[24];
            for (int t = 0; t < 24; t++) {
                h[t] = 1000 + 50 * rng.nextGaussian();
                rev[t] = 1e9 * (1 + 0.05 * rng.nextGaussian());
            }
            for (Map.Entry<String, double[]> e : all.entrySet()) {
                double[] hs = new double[24];
                double[] rs = new double[24];
                for (int t = 0; t < 24; t++) {
                    hs[t] = h[t] * (1 + e.getValue()[0] / 100) * (1 + 0.001 * rng.nextGaussian());
                    rs[t] = rev[t] * (1 + e.getValue()[1] / 100) * (1 + 0.001 * rng.nextGaussian());
                }
                Map<String, double[]> v = new LinkedHashMap<>();
                v.put("homicides", hs);
                v.put("dto_revenue_usd", rs);
                runs.add(new Synthetic.Run(e.getKey() + "-" + seed, e.getKey(), seed, seed, YearMonth.of(2007, 1), v));
            }
        }
        return Synthetic.batch(dir, runs, false);
    }
}
