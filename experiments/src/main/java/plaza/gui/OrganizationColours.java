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

    /** Twelve colours at least 60 RGB units apart and from the greys below and {@link MapSnapshot#OTHERS}. */
    private static final Color[] PALETTE = {
            new Color(31, 119, 180), new Color(214, 39, 40), new Color(44, 160, 44), new Color(148, 103, 189),
            new Color(255, 127, 14), new Color(23, 190, 207), new Color(160, 82, 45), new Color(227, 119, 194),
            new Color(188, 189, 34), new Color(0, 80, 120), new Color(120, 20, 60), new Color(15, 95, 25)};
    /** Plazas no organization controls. */
    static final Color NONE = new Color(205, 205, 205);

    private final Map<String, Color> byName = new HashMap<>();

    synchronized Color of(String name) {
        if (name == null) {
            return NONE;
        }
        return byName.computeIfAbsent(name, n -> {
            int k = byName.size();
            return k < PALETTE.length ? PALETTE[k] : farthest();
        });
    }

    /**
     * Past the palette (organizations split and new ones form during a run): of a fixed sequence of
     * saturated hues, the one farthest from every colour given so far and from the greys of unheld
     * plazas and of the legend's "smaller organizations" row (a darkened palette colour, used before,
     * could come within 50 RGB units of that grey).
     */
    private Color farthest() {
        Color best = null;
        double bestDistance = -1;
        for (int c = 0; c < 64; c++) {
            Color candidate = Color.getHSBColor((float) ((c * 0.618033988749895) % 1), c % 2 == 0 ? 0.9f : 0.6f,
                    c % 3 == 0 ? 0.95f : c % 3 == 1 ? 0.75f : 0.55f);
            double d = Math.min(distance(candidate, NONE), distance(candidate, MapSnapshot.OTHERS));
            for (Color used : byName.values()) {
                d = Math.min(d, distance(candidate, used));
            }
            if (d > bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    static double distance(Color a, Color b) {
        int r = a.getRed() - b.getRed();
        int g = a.getGreen() - b.getGreen();
        int bl = a.getBlue() - b.getBlue();
        return Math.sqrt(r * r + g * g + bl * bl);
    }
}
