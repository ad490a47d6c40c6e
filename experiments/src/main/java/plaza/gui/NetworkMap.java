package plaza.gui;

import java.awt.Color;

import javax.swing.JFrame;

import plaza.model.PlazaModel;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * The network display: plazas at their states' positions coloured by controlling organization and
 * sized by homicides, the crossings on the border, and this month's shipments flowing toward them,
 * over a schematic map. Clicking a plaza or a crossing opens MASON's inspector on it (and from a
 * plaza, on its controlling organization).
 */
final class NetworkMap {

    private static final Color SEA = new Color(205, 225, 240);

    private final OrganizationColours palette = new OrganizationColours();
    private final Continuous2D nodes = new Continuous2D(1.0, MapGeometry.WIDTH, MapGeometry.HEIGHT);
    private final Continuous2D backdrop = new Continuous2D(MapGeometry.WIDTH, MapGeometry.WIDTH, MapGeometry.HEIGHT);
    private final Continuous2D flows = new Continuous2D(MapGeometry.WIDTH, MapGeometry.WIDTH, MapGeometry.HEIGHT);
    private final Continuous2D legend = new Continuous2D(MapGeometry.WIDTH, MapGeometry.WIDTH, MapGeometry.HEIGHT);
    private final ContinuousPortrayal2D backdropLayer = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D flowLayer = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D nodeLayer = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D legendLayer = new ContinuousPortrayal2D();
    private final Display2D display;
    private final JFrame frame;
    private volatile MapSnapshot snapshot = MapSnapshot.empty();
    private final boolean present;

    /** {@code present}: presentation mode (the legend and caption in large type). */
    NetworkMap(GUIState gui, int width, int height, boolean present) {
        this.present = present;
        Double2D centre = new Double2D(MapGeometry.WIDTH / 2, MapGeometry.HEIGHT / 2);
        backdrop.setObjectLocation(new BackdropPortrayal.Backdrop(), centre);
        flows.setObjectLocation(new FlowPortrayal.Flows(), centre);
        legend.setObjectLocation(new LegendPortrayal.Legend(), centre);
        backdropLayer.setField(backdrop);
        backdropLayer.setPortrayalForAll(new BackdropPortrayal());
        flowLayer.setField(flows);
        flowLayer.setPortrayalForAll(new FlowPortrayal(this));
        nodeLayer.setPortrayalForClass(PlazaView.class, new PlazaPortrayal(this::snapshot));
        nodeLayer.setPortrayalForClass(CrossingView.class, new CrossingPortrayal(this::snapshot));
        legendLayer.setField(legend);
        legendLayer.setPortrayalForAll(new LegendPortrayal(this));

        display = new Display2D(width, height, gui);
        display.setBackdrop(SEA);
        display.setClipping(false);
        display.attach(backdropLayer, "Map");
        display.attach(flowLayer, "Shipments");
        display.attach(nodeLayer, "Plazas and crossings");
        display.attach(legendLayer, "Legend");
        frame = display.createFrame();
        frame.setTitle("Plaza classroom: the network");
        // MASON's movie button needs JMF and its snapshot offers PDF through itext, both excluded from the
        // build: the model tab's "Save snapshot" (PNG of map and charts) and "Export CSV" replace them
        display.header.remove(display.movieButton);
        display.header.remove(display.snapshotButton);
    }

    /**
     * Scales the map to show it whole in a window of this size, at a rounded zoom (a multiple of
     * 0.05: the toolbar reads "Scale: 0.5", not "0.535593220338983").
     */
    void fitTo(int windowWidth, int windowHeight) {
        display.setScale(zoomToFit(windowWidth - 30, windowHeight - 80));
    }

    /** The largest multiple of 0.05 at which the 960x590 map fits the area, between 0.3 and 1.5. */
    static double zoomToFit(double width, double height) {
        double fit = Math.min(width / 960.0, height / 590.0);
        return Math.max(6, Math.min(30, Math.floor(fit * 20 + 1e-9))) / 20;
    }

    /** The size of the legend's and caption's type, in points (at least 16 in presentation mode). */
    int textPoints() {
        return present ? 16 : 11;
    }

    JFrame frame() {
        return frame;
    }

    Display2D display() {
        return display;
    }

    MapSnapshot snapshot() {
        return snapshot;
    }

    /** Where the organization legend was last drawn, and the map's origin and unit then (pixels), for tests. */
    record LegendDrawn(java.awt.geom.Rectangle2D box, double x0, double y0, double unit) {}

    private volatile LegendDrawn legendDrawn;

    void legendDrawn(java.awt.geom.Rectangle2D box, double x0, double y0, double unit) {
        legendDrawn = new LegendDrawn(box, x0, y0, unit);
    }

    LegendDrawn legendDrawn() {
        return legendDrawn;
    }

    /** Places a new model's plazas and crossings; call after the model has built its world. */
    void setModel(PlazaModel m) {
        nodes.clear();
        for (int i = 0; i < m.plazas().size(); i++) {
            var s = m.plazas().get(i).state();
            nodes.setObjectLocation(new PlazaView(m, i), new Double2D(MapGeometry.x(s.lon()), MapGeometry.y(s.lat())));
        }
        for (int j = 0; j < m.crossings().size(); j++) {
            var c = m.crossings().get(j).site();
            nodes.setObjectLocation(new CrossingView(m, j), new Double2D(MapGeometry.x(c.lon()), MapGeometry.y(c.lat())));
        }
        nodeLayer.setField(nodes);
        update(m);
        display.reset();
        display.repaint();
    }

    /** Copies what the map shows from the model (called right after each month, under the schedule lock). */
    void update(PlazaModel m) {
        snapshot = MapSnapshot.of(m, palette, m.month().minusMonths(1));
    }
}
