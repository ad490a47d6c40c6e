package plaza.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The labels of a chart's lever-change markers, laid out each time the chart is drawn so that none
 * is cut off by the plot's edge and none overprints another: a label goes to the right of its line,
 * or to its left where the right edge is too close, shortened with an ellipsis only if it is wider
 * than the plot, in the first row from the top where it overlaps no earlier label. A label that
 * finds no free row in the plot is left out (its line and the status line remain).
 */
final class MarkerLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final int GAP = 4;

    private record Label(double millis, String text) {}

    private final List<Label> labels = new ArrayList<>();
    private final Font font;
    private final Color paint = new Color(170, 30, 30);
    private transient List<Rectangle2D> drawn = List.of();
    private transient Rectangle2D area = new Rectangle2D.Double();
    private transient int left;

    MarkerLabels(Font font) {
        this.font = font;
    }

    void add(double millis, String text) {
        labels.add(new Label(millis, text));
        fireAnnotationChanged();
    }

    void clear() {
        labels.clear();
        fireAnnotationChanged();
    }

    Font font() {
        return font;
    }

    /** The labels' texts, in the order added (for tests). */
    List<String> texts() {
        return labels.stream().map(Label::text).toList();
    }

    /** Where the labels were drawn last (Java2D space of the chart), for tests. */
    List<Rectangle2D> drawn() {
        return drawn;
    }

    /** The plot's data area when last drawn, for tests. */
    Rectangle2D area() {
        return area;
    }

    /** Labels left out when last drawn for want of room, for tests. */
    int leftOut() {
        return left;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        g2.setFont(font);
        g2.setPaint(paint);
        FontMetrics fm = g2.getFontMetrics();
        int rowHeight = fm.getHeight();
        int rows = Math.max(1, (int) ((dataArea.getHeight() - 4) / rowHeight));
        double maxWidth = dataArea.getWidth() - 2 * GAP;
        List<Rectangle2D> placed = new ArrayList<>();
        int skipped = 0;
        for (Label l : labels) {
            double x = domainAxis.valueToJava2D(l.millis(), dataArea, plot.getDomainAxisEdge());
            String text = fit(l.text(), fm, maxWidth);
            int w = fm.stringWidth(text);
            double lx = x + GAP + w <= dataArea.getMaxX() ? x + GAP : Math.max(dataArea.getMinX() + GAP, x - GAP - w);
            Rectangle2D r = null;
            for (int row = 0; row < rows && r == null; row++) {
                Rectangle2D candidate = new Rectangle2D.Double(lx, dataArea.getMinY() + 2 + row * rowHeight, w, rowHeight);
                if (placed.stream().noneMatch(candidate::intersects)) {
                    r = candidate;
                }
            }
            if (r == null) {
                skipped++;
                continue;
            }
            placed.add(r);
            g2.drawString(text, (float) r.getX(), (float) (r.getY() + fm.getAscent()));
        }
        drawn = List.copyOf(placed);
        area = (Rectangle2D) dataArea.clone();
        left = skipped;
    }

    private static String fit(String text, FontMetrics fm, double width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && fm.stringWidth(t + "\u2026") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "\u2026";
    }
}
