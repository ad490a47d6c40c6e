package plaza.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The map's zoom is a round number: the largest multiple of 0.05 at which the map fits. */
class MapZoomTest {

    @Test
    void theZoomIsRounded() {
        // the 1280x720 classroom: an 800x396 map window gave 0.535593220338983
        assertEquals(0.5, NetworkMap.zoomToFit(800 - 30, 396 - 80));
        assertEquals(0.55, NetworkMap.zoomToFit(960 * 0.55, 590 * 0.58));
        assertEquals(1.0, NetworkMap.zoomToFit(960, 590));
        assertEquals(1.5, NetworkMap.zoomToFit(5000, 5000), "at most 1.5");
        assertEquals(0.3, NetworkMap.zoomToFit(10, 10), "at least 0.3");
    }
}
