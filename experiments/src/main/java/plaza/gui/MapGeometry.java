package plaza.gui;

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
}
