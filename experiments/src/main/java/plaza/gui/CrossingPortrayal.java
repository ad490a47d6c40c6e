package plaza.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.function.Supplier;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;

/** A crossing on the map: a square, filled for a port of entry and hollow for a sector, sized by tons arriving. */
final class CrossingPortrayal extends NodePortrayal {
    private static final long serialVersionUID = 1L;
    CrossingPortrayal(Supplier<MapSnapshot> snapshot) {
        super(snapshot);
    }

    @Override
    Rectangle2D shape(Object object, DrawInfo2D info) {
        MapSnapshot s = snapshot();
        int j = ((CrossingView) object).index();
        double max = 0;
        for (double t : s.crossingTons()) {
            max = Math.max(max, t);
        }
        double t = j < s.crossingTons().length ? s.crossingTons()[j] : 0;
        double d = (0.22 + (max > 0 ? 0.35 * Math.sqrt(t / max) : 0)) * info.draw.width;
        return new Rectangle2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Rectangle2D r = shape(object, info);
        boolean port = ((CrossingView) object).crossing().site().port();
        g.setColor(new Color(40, 50, 110));
        if (port) {
            g.fill(r);
        } else {
            g.setStroke(new BasicStroke(1.8f));
            g.draw(r);
        }
        outlineIfSelected(g, r, info);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return "Crossing " + wrapper.getObject();
    }
}
