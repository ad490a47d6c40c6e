package plaza.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import plaza.io.AtomicFiles;

/**
 * Charts of a batch's {@code sensitivity.csv}, one per scenario and outcome (the first
 * {@link #MAX_OUTCOMES} outcomes): Sobol first-order and total indices per parameter with their 95%
 * bootstrap intervals, or the Morris plane (mu* against sigma, one labelled point per parameter). Each
 * chart has a CSV beside it with exactly what it plots; a parameter with a warning is marked with an
 * asterisk in the chart and its warning is in the CSV.
 */
public final class SensitivityCharts {

    /** Outcomes charted per scenario (the rest are in sensitivity.csv). */
    public static final int MAX_OUTCOMES = 6;

    private SensitivityCharts() {}

    /** Writes the charts into {@code batchDir/charts/}; returns the chart files written. */
    public static List<Path> write(Path batchDir) {
        Charts.headless();
        Path csv = batchDir.resolve("sensitivity.csv");
        if (!Files.isRegularFile(csv)) {
            return List.of();
        }
        Map<String, List<CSVRecord>> groups = new LinkedHashMap<>();
        boolean sobol;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            sobol = p.getHeaderNames().contains("s1");
            Map<String, Integer> outcomesPerScenario = new LinkedHashMap<>();
            for (CSVRecord rec : p) {
                String key = rec.get("scenario") + "|" + rec.get("outcome");
                if (!groups.containsKey(key)) {
                    int n = outcomesPerScenario.merge(rec.get("scenario"), 1, Integer::sum);
                    if (n > MAX_OUTCOMES) {
                        continue;
                    }
                }
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(rec);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, List<CSVRecord>> g : groups.entrySet()) {
            String[] so = g.getKey().split("\\|", 2);
            String name = "sensitivity-" + so[0] + "-" + so[1];
            Path png = batchDir.resolve(Charts.DIR).resolve(name + ".png");
            JFreeChart chart = sobol ? sobolChart(so[0], so[1], g.getValue()) : morrisChart(so[0], so[1], g.getValue());
            Charts.writeImage(chart, png, 1200, 700);
            AtomicFiles.writeString(batchDir.resolve(Charts.DIR).resolve(name + ".csv"), data(sobol, g.getValue()));
            written.add(png);
        }
        return written;
    }

    private static String label(CSVRecord rec) {
        return rec.get("parameter") + (rec.get("warning").isBlank() ? "" : " *");
    }

    private static double num(String s) {
        return s == null || s.isBlank() ? Double.NaN : Double.parseDouble(s);
    }

    private static JFreeChart sobolChart(String scenario, String outcome, List<CSVRecord> rows) {
        YIntervalSeries s1 = new YIntervalSeries("first-order S1 (95% interval)");
        YIntervalSeries st = new YIntervalSeries("total ST (95% interval)");
        String[] names = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            names[i] = label(r);
            add(s1, i - 0.12, num(r.get("s1")), num(r.get("s1_ci95_low")), num(r.get("s1_ci95_high")));
            add(st, i + 0.12, num(r.get("st")), num(r.get("st_ci95_low")), num(r.get("st_ci95_high")));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s1);
        data.addSeries(st);
        SymbolAxis x = new SymbolAxis("parameter (* = see the warning in sensitivity.csv)", names);
        x.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        NumberAxis y = new NumberAxis("share of the outcome's variance");
        y.setRange(-0.1, 1.1);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setBaseLinesVisible(false);
        renderer.setSeriesPaint(0, Charts.colour(0));
        renderer.setSeriesPaint(1, Charts.colour(1));
        renderer.setErrorStroke(new BasicStroke(2f));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart("Sobol indices of " + outcome + " (" + scenario + ")", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    private static void add(YIntervalSeries s, double x, double y, double lo, double hi) {
        if (!Double.isNaN(y)) {
            s.add(x, y, Double.isNaN(lo) ? y : lo, Double.isNaN(hi) ? y : hi);
        }
    }

    private static JFreeChart morrisChart(String scenario, String outcome, List<CSVRecord> rows) {
        XYSeries pts = new XYSeries("parameters", false);
        XYSeriesCollection data = new XYSeriesCollection(pts);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, Charts.colour(0));
        NumberAxis x = new NumberAxis("mu* (mean absolute elementary effect, " + outcome + " per whole range)");
        NumberAxis y = new NumberAxis("sigma (spread of the effects: interactions, non-linearity or noise)");
        XYPlot plot = new XYPlot(data, x, y, renderer);
        for (CSVRecord r : rows) {
            double mu = num(r.get("mu_star"));
            double sd = num(r.get("sigma"));
            if (!Double.isNaN(mu) && !Double.isNaN(sd)) {
                pts.add(mu, sd);
                XYTextAnnotation a = new XYTextAnnotation(label(r), mu, sd);
                a.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                a.setTextAnchor(org.jfree.ui.TextAnchor.BOTTOM_LEFT);
                plot.addAnnotation(a);
            }
        }
        x.setAutoRangeIncludesZero(true);
        y.setAutoRangeIncludesZero(true);
        JFreeChart chart = new JFreeChart("Morris screening of " + outcome + " (" + scenario + ")", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static String data(boolean sobol, List<CSVRecord> rows) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
            if (sobol) {
                p.printRecord("series", "label", "x", "y", "low", "high", "warning");
                for (int i = 0; i < rows.size(); i++) {
                    CSVRecord r = rows.get(i);
                    p.printRecord("s1", r.get("parameter"), i, r.get("s1"), r.get("s1_ci95_low"), r.get("s1_ci95_high"), r.get("warning"));
                    p.printRecord("st", r.get("parameter"), i, r.get("st"), r.get("st_ci95_low"), r.get("st_ci95_high"), r.get("warning"));
                }
            } else {
                p.printRecord("series", "label", "x", "y", "warning");
                for (CSVRecord r : rows) {
                    p.printRecord("morris", r.get("parameter"), r.get("mu_star"), r.get("sigma"), r.get("warning"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
