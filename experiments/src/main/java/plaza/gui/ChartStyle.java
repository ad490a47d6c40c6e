package plaza.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;

/**
 * How a classroom chart looks: type sizes (normal and presentation), whole years on the time axis,
 * the run's lines solid and the baseline's dashed in the same colour (grey for a single line), and,
 * for charts of several lines, the hidden "dashed: baseline" subtitle the comparison shows.
 */
final class ChartStyle {

    private static final BasicStroke SOLID = new BasicStroke(2f);
    private static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            1f, new float[] {6f, 4f}, 0f);
    /** The start of the subtitle that explains the dashes in a chart of several lines. */
    static final String DASHES = "dashed: baseline";

    private ChartStyle() {}

    /** Points of the legend's type. */
    static int legendPoints(boolean present) {
        return present ? 18 : 11;
    }

    static void apply(JFreeChart chart, ChartSpec spec, boolean present) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, present ? 26 : 13));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, legendPoints(present)));
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(new Color(250, 250, 250));
        plot.setDomainGridlinePaint(new Color(215, 215, 215));
        plot.setRangeGridlinePaint(new Color(215, 215, 215));
        DateAxis axis = (DateAxis) plot.getDomainAxis();
        // whole years only (1, 2, 5 or 10 apart, whichever fits), never the same year twice
        TickUnits years = new TickUnits();
        for (int n : new int[] {1, 2, 5, 10}) {
            years.add(new DateTickUnit(DateTickUnitType.YEAR, n, new SimpleDateFormat("yyyy")));
        }
        axis.setStandardTickUnits(years);
        plot.getRangeAxis().setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, present ? 18 : 11));
        plot.getRangeAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, present ? 18 : 10));
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, present ? 18 : 10));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(spec.fromZero());
        if (spec.range() != null) {
            plot.getRangeAxis().setRange(spec.range()[0], spec.range()[1]);
        }
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        int n = spec.lines().size();
        for (int i = 0; i < n; i++) {
            Color c = spec.lines().get(i).colour();
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesStroke(i, SOLID);
            renderer.setSeriesPaint(n + i, n == 1 ? new Color(120, 120, 120) : c);
            renderer.setSeriesStroke(n + i, DASHED);
        }
        if (n > 1) {
            TextTitle dashes = new TextTitle(DASHES + ", same seed", new Font(Font.SANS_SERIF, Font.ITALIC, present ? 16 : 10));
            dashes.setVisible(false);
            chart.addSubtitle(dashes);
        }
    }
}
