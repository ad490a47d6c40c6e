package plaza.gui;

import static plaza.gui.MapGeometry.px;
import static plaza.gui.MapGeometry.py;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/** The map's flow layer: shipments on their way, one line per route segment, thicker for more tons, arrows at the crossings. */
final class FlowPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Color FLOW = new Color(225, 110, 10, 95);

    /** Marker object of the flow layer, placed at the map's centre. */
    static final class Flows {}

    private final transient NetworkMap map;

    FlowPortrayal(NetworkMap map) {
        this.map = map;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        MapSnapshot s = map.snapshot();
        double max = 0;
        for (MapSnapshot.Flow f : s.flows()) {
            max = Math.max(max, f.tons());
        }
        if (max <= 0) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(FLOW);
        for (MapSnapshot.Flow f : s.flows()) {
            float w = (float) (1 + 7 * Math.sqrt(f.tons() / max));
            g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double x1 = px(info, f.x1());
            double y1 = py(info, f.y1());
            double x2 = px(info, f.x2());
            double y2 = py(info, f.y2());
            g.draw(new Line2D.Double(x1, y1, x2, y2));
            if (f.toCrossing()) {
                arrow(g, x1, y1, x2, y2, 5 + w * 1.5);
            }
        }
    }

    private static void arrow(Graphics2D g, double x1, double y1, double x2, double y2, double size) {
        double a = Math.atan2(y2 - y1, x2 - x1);
        Path2D head = new Path2D.Double();
        head.moveTo(x2, y2);
        head.lineTo(x2 - size * Math.cos(a - 0.45), y2 - size * Math.sin(a - 0.45));
        head.lineTo(x2 - size * Math.cos(a + 0.45), y2 - size * Math.sin(a + 0.45));
        head.closePath();
        g.fill(head);
    }
}
