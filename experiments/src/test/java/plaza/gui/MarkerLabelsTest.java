package plaza.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lever-change labels on a chart as a class makes them: several levers moved in successive months,
 * one just before the end of the run, one with a very long name; drawn at the size of a classroom
 * chart on a 1280x720 projector, of a presentation chart and of a screenshot. Headless.
 */
class MarkerLabelsTest {

    @ParameterizedTest
    @CsvSource({"265, 190, 10", "380, 330, 16", "900, 480, 10"})
    void labelsStayInsideThePlotAndNeverOverlap(int width, int height, int points) {
        TimeSeriesCollection data = new TimeSeriesCollection(new TimeSeries("homicides"));
        JFreeChart chart = ChartFactory.createTimeSeriesChart("Drug-related homicides", null, "per month", data, true, false, false);
        chart.getXYPlot().getDomainAxis().setRange(ClassroomChart.month(YearMonth.of(2007, 1)).getFirstMillisecond(),
                ClassroomChart.month(YearMonth.of(2012, 12)).getLastMillisecond());
        MarkerLabels labels = new MarkerLabels(new Font(Font.SANS_SERIF, Font.PLAIN, points));
        chart.getXYPlot().addAnnotation(labels);
        List<String[]> moves = List.of(
                new String[] {"2007-01", "set before start: Leader targeting"},
                new String[] {"2007-02", "Troops deployed from 2009: 45000 \u2192 60000 (troops)"},
                new String[] {"2007-03", "policy.gun_control_intensity: 0 \u2192 1"},
                new String[] {"2009-06", "policy.marijuana_legal_share: 0 \u2192 0.5"},
                new String[] {"2012-11", "Leader targeting: 2 \u2192 1 (\u00d7 2007)"},
                new String[] {"2010-01", "funding.treatment_extra_usd_billions_per_year: 0 \u2192 2; policy.merida_share_equipment: 0.6 \u2192 0.3"});
        for (String[] m : moves) {
            labels.add(ClassroomChart.month(YearMonth.parse(m[0])).getFirstMillisecond(), m[1]);
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();

        Rectangle2D area = labels.area();
        List<Rectangle2D> drawn = labels.drawn();
        assertEquals(moves.size(), drawn.size() + labels.leftOut(), "every label drawn or counted as left out");
        assertTrue(drawn.size() >= Math.min(moves.size(), 3), "the first labels find room: " + drawn.size());
        for (Rectangle2D r : drawn) {
            assertTrue(r.getMinX() >= area.getMinX() - 0.5 && r.getMaxX() <= area.getMaxX() + 0.5
                    && r.getMinY() >= area.getMinY() - 0.5 && r.getMaxY() <= area.getMaxY() + 0.5,
                    "label " + r + " cut off by the plot " + area);
        }
        for (int i = 0; i < drawn.size(); i++) {
            for (int j = i + 1; j < drawn.size(); j++) {
                assertFalse(drawn.get(i).intersects(drawn.get(j)), "labels " + i + " and " + j + " overlap: " + drawn.get(i) + " " + drawn.get(j));
            }
        }
    }
}
