package plaza.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import plaza.world.CrossingSite;
import plaza.world.Geography;
import plaza.world.MexicanState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * How the map draws its layers. In a continuous field MASON hands each portrayal the object's
 * position in pixels ({@code info.draw.x/y}) and the pixels per map unit ({@code info.draw.width}),
 * so shapes drawn here scale with the display's zoom.
 */
final class MapPortrayals {

    private static final Color LAND = new Color(246, 240, 222);
    private static final Color US_LAND = new Color(226, 230, 222);
    private static final Color COAST = new Color(150, 140, 120);
    private static final Color BORDER = new Color(90, 60, 60);
    private static final Color LABEL = new Color(95, 95, 95);
    private static final Color FLOW = new Color(225, 110, 10, 95);
    private static final Color CONTESTED = new Color(220, 20, 20);

    private MapPortrayals() {}

    /** Scale of a circle: map units of diameter at zero homicides and per square root of a homicide. */
    static final double PLAZA_MIN = 0.32;
    static final double PLAZA_PER_SQRT_HOMICIDE = 0.02;
    /** Largest diameter, so one very violent plaza does not hide its neighbours. */
    static final double PLAZA_MAX = 2.6;

    static double plazaDiameter(double homicides12) {
        return Math.min(PLAZA_MAX, PLAZA_MIN + PLAZA_PER_SQRT_HOMICIDE * Math.sqrt(Math.max(0, homicides12)));
    }

    /** Marker object of the backdrop layer (land, border, state labels), placed at the map's centre. */
    static final class Backdrop {}

    /** Marker object of the legend layer, drawn in screen corners. */
    static final class Legend {}

    /** Marker object of the flow layer. */
    static final class Flows {}

    private static double px(DrawInfo2D info, double mapX) {
        return info.draw.x + (mapX - MapGeometry.WIDTH / 2) * info.draw.width;
    }

    private static double py(DrawInfo2D info, double mapY) {
        return info.draw.y + (mapY - MapGeometry.HEIGHT / 2) * info.draw.height;
    }

    /** Whether the map names a crossing: the ports of entry with at least 5% of the trade. */
    static boolean labelled(CrossingSite c) {
        return c.port() && c.tradeShare() >= 0.05;
    }

    /** A crossing's name as the map shows it ("Nuevo Laredo", not "Nuevo Laredo-Laredo"). */
    static String shortName(CrossingSite c) {
        return c.name().contains("-") ? c.name().substring(0, c.name().indexOf('-')) : c.name();
    }

    /** Land, the U.S. side, the border line, crossings' names and state codes. */
    static final class BackdropPortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

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

    /** Shipments on their way: one line per route segment, thicker for more tons, arrows at the crossings. */
    static final class FlowPortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
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

    /** A plaza: a circle in its controller's colour, sized by homicides over the last 12 months; red ring if contested. */
    static final class PlazaPortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final transient NetworkMap map;

        PlazaPortrayal(NetworkMap map) {
            this.map = map;
        }

        private Ellipse2D shape(Object object, DrawInfo2D info) {
            MapSnapshot s = map.snapshot();
            int i = ((PlazaView) object).index();
            double h = i < s.homicides12().length ? s.homicides12()[i] : 0;
            double d = plazaDiameter(h) * info.draw.width;
            return new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            MapSnapshot s = map.snapshot();
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
            if (info.selected) {
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(2f));
                g.draw(new Ellipse2D.Double(e.getX() - 3, e.getY() - 3, e.getWidth() + 6, e.getHeight() + 6));
            }
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            return shape(object, range).intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
        }

        @Override
        public String getName(LocationWrapper wrapper) {
            return wrapper.getObject().toString();
        }
    }

    /** A crossing: a square, filled for a port of entry and hollow for a sector, sized by tons arriving. */
    static final class CrossingPortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final transient NetworkMap map;

        CrossingPortrayal(NetworkMap map) {
            this.map = map;
        }

        private Rectangle2D shape(Object object, DrawInfo2D info) {
            MapSnapshot s = map.snapshot();
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
            if (info.selected) {
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(2f));
                g.draw(new Rectangle2D.Double(r.getX() - 3, r.getY() - 3, r.getWidth() + 6, r.getHeight() + 6));
            }
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            return shape(object, range).intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
        }

        @Override
        public String getName(LocationWrapper wrapper) {
            return "Crossing " + wrapper.getObject();
        }
    }

    /** The month in large type and a key to colours, sizes and lines, in the corners of the view. */
    static final class LegendPortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
        private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
        /** The legend's heading; each row then names an organization and the plazas it holds. */
        static final String HEADING = "Plazas held by";
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
}
