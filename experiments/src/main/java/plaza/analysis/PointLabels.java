package plaza.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;

/**
 * Names the points of an XY chart without letting the names overlap: each series of dataset 0 is
 * one named point (its first item), labelled with the series key. The labels are placed at draw
 * time, in pixels, on the first free spot of a spiral around their point (free: inside the plot, not
 * over another label or any point's marker); a label set away from its point gets a thin leader line
 * to it, so a name is never next to the wrong point. The label of item i is the key of the series
 * the point belongs to, never a position in a list, so the dataset cannot reorder names and points.
 */
final class PointLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    /** Half the side of the square each point's marker is kept clear of. */
    static final double MARKER = 9;
    private static final double[] RADII = {2, 10, 20, 32, 46, 62, 80, 100, 124, 150, 180, 214, 252, 294, 340};
    private static final int DIRECTIONS = 16;

    /** A label as drawn: its text, the pixel point it names and the box it occupies. */
    record Placed(String text, Point2D point, Rectangle2D box) {}

    private final Font font;
    private transient List<Placed> lastDrawn = List.of();

    PointLabels(Font font) {
        this.font = font;
    }

    /** The labels of the last drawing (empty before the chart is drawn). */
    List<Placed> lastDrawn() {
        return lastDrawn;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        XYDataset data = plot.getDataset(0);
        List<String> texts = new ArrayList<>();
        List<Point2D> points = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            if (data.getItemCount(s) == 0) {
                continue;
            }
            double px = domainAxis.valueToJava2D(data.getXValue(s, 0), dataArea, plot.getDomainAxisEdge());
            double py = rangeAxis.valueToJava2D(data.getYValue(s, 0), dataArea, plot.getRangeAxisEdge());
            texts.add(String.valueOf(data.getSeriesKey(s)));
            points.add(new Point2D.Double(px, py));
        }
        g2.setFont(font);
        FontMetrics fm = g2.getFontMetrics();
        List<Rectangle2D> sizes = new ArrayList<>();
        for (String t : texts) {
            sizes.add(new Rectangle2D.Double(0, 0, fm.stringWidth(t) + 4, fm.getAscent() + fm.getDescent()));
        }
        List<Placed> placed = layout(texts, points, sizes, dataArea);
        g2.setStroke(new BasicStroke(1.2f));
        for (Placed p : placed) {
            Rectangle2D b = p.box();
            Point2D near = nearestOn(b, p.point());
            if (near.distance(p.point()) > MARKER + 2) {
                g2.setPaint(Color.DARK_GRAY);
                g2.draw(new Line2D.Double(p.point(), near));
            }
            g2.setPaint(new Color(255, 255, 255, 200));
            g2.fill(b);
            g2.setPaint(Color.BLACK);
            g2.drawString(p.text(), (float) (b.getX() + 2), (float) (b.getY() + fm.getAscent()));
        }
        lastDrawn = List.copyOf(placed);
    }

    /**
     * Places one box of the given size per point: the first spot, trying rings of growing radius and
     * directions starting to the right, that lies inside {@code area}, overlaps no placed box and no
     * point's marker, and is nearer its own point than any other point. The spiral reaches about 340
     * pixels, room for the few dozen points a comparison has; if no spot is free, the one with the fewest overlaps is used.
     */
    static List<Placed> layout(List<String> texts, List<Point2D> points, List<Rectangle2D> sizes, Rectangle2D area) {
        List<Rectangle2D> markers = new ArrayList<>();
        for (Point2D p : points) {
            markers.add(new Rectangle2D.Double(p.getX() - MARKER, p.getY() - MARKER, 2 * MARKER, 2 * MARKER));
        }
        List<Placed> out = new ArrayList<>();
        List<Rectangle2D> taken = new ArrayList<>(markers);
        for (int i = 0; i < points.size(); i++) {
            Point2D p = points.get(i);
            double w = sizes.get(i).getWidth();
            double h = sizes.get(i).getHeight();
            Rectangle2D best = null;
            int bestOverlaps = Integer.MAX_VALUE;
            search:
            for (double r : RADII) {
                for (int d = 0; d < DIRECTIONS; d++) {
                    double a = 2 * Math.PI * d / DIRECTIONS;
                    Rectangle2D box = around(p, w, h, r, a);
                    if (!area.contains(box)) {
                        continue;
                    }
                    int overlaps = 0;
                    for (Rectangle2D t : taken) {
                        overlaps += t.intersects(box) ? 1 : 0;
                    }
                    // a name should be nearer its own point than any other (points closer than two markers
                    // cannot be told apart anyway), or a reader pairs it with the wrong one; an overlap weighs more
                    overlaps *= 1000;
                    double own = nearestOn(box, p).distance(p);
                    for (int j = 0; j < points.size(); j++) {
                        Point2D q = points.get(j);
                        overlaps += j != i && q.distance(p) >= 2 * MARKER && nearestOn(box, q).distance(q) <= own + 2 ? 1 : 0;
                    }
                    if (overlaps < bestOverlaps) {
                        best = box;
                        bestOverlaps = overlaps;
                        if (overlaps == 0) {
                            break search;
                        }
                    }
                }
            }
            if (best == null) {
                best = around(p, w, h, RADII[0], 0);
            }
            taken.add(best);
            out.add(new Placed(texts.get(i), p, best));
        }
        return out;
    }

    /** A w x h box whose edge nearest the point is {@code r} pixels from the point's marker, in direction {@code a}. */
    private static Rectangle2D around(Point2D p, double w, double h, double r, double a) {
        double dx = Math.cos(a);
        double dy = -Math.sin(a);
        // distance from the box centre to its edge along (dx, dy), plus the marker and the gap
        double reach = Math.min(dx == 0 ? Double.MAX_VALUE : w / 2 / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : h / 2 / Math.abs(dy));
        double c = reach + MARKER + r;
        return new Rectangle2D.Double(p.getX() + dx * c - w / 2, p.getY() + dy * c - h / 2, w, h);
    }

    /** The point of the box's outline nearest to {@code p}. */
    static Point2D nearestOn(Rectangle2D b, Point2D p) {
        double x = Math.max(b.getMinX(), Math.min(p.getX(), b.getMaxX()));
        double y = Math.max(b.getMinY(), Math.min(p.getY(), b.getMaxY()));
        return new Point2D.Double(x, y);
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
