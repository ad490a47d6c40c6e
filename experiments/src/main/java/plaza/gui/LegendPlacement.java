package plaza.gui;

import java.awt.FontMetrics;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import plaza.world.CrossingSite;
import plaza.world.Geography;
import plaza.world.MexicanState;

/**
 * Where the map's organization legend is drawn: beside the map where the view has room, else at the
 * first place inside the view, from its top right corner down and leftward, that covers no border
 * crossing (square and name), no plaza and nothing else kept clear (the month and the key); where
 * none is free (a small window in presentation type), the first that covers no crossing. A legend
 * pinned to the map's top right corner hid Nuevo Laredo, Reynosa and Matamoros.
 */
final class LegendPlacement {

    /** Pixels between the legend and the view's edge, and the step of the search. */
    private static final double GAP = 10;
    /** Half the size kept clear around a plaza (its largest circle) and a crossing (its square). */
    private static final double PLAZA = 14;
    private static final double CROSSING = 10;

    private LegendPlacement() {}

    /**
     * The legend's box.
     *
     * @param w      the legend's width in pixels
     * @param h      its height
     * @param view   the part of the display shown
     * @param map    the map's bounds in pixels
     * @param must   what the legend must not cover (the crossings with their names, the month, the key)
     * @param should what it should not cover where it can avoid it (the plazas)
     */
    static Rectangle2D place(double w, double h, Rectangle2D view, Rectangle2D map, List<Rectangle2D> must,
                             List<Rectangle2D> should) {
        double top = Math.max(view.getMinY(), map.getMinY()) + GAP;
        if (view.getMaxX() - map.getMaxX() >= w + 2 * GAP) {
            return new Rectangle2D.Double(map.getMaxX() + GAP, top, w, h);
        }
        if (map.getMinX() - view.getMinX() >= w + 2 * GAP) {
            return new Rectangle2D.Double(map.getMinX() - w - GAP, top, w, h);
        }
        List<Rectangle2D> both = new ArrayList<>(must);
        both.addAll(should);
        Rectangle2D r = free(w, h, view, top, both);
        if (r == null) {
            r = free(w, h, view, top, must);
        }
        // nowhere free (a tiny window): the top right corner
        return r != null ? r : new Rectangle2D.Double(view.getMaxX() - w - GAP, top, w, h);
    }

    /** The first box from the view's top right corner, down then leftward, that meets none of {@code clear}, or null. */
    private static Rectangle2D free(double w, double h, Rectangle2D view, double top, List<Rectangle2D> clear) {
        for (double x = view.getMaxX() - w - GAP; x >= view.getMinX() + GAP; x -= GAP) {
            for (double y = top; y + h <= view.getMaxY() - GAP; y += GAP) {
                Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
                if (clear.stream().noneMatch(r::intersects)) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The crossings (square and, for the labelled ports, their name as the backdrop draws it), in
     * pixels, for a display drawing one map unit as {@code unit} pixels with the map's origin at
     * ({@code x0}, {@code y0}).
     */
    static List<Rectangle2D> crossings(double x0, double y0, double unit, FontMetrics names) {
        List<Rectangle2D> out = new ArrayList<>();
        for (CrossingSite c : Geography.CROSSINGS) {
            double x = x0 + MapGeometry.x(c.lon()) * unit;
            double y = y0 + MapGeometry.y(c.lat()) * unit;
            out.add(new Rectangle2D.Double(x - CROSSING, y - CROSSING, 2 * CROSSING, 2 * CROSSING));
            if (BackdropPortrayal.labelled(c)) {
                double nx = x - unit * 0.4;
                double ny = y - unit * 0.35;
                out.add(new Rectangle2D.Double(nx, ny - names.getAscent(), names.stringWidth(BackdropPortrayal.shortName(c)), names.getHeight()));
            }
        }
        return out;
    }

    /** The plazas (at their states' positions, with room for their largest circle), in pixels as above. */
    static List<Rectangle2D> plazas(double x0, double y0, double unit) {
        List<Rectangle2D> out = new ArrayList<>();
        for (MexicanState s : Geography.STATES) {
            double x = x0 + MapGeometry.x(s.lon()) * unit;
            double y = y0 + MapGeometry.y(s.lat()) * unit;
            out.add(new Rectangle2D.Double(x - PLAZA, y - PLAZA, 2 * PLAZA, 2 * PLAZA));
        }
        return out;
    }
}
