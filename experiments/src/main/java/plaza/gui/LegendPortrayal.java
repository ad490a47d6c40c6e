package plaza.gui;

import static plaza.gui.MapGeometry.px;
import static plaza.gui.MapGeometry.py;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/** The map's legend layer: the month in large type and a key to colours, sizes and lines, in the corners of the view. */
final class LegendPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    /** The legend's heading; each row then names an organization and the plazas it holds. */
    static final String HEADING = "Plazas held by";

    /** Marker object of the legend layer, placed at the map's centre. */
    static final class Legend {}
    private final transient NetworkMap map;

    LegendPortrayal(NetworkMap map) {
        this.map = map;
    }

    /** The month in large type, but about a third of the map drawn at most. */
    private static Font monthFont(int pt, double left, double right) {
        return new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(12, Math.min(pt * 26 / 11, (right - left) / 20)));
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        MapSnapshot s = map.snapshot();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double left = Math.max(info.clip.x, px(info, 0));
        double top = Math.max(info.clip.y, py(info, 0));
        double right = Math.min(info.clip.x + info.clip.width, px(info, MapGeometry.WIDTH));
        double bottom = Math.min(info.clip.y + info.clip.height, py(info, MapGeometry.HEIGHT));
        int pt = map.textPoints();
        int line = pt + 5;
        if (s.month() != null) {
            g.setFont(monthFont(pt, left, right));
            g.setColor(new Color(40, 40, 40));
            g.drawString(s.month().format(MONTH), (float) left + 14, (float) bottom - 16 - 2 * line);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, pt));
        g.setColor(new Color(60, 60, 60));
        FontMetrics fm = g.getFontMetrics();
        // the key to the symbols only where it fits the view (in presentation type the teacher says it)
        String[] key = {"circle: plaza, colour = controlling organization, size = homicides in the last 12 months,"
                + " red ring = contested", "orange lines: shipments on their way north (width = tons);  squares: crossings"
                + " (filled = port of entry)"};
        List<Rectangle2D> clear = new ArrayList<>();
        for (int k = 0; k < key.length; k++) {
            if (fm.stringWidth(key[k]) <= right - left - 28) {
                g.drawString(key[k], (float) left + 14, (float) bottom - 10 - (key.length - 1 - k) * (line - 2));
                clear.add(new Rectangle2D.Double(left + 14, bottom - 10 - (key.length - k) * (line - 2), fm.stringWidth(key[k]), line));
            }
        }

        int rows = s.legend().size();
        // as wide as its heading or its longest row (names longer than 16 letters are shortened below)
        double w = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.BOLD, pt)).stringWidth(HEADING) + 16;
        for (MapSnapshot.LegendEntry e : s.legend()) {
            w = Math.max(w, fm.stringWidth(e.name().substring(0, Math.min(e.name().length(), 16)) + "\u2026 (" + e.plazas() + ")") + pt + 20);
        }
        double h = line + 6 + rows * line;
        // beside the map where the view has room, else where it hides no crossing, plaza, month or key
        float names = (float) Math.max(9, Math.min(15, info.draw.width * 0.42)) * 0.85f;
        clear.addAll(LegendPlacement.crossings(px(info, 0), py(info, 0), info.draw.width,
                g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(names)))));
        if (s.month() != null) {
            FontMetrics big = g.getFontMetrics(monthFont(pt, left, right));
            clear.add(new Rectangle2D.Double(left + 14, bottom - 16 - 2 * line - big.getAscent(),
                    big.stringWidth(s.month().format(MONTH)), big.getAscent()));
        }
        Rectangle2D view = new Rectangle2D.Double(info.clip.x, info.clip.y, info.clip.width, info.clip.height);
        Rectangle2D mapArea = new Rectangle2D.Double(px(info, 0), py(info, 0), px(info, MapGeometry.WIDTH) - px(info, 0),
                py(info, MapGeometry.HEIGHT) - py(info, 0));
        Rectangle2D box = LegendPlacement.place(w, h, view, mapArea, clear,
                LegendPlacement.plazas(px(info, 0), py(info, 0), info.draw.width));
        map.legendDrawn(box, px(info, 0), py(info, 0), info.draw.width);
        double x = box.getX();
        double y = box.getY();
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setColor(new Color(150, 150, 150));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x, y, w, h));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, pt));
        g.drawString(HEADING, (float) x + 8, (float) y + line - 1);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, pt));
        for (int k = 0; k < rows; k++) {
            MapSnapshot.LegendEntry e = s.legend().get(k);
            double ry = y + line + 6 + k * line;
            g.setColor(e.colour());
            g.fill(new Ellipse2D.Double(x + 8, ry + 2, pt - 1, pt - 1));
            g.setColor(Color.BLACK);
            String name = e.name();
            String suffix = " (" + e.plazas() + ")";
            boolean cut = false;
            while (fm.stringWidth(name + (cut ? "\u2026" : "") + suffix) > w - pt - 20 && name.length() > 4) {
                name = name.substring(0, name.length() - 1);
                cut = true;
            }
            g.drawString(name + (cut ? "\u2026" : "") + suffix, (float) x + pt + 13, (float) ry + pt);
        }
    }
}
