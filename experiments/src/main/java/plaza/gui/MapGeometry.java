package plaza.gui;

import sim.portrayal.DrawInfo2D;

/**
 * Longitude and latitude to map coordinates: x grows east, y grows south (screen order), one unit
 * per degree, over a frame that holds Mexico and the border.
 */
final class MapGeometry {

    static final double WEST = -118.0;
    static final double NORTH = 33.5;
    static final double WIDTH = 32.5;
    static final double HEIGHT = 19.5;

    private MapGeometry() {}

    static double x(double lon) {
        return lon - WEST;
    }

    static double y(double lat) {
        return NORTH - lat;
    }

    /** A map x in pixels, for a layer MASON draws with the map's centre at {@code info.draw.x}. */
    static double px(DrawInfo2D info, double mapX) {
        return info.draw.x + (mapX - WIDTH / 2) * info.draw.width;
    }

    /** A map y in pixels, as {@link #px}. */
    static double py(DrawInfo2D info, double mapY) {
        return info.draw.y + (mapY - HEIGHT / 2) * info.draw.height;
    }
}
