package plaza.gui;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

/**
 * A stable colour per organization name: the first organization seen gets the first colour of a
 * palette chosen to stay distinguishable on a projector, and keeps it for the whole session (so a
 * restarted run shows each organization in the colour the class already knows).
 */
final class OrganizationColours {

    private static final Color[] PALETTE = {
            new Color(31, 119, 180), new Color(214, 39, 40), new Color(44, 160, 44), new Color(148, 103, 189),
            new Color(255, 127, 14), new Color(23, 190, 207), new Color(140, 86, 75), new Color(227, 119, 194),
            new Color(188, 189, 34), new Color(0, 80, 120), new Color(120, 20, 60), new Color(60, 110, 30)};
    /** Plazas no organization controls. */
    static final Color NONE = new Color(205, 205, 205);

    private final Map<String, Color> byName = new HashMap<>();

    synchronized Color of(String name) {
        if (name == null) {
            return NONE;
        }
        return byName.computeIfAbsent(name, n -> {
            int k = byName.size();
            Color base = PALETTE[k % PALETTE.length];
            // past the palette, darken so a reused hue is still told apart
            return k < PALETTE.length ? base : base.darker();
        });
    }
}
