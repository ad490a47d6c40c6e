package plaza.gui;

import java.awt.Color;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plaza.agents.BorderCrossing;
import plaza.agents.Plaza;
import plaza.agents.Shipment;
import plaza.agents.TraffickingOrganization;
import plaza.model.PlazaModel;

/**
 * What the map draws for one month, copied from the model right after the month is recorded: the
 * display paints on the Swing thread while the model may already be computing the next month, so
 * it never reads the agents directly.
 *
 * @param month       the month shown
 * @param controllers per plaza, the controlling organization's name (null if none)
 * @param colours     per plaza, its controller's colour
 * @param contested   per plaza, true if another organization is fighting for it
 * @param homicides12 per plaza, homicides over the last 12 months
 * @param crossingTons per crossing, tons that arrived this month
 * @param flows       route segments of the shipments on their way, with the tons on each
 * @param legend      organizations holding at least one plaza, with their colour and plaza count
 * @param labels      per plaza, its name if the map labels it (the most violent, apart from each other), else null
 */
record MapSnapshot(YearMonth month, String[] controllers, Color[] colours, boolean[] contested,
                   double[] homicides12, double[] crossingTons, List<Flow> flows, List<LegendEntry> legend, String[] labels) {

    /** At most this many cities are named on the map: the most violent over the last 12 months. */
    static final int LABELLED = 7;
    /** A label (drawn to the right of its city) takes about this many degrees of longitude per character and of latitude at 1280x720; no two labels' boxes overlap. */
    static final double LABEL_DEGREES_PER_CHARACTER = 0.6;
    static final double LABEL_HEIGHT = 1.4;

    /** Names of the most violent named places (not rest-of-state nodes; at most {@link #LABELLED}, labels not overlapping), null elsewhere. */
    static String[] labels(PlazaModel m, double[] h12) {
        Integer[] order = new Integer[h12.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(h12[b], h12[a]));
        String[] out = new String[h12.length];
        List<Integer> chosen = new ArrayList<>();
        for (int i : order) {
            if (chosen.size() >= LABELLED || h12[i] <= 0) {
                break;
            }
            var site = m.plazas().get(i).site();
            boolean near = site.rest();
            double width = (m.plazas().get(i).name().length() + 2) * LABEL_DEGREES_PER_CHARACTER;
            for (int j : chosen) {
                var other = m.plazas().get(j).site();
                double otherWidth = (m.plazas().get(j).name().length() + 2) * LABEL_DEGREES_PER_CHARACTER;
                boolean across = site.lon() < other.lon() + otherWidth && other.lon() < site.lon() + width;
                near |= across && Math.abs(site.lat() - other.lat()) < LABEL_HEIGHT;
            }
            if (!near) {
                chosen.add(i);
                out[i] = m.plazas().get(i).name();
            }
        }
        return out;
    }

    /** One route segment: from a plaza to a plaza or a crossing, in map coordinates. */
    record Flow(double x1, double y1, double x2, double y2, double tons, boolean toCrossing) {}

    /** At most this many legend rows; smaller organizations beyond them are grouped in one. */
    static final int LEGEND_ROWS = 8;
    /** The shared colour of the grouped smaller organizations. */
    static final java.awt.Color OTHERS = new java.awt.Color(95, 95, 95);

    /** One organization in the legend. */
    record LegendEntry(String name, Color colour, int plazas) {}

    static MapSnapshot empty() {
        return new MapSnapshot(null, new String[0], new Color[0], new boolean[0], new double[0], new double[0],
                List.of(), List.of(), new String[0]);
    }

    static MapSnapshot of(PlazaModel m, OrganizationColours palette, YearMonth shown) {
        int n = m.plazas().size();
        String[] controllers = new String[n];
        Color[] colours = new Color[n];
        boolean[] contested = new boolean[n];
        double[] h12 = new double[n];
        Map<String, Integer> held = new LinkedHashMap<>();
        for (TraffickingOrganization o : m.organizations()) {
            palette.of(o.name());
            held.put(o.name(), 0);
        }
        for (int i = 0; i < n; i++) {
            Plaza z = m.plazas().get(i);
            TraffickingOrganization c = z.controller();
            controllers[i] = c == null ? null : c.name();
            colours[i] = palette.of(controllers[i]);
            contested[i] = z.contested();
            h12[i] = z.homicidesTrailing12();
            if (c != null) {
                held.merge(c.name(), 1, Integer::sum);
            }
        }
        double[] tons = new double[m.crossings().size()];
        for (int j = 0; j < tons.length; j++) {
            tons[j] = m.crossings().get(j).tonsArrived();
        }
        List<LegendEntry> legend = new ArrayList<>();
        for (Map.Entry<String, Integer> e : held.entrySet()) {
            if (e.getValue() > 0) {
                legend.add(new LegendEntry(e.getKey(), palette.of(e.getKey()), e.getValue()));
            }
        }
        legend.sort((a, b) -> Integer.compare(b.plazas(), a.plazas()));
        if (legend.size() > LEGEND_ROWS) {
            // many organizations: the largest keep their colours, the small ones share one grey, so the
            // legend stays short (it used to grow to two dozen rows over Yucatan) and colours stay distinct
            List<LegendEntry> small = legend.subList(LEGEND_ROWS - 1, legend.size());
            java.util.Set<String> others = new java.util.HashSet<>();
            int plazas = 0;
            for (LegendEntry e : small) {
                others.add(e.name());
                plazas += e.plazas();
            }
            for (int i = 0; i < n; i++) {
                if (controllers[i] != null && others.contains(controllers[i])) {
                    colours[i] = OTHERS;
                }
            }
            List<LegendEntry> shortList = new ArrayList<>(legend.subList(0, LEGEND_ROWS - 1));
            shortList.add(new LegendEntry(others.size() + " smaller organizations", OTHERS, plazas));
            legend = shortList;
        }
        return new MapSnapshot(shown, controllers, colours, contested, h12, tons, flows(m), legend, labels(m, h12));
    }

    /** Sums the tons of every shipment on its way over each segment of its route. */
    private static List<Flow> flows(PlazaModel m) {
        Map<Long, double[]> bySegment = new HashMap<>();
        Map<Long, Flow> geometry = new LinkedHashMap<>();
        for (Shipment s : m.registry().trafficking().shipments()) {
            int from = s.origin();
            for (int z : s.via()) {
                segment(m, bySegment, geometry, from, z, null, s.tons());
                from = z;
            }
            if (s.border() != from) {
                segment(m, bySegment, geometry, from, s.border(), null, s.tons());
            }
            segment(m, bySegment, geometry, s.border(), -1, s.crossing(), s.tons());
        }
        List<Flow> out = new ArrayList<>();
        geometry.forEach((key, f) -> out.add(new Flow(f.x1(), f.y1(), f.x2(), f.y2(), bySegment.get(key)[0], f.toCrossing())));
        return out;
    }

    private static void segment(PlazaModel m, Map<Long, double[]> tons, Map<Long, Flow> geometry,
                                int from, int toPlaza, BorderCrossing toCrossing, double t) {
        long key = toCrossing != null ? ((long) from << 20) | (1L << 40) | toCrossing.index() : ((long) from << 20) | toPlaza;
        tons.computeIfAbsent(key, k -> new double[1])[0] += t;
        geometry.computeIfAbsent(key, k -> {
            Plaza a = m.plazas().get(from);
            double x2;
            double y2;
            if (toCrossing != null) {
                x2 = MapGeometry.x(toCrossing.site().lon());
                y2 = MapGeometry.y(toCrossing.site().lat());
            } else {
                Plaza b = m.plazas().get(toPlaza);
                x2 = MapGeometry.x(b.site().lon());
                y2 = MapGeometry.y(b.site().lat());
            }
            return new Flow(MapGeometry.x(a.site().lon()), MapGeometry.y(a.site().lat()), x2, y2, 0, toCrossing != null);
        });
    }
}
