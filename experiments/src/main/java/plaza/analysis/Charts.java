package plaza.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleEdge;

import plaza.io.AtomicFiles;
import plaza.output.Metric;

/**
 * The charts of a comparison or of one result directory, as PNG files sized and lettered for a
 * projector: large fonts, a title, units on the axes, a legend and years on the time axis. Drawing
 * needs no display; {@link #headless()} makes sure AWT does not look for one.
 */
public final class Charts {

    /** Sub-directory the charts are written to. */
    public static final String DIR = "charts";
    /** Width of every chart in pixels (16:9 at the common projector resolution). */
    public static final int WIDTH = 1600;
    /** Height of the time-series charts in pixels. */
    public static final int HEIGHT = 900;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 34);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 24);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    static final BasicStroke LINE = new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    /** Colours that stay distinct on a projector and for the common colour-vision deficiencies; baseline is black. */
    private static final Color[] PALETTE = {
            new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00),
            new Color(0x56B4E9), new Color(0x8B0000), new Color(0x6A3D9A), new Color(0x7F7F00), new Color(0x1F4E79),
            new Color(0xB15928), new Color(0x33A02C)};
    static final Color BASELINE = new Color(0x202020);

    /** A chart written to disk, with the caption the report shows under it. */
    public record Drawn(Path file, String caption) {}

    private Charts() {}

    /** Lets AWT render off-screen when no display is set; harmless when one is. */
    public static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The colour of the i-th non-baseline series. */
    static Color colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** At most this many scenarios besides the baseline share a time-series chart, so their colours stay distinct. */
    public static final int SCENARIOS_PER_CHART = 4;

    /**
     * Time series of every metric for every scenario in {@code data}, over {@code period}: with more
     * than {@link #SCENARIOS_PER_CHART} scenarios, several charts per metric ({@code timeseries-M.png},
     * {@code timeseries-M-2.png}, ...), each with the baseline.
     */
    public static List<Drawn> drawTimeSeries(ResultSet data, List<Metric> metrics, Period period, String baseline, Path dir) {
        return drawTimeSeries(data, data.scenarios(), metrics, period, baseline, dir);
    }

    /** As {@link #drawTimeSeries(ResultSet, List, Period, String, Path)}, for some of the scenarios of {@code data}. */
    static List<Drawn> drawTimeSeries(ResultSet data, List<String> scenarios, List<Metric> metrics, Period period,
                                      String baseline, Path dir) {
        headless();
        List<Drawn> out = new ArrayList<>();
        List<String> others = scenarios.stream().filter(s -> !s.equals(baseline)).toList();
        boolean hasBaseline = baseline != null && data.scenarios().contains(baseline);
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < Math.max(1, others.size()); i += SCENARIOS_PER_CHART) {
            List<String> g = new ArrayList<>();
            if (hasBaseline) {
                g.add(baseline);
            }
            g.addAll(others.subList(Math.min(i, others.size()), Math.min(i + SCENARIOS_PER_CHART, others.size())));
            groups.add(g);
        }
        for (Metric m : metrics) {
            for (int g = 0; g < groups.size(); g++) {
                Path file = dir.resolve("timeseries-" + m.column() + (g == 0 ? "" : "-" + (g + 1)) + ".png");
                write(TimeSeriesChart.create(data, m, period, baseline, groups.get(g), g * SCENARIOS_PER_CHART), file, WIDTH, HEIGHT);
                out.add(new Drawn(file, Metrics.title(m) + " by month, " + period.label()
                        + (groups.size() > 1 ? " (scenarios " + (g + 1) + " of " + groups.size() + " groups)" : "")
                        + ": mean over replications, shaded 90% confidence interval of the mean"
                        + (groups.get(g).size() <= TimeSeriesChart.RUN_LINES_UP_TO ? ", thin lines the individual runs" : "")));
            }
        }
        return out;
    }

    /** Every chart of a comparison: time series per metric, differences per metric, effects per scenario. */
    static List<Drawn> drawComparison(Comparison c, Path dir) {
        headless();
        List<String> shown = new ArrayList<>(List.of(c.baseline()));
        shown.addAll(c.scenarios());
        List<Drawn> out = new ArrayList<>(drawTimeSeries(c.data(), shown, c.metrics(), c.span(), c.baseline(), dir));
        Period main = c.mainPeriod();
        for (Metric m : c.metrics()) {
            Path file = dir.resolve("difference-" + m.column() + ".png");
            JFreeChart chart = DifferenceChart.byScenario(c, m, main);
            write(chart, file, WIDTH, DifferenceChart.height(c.scenarios().size()));
            out.add(new Drawn(file, Metrics.title(m) + ", " + main.label() + ": difference from " + c.baseline()
                    + " with 90% confidence interval"));
        }
        for (Metric m : c.metrics()) {
            Path file = dir.resolve("seeds-" + m.column() + ".png");
            JFreeChart chart = SeedCharts.perSeed(c, m, main);
            if (chart != null) {
                write(chart, file, WIDTH, HEIGHT);
                out.add(new Drawn(file, Metrics.title(m) + ", " + main.label() + ": each seed's difference from " + c.baseline()
                        + " (scenario run minus baseline run with the same seed), and their mean"));
            }
        }
        for (Metric cost : List.of(Metric.DTO_REVENUE_USD, Metric.FUNDING_SPENT_USD)) {
            if (c.metrics().contains(Metric.HOMICIDES) && c.metrics().contains(cost)) {
                Path file = dir.resolve("tradeoff-" + cost.column() + ".png");
                write(SeedCharts.tradeoff(c, Metric.HOMICIDES, cost, main), file, WIDTH, HEIGHT);
                out.add(new Drawn(file, "Tradeoff, " + main.label() + ": each scenario's change in homicides against its change in "
                        + Metrics.title(cost).toLowerCase(java.util.Locale.ROOT) + ", percent of " + c.baseline() + ", with 90% confidence intervals"));
            }
        }
        for (String s : c.scenarios()) {
            Path file = dir.resolve("effects-" + fileName(s) + ".png");
            write(DifferenceChart.effects(c, s), file, WIDTH, DifferenceChart.height(c.metrics().size() * c.periods().size()));
            out.add(new Drawn(file, s + " against " + c.baseline() + ": change of every metric in percent, with 90% confidence intervals"));
        }
        removeStale(dir, out);
        return out;
    }

    /** The names a comparison gives its charts (and their data files); other writers' charts in the folder are left alone. */
    private static final java.util.regex.Pattern COMPARISON_CHART =
            java.util.regex.Pattern.compile("(timeseries|difference|seeds|tradeoff|effects)-.*\\.(png|csv)");

    /**
     * Deletes the comparison charts an earlier comparison wrote into {@code dir} that this one did not
     * draw (a metric or scenario no longer compared), so the folder holds only charts of the report
     * beside it; sensitivity, lever and event-study charts have other names and stay.
     */
    private static void removeStale(Path dir, List<Drawn> drawn) {
        java.util.Set<String> keep = new java.util.HashSet<>();
        for (Drawn d : drawn) {
            String png = d.file().getFileName().toString();
            keep.add(png);
            keep.add(png.substring(0, png.length() - ".png".length()) + ".csv");
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (COMPARISON_CHART.matcher(name).matches() && !keep.contains(name)) {
                    java.nio.file.Files.delete(f);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A scenario name made safe for a file name. */
    static String fileName(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Applies the projector style: big title, subtitle, axis fonts and a legend at the bottom. */
    static void style(JFreeChart chart, String subtitle, Axis... axes) {
        chart.getTitle().setFont(TITLE);
        chart.setBackgroundPaint(Color.WHITE);
        if (subtitle != null) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            chart.addSubtitle(0, sub);
        }
        for (Axis a : axes) {
            a.setLabelFont(LABEL);
            a.setTickLabelFont(TICK);
            a.setTickLabelPaint(Color.BLACK);
            a.setLabelPaint(Color.BLACK);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
    }

    /**
     * Renders a chart to PNG and writes it atomically, with {@code NAME.csv} beside it holding exactly
     * what it plots ({@link ChartData}).
     */
    public static void write(JFreeChart chart, Path file, int width, int height) {
        ChartData.write(chart, file);
        writeImage(chart, file, width, height);
    }

    /**
     * Renders a chart to PNG only, for a caller that writes the chart's numbers beside it in a CSV of
     * its own format under the same name (the event study, the sensitivity charts).
     */
    public static void writeImage(JFreeChart chart, Path file, int width, int height) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ChartUtilities.writeChartAsPNG(bytes, chart, width, height);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = AtomicFiles.temporaryFor(file);
            Files.write(tmp, bytes.toByteArray());
            AtomicFiles.commit(tmp, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives a value axis a readable range when every plotted value lies in {@code [min, max]} and they
     * do not differ (say, funding that no scenario changes): JFreeChart would otherwise stretch the
     * flat values over a range of 1E-8 and label it in E-9 ticks. The flat line is then drawn in the
     * middle of a range of ±1 around 0, or ±10% around another value.
     */
    static void readableWhenFlat(org.jfree.chart.axis.NumberAxis axis, double min, double max) {
        double size = Math.max(1, Math.max(Math.abs(min), Math.abs(max)));
        if (Double.isNaN(min) || Double.isNaN(max) || max - min > 1e-9 * size) {
            return;
        }
        double centre = (min + max) / 2;
        double half = centre == 0 ? 1 : Math.abs(centre) / 10;
        axis.setRange(centre - half, centre + half);
    }

    /**
     * A divisor and word that bring large values to readable numbers on an axis: billions, millions
     * or thousands of the unit.
     */
    record Scale(double divisor, String word) {
        static Scale of(double maxAbs) {
            if (maxAbs >= 1e9) {
                return new Scale(1e9, "billion ");
            }
            if (maxAbs >= 1e6) {
                return new Scale(1e6, "million ");
            }
            if (maxAbs >= 1e4) {
                return new Scale(1e3, "thousand ");
            }
            return new Scale(1, "");
        }
    }
}
