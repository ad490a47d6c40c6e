package plaza.world;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * Reads the geography tables ({@code plaza/world/plazas.csv}, {@code roads.csv}) into plaza sites and
 * road links, checks them (known states and plazas, no plaza twice, every state's named plazas below
 * its population, one connected network), and finds shortest road paths; used by {@link Geography}.
 */
final class GeographyTables {

    private GeographyTables() {}

    /** The named plazas of plazas.csv, then one rest-of-state node per state. */
    static List<PlazaSite> sites(List<MexicanState> states) {
        List<PlazaSite> sites = new ArrayList<>();
        double[] named = new double[states.size()];
        for (String[] r : table("plazas.csv", 8)) {
            int s = Geography.stateIndexOr(r[2]);
            if (s < 0) {
                throw new IllegalStateException("plazas.csv: plaza " + r[0] + ": unknown state " + r[2]);
            }
            PlazaSite.Kind kind = PlazaSite.Kind.valueOf(r[7].toUpperCase(Locale.ROOT));
            if (kind == PlazaSite.Kind.REST) {
                throw new IllegalStateException("plazas.csv: plaza " + r[0] + ": rest-of-state nodes are made by the model");
            }
            double pop = Double.parseDouble(r[4]) * 1000;
            named[s] += pop;
            sites.add(new PlazaSite(r[0], r[1], r[2], s, r[3], pop, Double.parseDouble(r[5]), Double.parseDouble(r[6]),
                    kind, kind.corridorValue()));
        }
        for (int s = 0; s < states.size(); s++) {
            MexicanState st = states.get(s);
            double rest = st.population() - named[s];
            if (rest <= 0) {
                throw new IllegalStateException("plazas.csv: the named plazas of " + st.code() + " hold more than its population");
            }
            sites.add(new PlazaSite(Geography.restId(st.code()), "Resto de " + st.name(), st.code(), s, "", rest, st.lon(), st.lat(),
                    PlazaSite.Kind.REST, PlazaSite.Kind.REST.corridorValue()));
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < sites.size(); i++) {
            if (!ids.add(sites.get(i).id()) || !names.add(sites.get(i).name())) {
                throw new IllegalStateException("plazas.csv: plaza " + sites.get(i).id() + " (" + sites.get(i).name() + ") twice");
            }
        }
        return List.copyOf(sites);
    }

    /** Road neighbours of every plaza (ascending, symmetric): roads.csv and each named plaza's rest-of-state node. */
    static int[][] links(List<PlazaSite> sites, Map<String, Integer> index) {
        List<TreeSet<Integer>> links = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            links.add(new TreeSet<>());
        }
        for (String[] r : table("roads.csv", 2)) {
            String[] ids = r[1].split(";");
            for (int k = 1; k < ids.length; k++) {
                int a = roadSite(ids[k - 1], r[0], index);
                int b = roadSite(ids[k], r[0], index);
                if (a != b) {
                    links.get(a).add(b);
                    links.get(b).add(a);
                }
            }
        }
        for (int i = 0; i < sites.size(); i++) {
            PlazaSite z = sites.get(i);
            if (!z.rest()) {
                int rest = index.get(Geography.restId(z.stateCode()));
                links.get(i).add(rest);
                links.get(rest).add(i);
            }
        }
        int[][] out = new int[sites.size()][];
        for (int i = 0; i < sites.size(); i++) {
            out[i] = links.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        int[] reached = new int[1];
        boolean[] seen = new boolean[sites.size()];
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(0));
        seen[0] = true;
        while (!queue.isEmpty()) {
            reached[0]++;
            for (int n : out[queue.poll()]) {
                if (!seen[n]) {
                    seen[n] = true;
                    queue.add(n);
                }
            }
        }
        if (reached[0] != sites.size()) {
            throw new IllegalStateException("roads.csv: the road network does not join all " + sites.size() + " plazas");
        }
            return out;
    }

    private static double roadLength(int a, int b, List<PlazaSite> sites) {
        double d = Geography.distance(a, b);
        return sites.get(a).rest() || sites.get(b).rest() ? d * Geography.REST_DETOUR : d;
    }

    static int[] shortestPath(int origin, int border, int[][] LINKS, List<PlazaSite> SITES) {
        if (origin == border) {
            return new int[0];
        }
        int n = SITES.size();
        double[] dist = new double[n];
        int[] prev = new int[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(prev, -1);
        dist[border] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0]) : Double.compare(x[1], y[1]));
        queue.add(new double[] {0, border});
        while (!queue.isEmpty()) {
            double[] q = queue.poll();
            int u = (int) q[1];
            if (q[0] > dist[u]) {
                continue;
            }
            if (u == origin) {
                break;
            }
            for (int v : LINKS[u]) {
                double d = dist[u] + roadLength(u, v, SITES);
                if (d < dist[v]) {
                    dist[v] = d;
                    prev[v] = u;
                    queue.add(new double[] {d, v});
                }
            }
        }
        List<Integer> path = new ArrayList<>();
        for (int v = prev[origin]; v != border && v >= 0; v = prev[v]) {
            path.add(v);
        }
        return path.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int roadSite(String id, String road, Map<String, Integer> index) {
        Integer i = index.get(id.trim());
        if (i == null) {
            throw new IllegalStateException("roads.csv: road '" + road + "': unknown plaza " + id);
        }
        return i;
    }

    /** Rows of a bundled table (comment lines start with #; the first other line is the header). */
    private static List<String[]> table(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = GeographyTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("geography table " + name + " missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(name + " line " + number + ": " + cells.length + " cells, expected " + columns);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
