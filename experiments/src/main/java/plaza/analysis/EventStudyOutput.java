package plaza.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import plaza.io.AtomicFiles;
import plaza.io.Numbers;

/** Writes an {@link EventStudy}: the CSV of what is plotted, and the chart (effect by month around the event, 90% band). */
public final class EventStudyOutput {

    private EventStudyOutput() {}

    /** Writes {@code eventstudy-EVENT-OUTCOME.csv} and {@code .png} into {@code out}; returns the PNG. */
    public static Path write(EventStudy.Result r, Path out) {
        Charts.headless();
        String name = "eventstudy-" + r.event() + "-" + r.outcome();
        AtomicFiles.writeString(out.resolve(name + ".csv"), csv(r));
        Path png = out.resolve(name + ".png");
        Charts.writeImage(chart(r), png, 1200, 700);
        return png;
    }

    static String csv(EventStudy.Result r) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
            p.printRecord("relative_month", "events", "runs", "effect", "ci90_low", "ci90_high", "treated_mean", "control_mean");
            for (EventStudy.Row row : r.rows()) {
                p.printRecord(row.k(), row.events(), row.runs(), num(row.effect()), num(row.low()), num(row.high()),
                        num(row.treatedMean()), num(row.controlMean()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }

    private static JFreeChart chart(EventStudy.Result r) {
        YIntervalSeries s = new YIntervalSeries("effect on " + r.outcome() + " (90% interval over "
                + (r.clusteredByRun() ? r.runs() + " runs" : r.events() + " events") + ")");
        for (EventStudy.Row row : r.rows()) {
            double lo = Double.isNaN(row.low()) ? row.effect() : row.low();
            double hi = Double.isNaN(row.high()) ? row.effect() : row.high();
            s.add(row.k(), row.effect(), lo, hi);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setSeriesPaint(0, Charts.colour(0));
        renderer.setSeriesFillPaint(0, new Color(0, 114, 178, 60));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        NumberAxis x = new NumberAxis("months since the event (0 = the event's month; -1 is the reference)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(r.outcome() + " in the plaza, change since month -1, against plazas without the event");
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        plot.addDomainMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("Event study: " + r.event() + " (" + r.events() + " events, " + r.runs() + " runs)",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
