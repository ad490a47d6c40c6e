package plaza.gui;

import static plaza.gui.MapGeometry.px;
import static plaza.gui.MapGeometry.py;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;

import plaza.world.CrossingSite;
import plaza.world.Geography;
import plaza.world.MexicanState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * The map's backdrop layer: land, the U.S. side, the border line, crossings' names and state codes.
 * In a continuous field MASON hands each portrayal the object's position in pixels ({@code info.draw.x/y})
 * and the pixels per map unit ({@code info.draw.width}), so shapes drawn here scale with the display's zoom.
 */
final class BackdropPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    private static final Color LAND = new Color(246, 240, 222);
    private static final Color US_LAND = new Color(226, 230, 222);
    private static final Color COAST = new Color(150, 140, 120);
    private static final Color BORDER = new Color(90, 60, 60);
    private static final Color LABEL = new Color(95, 95, 95);

    /** Marker object of the backdrop layer, placed at the map's centre. */
    static final class Backdrop {}

    /** Whether the map names a crossing: the ports of entry with at least 5% of the trade. */
    static boolean labelled(CrossingSite c) {
        return c.port() && c.tradeShare() >= 0.05;
    }

    /** A crossing's name as the map shows it ("Nuevo Laredo", not "Nuevo Laredo-Laredo"). */
    static String shortName(CrossingSite c) {
        return c.name().contains("-") ? c.name().substring(0, c.name().indexOf('-')) : c.name();
    }


    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Path2D us = new Path2D.Double();
        us.moveTo(px(info, 0), py(info, 0));
        for (double[] p : MexicoOutline.US_BORDER) {
            us.lineTo(px(info, MapGeometry.x(p[0])), py(info, MapGeometry.y(p[1])));
        }
        us.lineTo(px(info, MapGeometry.x(-95.0)), py(info, MapGeometry.y(29.5)));
        us.lineTo(px(info, MapGeometry.x(-89.5)), py(info, MapGeometry.y(30.2)));
        us.lineTo(px(info, MapGeometry.WIDTH), py(info, MapGeometry.y(30.2)));
        us.lineTo(px(info, MapGeometry.WIDTH), py(info, 0));
        us.closePath();
        g.setColor(US_LAND);
        g.fill(us);

        Path2D mx = new Path2D.Double();
        boolean first = true;
        for (double[][] part : new double[][][] {MexicoOutline.US_BORDER, MexicoOutline.COAST}) {
            for (double[] p : part) {
                double x = px(info, MapGeometry.x(p[0]));
                double y = py(info, MapGeometry.y(p[1]));
                if (first) {
                    mx.moveTo(x, y);
                    first = false;
                } else {
                    mx.lineTo(x, y);
                }
            }
        }
        mx.closePath();
        g.setColor(LAND);
        g.fill(mx);
        g.setColor(COAST);
        g.setStroke(new BasicStroke(1f));
        g.draw(mx);

        Path2D border = new Path2D.Double();
        for (int i = 0; i < MexicoOutline.US_BORDER.length; i++) {
            double[] p = MexicoOutline.US_BORDER[i];
            double x = px(info, MapGeometry.x(p[0]));
            double y = py(info, MapGeometry.y(p[1]));
            if (i == 0) {
                border.moveTo(x, y);
            } else {
                border.lineTo(x, y);
            }
        }
        g.setColor(BORDER);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 4f}, 0f));
        g.draw(border);

        float size = (float) Math.max(9, Math.min(15, info.draw.width * 0.42));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size * 1.5f)));
        g.setColor(new Color(160, 165, 160));
        g.drawString("UNITED STATES", (float) px(info, MapGeometry.x(-106.5)), (float) py(info, MapGeometry.y(33.0)));
        g.setColor(new Color(185, 170, 140));
        g.drawString("MEXICO", (float) px(info, MapGeometry.x(-105.6)), (float) py(info, MapGeometry.y(26.6)));
        g.setFont(new Font(Font.SERIF, Font.ITALIC, Math.round(size * 1.1f)));
        g.setColor(new Color(100, 130, 170));
        g.drawString("Pacific Ocean", (float) px(info, MapGeometry.x(-114.5)), (float) py(info, MapGeometry.y(20.0)));
        g.drawString("Gulf of Mexico", (float) px(info, MapGeometry.x(-95.0)), (float) py(info, MapGeometry.y(24.5)));

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size * 0.85f)));
        g.setColor(LABEL);
        for (MexicanState s : Geography.STATES) {
            g.drawString(s.code(), (float) (px(info, MapGeometry.x(s.lon())) + info.draw.width * 0.3),
                    (float) (py(info, MapGeometry.y(s.lat())) - info.draw.width * 0.25));
        }
        g.setColor(new Color(70, 70, 110));
        for (CrossingSite c : Geography.CROSSINGS) {
            if (labelled(c)) {
                g.drawString(shortName(c), (float) (px(info, MapGeometry.x(c.lon())) - info.draw.width * 0.4),
                        (float) (py(info, MapGeometry.y(c.lat())) - info.draw.width * 0.35));
            }
        }
    }
}
