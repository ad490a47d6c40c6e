package plaza.gui;

import java.awt.Font;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import javax.swing.UIDefaults;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;

/**
 * Presentation mode's type, for the back of a room: every Swing font of the look and feel scaled
 * before the console and windows are built (MASON's console builds its widgets from them), and put
 * back when the classroom quits.
 */
final class PresentationType {

    /** Type in presentation mode: 1.5 times the look and feel's, and never below this many points. */
    static final float FACTOR = 1.5f;
    static final int MIN_POINTS = 16;

    /** The fonts replaced, as they were. */
    private final Map<Object, Object> normal = new HashMap<>();

    private PresentationType() {}

    /** Scales every font; {@link #restore} puts them back. */
    static PresentationType enlarge() {
        PresentationType type = new PresentationType();
        UIDefaults d = UIManager.getLookAndFeelDefaults();
        for (Object key : Collections.list(d.keys())) {
            if (d.get(key) instanceof Font f) {
                type.normal.put(key, UIManager.get(key));
                float size = Math.max(MIN_POINTS, f.getSize2D() * FACTOR);
                UIManager.put(key, new FontUIResource(f.deriveFont(size)));
            }
        }
        return type;
    }

    void restore() {
        normal.forEach(UIManager::put);
    }
}
