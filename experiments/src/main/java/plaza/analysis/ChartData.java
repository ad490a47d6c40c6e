package plaza.analysis;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.MultiValueCategoryDataset;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

import plaza.io.AtomicFiles;
import plaza.io.Numbers;

/**
 * {@code charts/NAME.csv}: exactly what a chart plots, read back from the chart's own datasets (not
 * recomputed), so a reader or a test can check the picture against {@code comparison.csv}. One row
 * per plotted point: {@code series} (the legend entry, or the scenario a labelled point stands for),
 * {@code label} (the text next to the point: a scenario name on a tradeoff chart, the category of a
 * bar or dot, the month of a time series), {@code x}, {@code y} and their interval bounds (empty where
 * the chart draws none), and the two axis titles, which carry the unit and any scale word
 * ("thousand ...") the values are divided by. On bar and dot charts the value is in {@code y} (the
 * value axis) whichever way the bars point, and {@code x} is empty.
 */
public final class ChartData {

    /** Columns of every chart CSV. */
    public static final List<String> HEADER = List.of("series", "label", "x", "y", "x_low", "x_high", "y_low", "y_high",
            "x_axis", "y_axis");

    private ChartData() {}

    /** One plotted point as written. */
    public record Row(String series, String label, String x, double y, double xLow, double xHigh, double yLow, double yHigh) {}

    /** The rows of a chart, in drawing order. */
    public static List<Row> rows(JFreeChart chart) {
        Plot plot = chart.getPlot();
        List<Row> out = new ArrayList<>();
        if (plot instanceof XYPlot xy) {
            boolean months = xy.getDomainAxis() instanceof DateAxis;
            for (int d = 0; d < xy.getDatasetCount(); d++) {
                XYDataset data = xy.getDataset(d);
                if (data == null) {
                    continue;
                }
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    String series = String.valueOf(data.getSeriesKey(s));
                    for (int i = 0; i < data.getItemCount(s); i++) {
                        double x = data.getXValue(s, i);
                        String xs = months ? month(x) : Numbers.format(x);
                        String label = months ? xs : series;
                        double nan = Double.NaN;
                        if (data instanceof IntervalXYDataset iv) {
                            out.add(new Row(series, label, xs, data.getYValue(s, i),
                                    months ? nan : iv.getStartXValue(s, i), months ? nan : iv.getEndXValue(s, i),
                                    iv.getStartYValue(s, i), iv.getEndYValue(s, i)));
                        } else {
                            out.add(new Row(series, label, xs, data.getYValue(s, i), nan, nan, nan, nan));
                        }
                    }
                }
            }
        } else if (plot instanceof CategoryPlot cat) {
            CategoryDataset data = cat.getDataset();
            for (int r = 0; r < data.getRowCount(); r++) {
                for (int c = 0; c < data.getColumnCount(); c++) {
                    String series = String.valueOf(data.getRowKey(r));
                    String label = String.valueOf(data.getColumnKey(c));
                    if (data instanceof MultiValueCategoryDataset multi) {
                        for (Object v : multi.getValues(r, c)) {
                            out.add(new Row(series, label, "", ((Number) v).doubleValue(), Double.NaN, Double.NaN, Double.NaN, Double.NaN));
                        }
                    } else if (data instanceof StatisticalCategoryDataset stat) {
                        Number mean = stat.getMeanValue(r, c);
                        Number half = stat.getStdDevValue(r, c);
                        if (mean == null) {
                            continue;
                        }
                        double m = mean.doubleValue();
                        double lo = half == null ? Double.NaN : m - half.doubleValue();
                        double hi = half == null ? Double.NaN : m + half.doubleValue();
                        out.add(new Row(series, label, "", m, Double.NaN, Double.NaN, lo, hi));
                    } else {
                        Number v = data.getValue(r, c);
                        if (v != null) {
                            out.add(new Row(series, label, "", v.doubleValue(), Double.NaN, Double.NaN, Double.NaN, Double.NaN));
                        }
                    }
                }
            }
        } else {
            throw new IllegalArgumentException("no chart data for a " + plot.getPlotType() + " plot");
        }
        return out;
    }

    /** The CSV text of a chart's rows. */
    static String csv(JFreeChart chart) {
        String xAxis;
        String yAxis;
        if (chart.getPlot() instanceof XYPlot xy) {
            xAxis = xy.getDomainAxis().getLabel();
            yAxis = xy.getRangeAxis().getLabel();
        } else {
            CategoryPlot cat = (CategoryPlot) chart.getPlot();
            xAxis = cat.getDomainAxis().getLabel();
            yAxis = cat.getRangeAxis().getLabel();
        }
        StringWriter text = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
            p.printRecord(HEADER);
            for (Row r : rows(chart)) {
                p.printRecord(r.series(), r.label(), r.x(), num(r.y()), num(r.xLow()), num(r.xHigh()), num(r.yLow()),
                        num(r.yHigh()), xAxis, yAxis);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Writes {@code NAME.csv} beside the chart file {@code NAME.png}, atomically. */
    static Path write(JFreeChart chart, Path png) {
        String name = png.getFileName().toString();
        Path file = png.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".csv");
        AtomicFiles.writeString(file, csv(chart));
        return file;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }

    private static String month(double millis) {
        return YearMonth.from(Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC)).toString();
    }
}
