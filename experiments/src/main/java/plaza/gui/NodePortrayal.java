package plaza.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.RectangularShape;
import java.util.function.Supplier;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * A node on the map (a plaza's circle, a crossing's square) drawn from the map's latest snapshot:
 * clicked where its shape is, and outlined in black while MASON's inspector shows it.
 */
abstract class NodePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private final transient Supplier<MapSnapshot> snapshot;

    /** {@code snapshot}: the map's latest copy of the model (the map's, or a test's). */
    NodePortrayal(Supplier<MapSnapshot> snapshot) {
        this.snapshot = snapshot;
    }

    MapSnapshot snapshot() {
        return snapshot.get();
    }

    /** The node's shape in pixels, for the display drawing it as {@code info} says. */
    abstract RectangularShape shape(Object object, DrawInfo2D info);

    /** A black outline 3 pixels outside {@code shape}, where the node is selected. */
    static void outlineIfSelected(Graphics2D g, RectangularShape shape, DrawInfo2D info) {
        if (info.selected) {
            RectangularShape ring = (RectangularShape) shape.clone();
            ring.setFrame(shape.getX() - 3, shape.getY() - 3, shape.getWidth() + 6, shape.getHeight() + 6);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2f));
            g.draw(ring);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return shape(object, range).intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }
}
