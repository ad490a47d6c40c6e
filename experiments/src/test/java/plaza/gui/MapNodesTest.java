package plaza.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import sim.portrayal.DrawInfo2D;

/**
 * The map's nodes (headless): a plaza's circle and a crossing's square are clicked where they are
 * drawn and nowhere else; a selected plaza is outlined in black 3 pixels outside its circle; a
 * contested one has a red ring.
 */
class MapNodesTest {

    /** Pixels per map unit, and the node's centre in pixels. */
    private static final double UNIT = 20;
    private static final double X = 100;
    private static final double Y = 100;
    private static final Color HOLDER = new Color(30, 100, 170);

    private static MapSnapshot snapshot(boolean contested) {
        return new MapSnapshot(YearMonth.of(2008, 1), new String[] {"Gulf"}, new Color[] {HOLDER},
                new boolean[] {contested}, new double[] {10000}, new double[] {10, 40}, List.of(), List.of());
    }

    private static DrawInfo2D at(double clipX, double clipY, boolean selected) {
        DrawInfo2D info = new DrawInfo2D(null, null, new Rectangle2D.Double(X, Y, UNIT, UNIT),
                new Rectangle2D.Double(clipX, clipY, 1, 1));
        info.selected = selected;
        return info;
    }

    private static BufferedImage drawn(PlazaPortrayal p, boolean selected) {
        BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 200);
        p.draw(new PlazaView(null, 0), g, at(0, 0, selected));
        g.dispose();
        return img;
    }

    @Test
    void aPlazaIsClickedAndOutlinedWhereItsCircleIs() {
        PlazaPortrayal p = new PlazaPortrayal(() -> snapshot(false));
        PlazaView plaza = new PlazaView(null, 0);
        // 10,000 homicides in 12 months: 0.32 + 0.02 * 100 = 2.32 map units across, 46.4 px at 20 px a unit
        double radius = PlazaPortrayal.plazaDiameter(10000) * UNIT / 2;
        assertEquals(23.2, radius, 1e-9);
        assertTrue(p.hitObject(plaza, at(X + 22, Y, false)), "inside the circle");
        assertFalse(p.hitObject(plaza, at(X + 25, Y, false)), "just outside the circle");
        assertFalse(p.hitObject(plaza, at(X, Y - 26, false)), "above the circle");

        int ringX = (int) (X + radius + 3);
        assertEquals(Color.WHITE.getRGB(), drawn(p, false).getRGB(ringX, (int) Y), "no outline unless selected");
        Color ring = new Color(drawn(p, true).getRGB(ringX, (int) Y));
        assertTrue(ring.getRed() < 60 && ring.getGreen() < 60 && ring.getBlue() < 60, "black outline when selected: " + ring);
        Color inside = new Color(drawn(p, false).getRGB((int) X, (int) Y));
        assertTrue(inside.getBlue() > inside.getRed() + 60, "filled in the holder's colour: " + inside);
    }

    @Test
    void aContestedPlazaHasARedRing() {
        int edge = (int) (X + PlazaPortrayal.plazaDiameter(10000) * UNIT / 2);
        Color calm = new Color(drawn(new PlazaPortrayal(() -> snapshot(false)), false).getRGB(edge, (int) Y));
        Color fought = new Color(drawn(new PlazaPortrayal(() -> snapshot(true)), false).getRGB(edge, (int) Y));
        assertTrue(fought.getRed() > 180 && fought.getGreen() < 80 && fought.getBlue() < 80, "red ring: " + fought);
        assertTrue(calm.getBlue() > calm.getRed(), "the holder's darker colour: " + calm);
    }

    @Test
    void aCrossingIsClickedWhereItsSquareIs() {
        CrossingPortrayal c = new CrossingPortrayal(() -> snapshot(false));
        CrossingView first = new CrossingView(null, 0);
        // 10 of the month's largest 40 tons: 0.22 + 0.35 * sqrt(0.25) = 0.395 units, 7.9 px across
        assertTrue(c.hitObject(first, at(X + 3, Y + 3, false)), "inside the square");
        assertFalse(c.hitObject(first, at(X + 5, Y, false)), "beside the square");
        assertTrue(new CrossingPortrayal(() -> snapshot(false)).hitObject(new CrossingView(null, 1), at(X + 5, Y, false)),
                "the busiest crossing's square is larger: 0.22 + 0.35 = 0.57 map units, 11.4 px across");
    }
}
