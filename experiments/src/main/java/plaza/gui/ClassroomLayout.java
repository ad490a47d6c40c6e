package plaza.gui;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;

import sim.display.Controller;

/**
 * Where the classroom's three windows go: the console on the left, the map top right, the charts
 * below it, within the screen (or the smaller area given as {@code -Dplaza.gui.screen=1280x720}, a
 * projector's resolution on a larger desktop; tests), and how many charts fit at a time.
 */
final class ClassroomLayout {

    private ClassroomLayout() {}

    /** The area the classroom lays itself out in. */
    static Rectangle screen() {
        Rectangle s = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        String want = System.getProperty("plaza.gui.screen");
        if (want != null && want.matches("[0-9]+x[0-9]+")) {
            String[] wh = want.split("x");
            return new Rectangle(s.x, s.y, Math.min(s.width, Integer.parseInt(wh[0])), Math.min(s.height, Integer.parseInt(wh[1])));
        }
        return s;
    }

    /** Width of the console window (with the model tab) on this screen. */
    static int consoleWidth() {
        return Math.min(600, screen().width * 3 / 8);
    }

    /**
     * Charts on screen at a time: two in presentation mode; four where the charts' window is narrower
     * than six readable charts need (a 1024-pixel projector: six would be about 210x130 px each); else six.
     */
    static int chartSlots(boolean present) {
        return present ? 2 : screen().width - consoleWidth() >= 780 ? 6 : 4;
    }

    /** Places the console, the map (zoomed to fit) and the charts. */
    static void place(Controller c, NetworkMap map, ClassroomCharts charts, boolean present) {
        Rectangle screen = screen();
        int consoleWidth = consoleWidth();
        int rest = screen.width - consoleWidth;
        // on a small screen (a projector at 1280x720 or 1024x768) the charts keep at least 45% of the height
        int mapHeight = Math.min(Math.min(screen.height / 2 + 60, (int) (rest * 0.62)), screen.height * (present ? 50 : chartSlots(false) < 6 ? 45 : 55) / 100);
        if (c instanceof java.awt.Window w) {
            w.setBounds(screen.x, screen.y, consoleWidth, screen.height);
        }
        map.frame().setBounds(screen.x + consoleWidth, screen.y, rest, mapHeight);
        map.fitTo(rest, mapHeight);
        charts.frame().setBounds(screen.x + consoleWidth, screen.y + mapHeight, rest, screen.height - mapHeight);
        charts.frame().setMinimumSize(new Dimension(Math.min(600, rest), Math.min(350, screen.height - mapHeight)));
    }
}
