package plaza.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.util.function.Supplier;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;

/** A plaza on the map: a circle in its controller's colour, sized by homicides over the last 12 months; red ring if contested. */
final class PlazaPortrayal extends NodePortrayal {
    private static final long serialVersionUID = 1L;
    private static final Color CONTESTED = new Color(220, 20, 20);

    /** Scale of a circle: map units of diameter at zero homicides and per square root of a homicide. */
    static final double PLAZA_MIN = 0.32;
    static final double PLAZA_PER_SQRT_HOMICIDE = 0.02;
    /** Largest diameter, so one very violent plaza does not hide its neighbours. */
    static final double PLAZA_MAX = 2.6;

    static double plazaDiameter(double homicides12) {
        return Math.min(PLAZA_MAX, PLAZA_MIN + PLAZA_PER_SQRT_HOMICIDE * Math.sqrt(Math.max(0, homicides12)));
    }

    PlazaPortrayal(Supplier<MapSnapshot> snapshot) {
        super(snapshot);
    }

    @Override
    Ellipse2D shape(Object object, DrawInfo2D info) {
        MapSnapshot s = snapshot();
        int i = ((PlazaView) object).index();
        double h = i < s.homicides12().length ? s.homicides12()[i] : 0;
        double d = plazaDiameter(h) * info.draw.width;
        return new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        MapSnapshot s = snapshot();
        int i = ((PlazaView) object).index();
        Ellipse2D e = shape(object, info);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color c = i < s.colours().length ? s.colours()[i] : OrganizationColours.NONE;
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 200));
        g.fill(e);
        boolean contested = i < s.contested().length && s.contested()[i];
        g.setColor(contested ? CONTESTED : c.darker());
        g.setStroke(new BasicStroke(contested ? 2.5f : 1f));
        g.draw(e);
        outlineIfSelected(g, e, info);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return wrapper.getObject().toString();
    }
}
