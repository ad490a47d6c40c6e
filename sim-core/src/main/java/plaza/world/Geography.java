package plaza.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The fixed geography of the model: 32 states (one plaza each), 16 border crossings, 4 U.S. market
 * regions, the drug production and arrival zones, and neighbourhoods for displacement and expansion.
 *
 * <p>Populations are rounded 2010 census figures and coordinates are representative points: these
 * are structural inputs that place the network on the map, not calibrated numbers (the reports give
 * none per state). Corridor values weight what an organization gains by holding a plaza: 5 on the
 * border, 3 at a major port of arrival or production zone, 1 elsewhere (assumed; the reports
 * describe border cities and production hubs as the prized nodes, 001:414-420 and 001:254-256).
 * Trade shares over ports are assumed from relative port size; only the total ($300B, 001:339-340) is cited.
 */
public final class Geography implements java.io.Serializable {

    public static final List<MexicanState> STATES = List.of(
            new MexicanState("AGS", "Aguascalientes", -102.3, 21.9, 1.2e6, 1),
            new MexicanState("BC", "Baja California", -115.5, 31.0, 3.2e6, 5),
            new MexicanState("BCS", "Baja California Sur", -111.5, 25.5, 0.6e6, 1),
            new MexicanState("CAM", "Campeche", -90.4, 19.0, 0.8e6, 1),
            new MexicanState("CHIS", "Chiapas", -92.6, 16.5, 4.8e6, 3),
            new MexicanState("CHIH", "Chihuahua", -106.1, 28.6, 3.4e6, 5),
            new MexicanState("COAH", "Coahuila", -101.7, 27.3, 2.7e6, 4),
            new MexicanState("COL", "Colima", -103.7, 19.2, 0.65e6, 2),
            new MexicanState("CDMX", "Mexico City", -99.1, 19.4, 8.9e6, 1),
            new MexicanState("DGO", "Durango", -104.7, 24.0, 1.6e6, 3),
            new MexicanState("GTO", "Guanajuato", -101.2, 21.0, 5.5e6, 1),
            new MexicanState("GRO", "Guerrero", -99.9, 17.6, 3.4e6, 3),
            new MexicanState("HGO", "Hidalgo", -98.8, 20.5, 2.7e6, 1),
            new MexicanState("JAL", "Jalisco", -103.4, 20.7, 7.4e6, 2),
            new MexicanState("MEX", "State of Mexico", -99.6, 19.3, 15.2e6, 1),
            new MexicanState("MICH", "Michoacan", -101.7, 19.2, 4.4e6, 3),
            new MexicanState("MOR", "Morelos", -99.1, 18.7, 1.8e6, 1),
            new MexicanState("NAY", "Nayarit", -104.9, 21.8, 1.1e6, 1),
            new MexicanState("NL", "Nuevo Leon", -100.3, 25.7, 4.7e6, 3),
            new MexicanState("OAX", "Oaxaca", -96.7, 17.1, 3.8e6, 1),
            new MexicanState("PUE", "Puebla", -98.2, 19.0, 5.8e6, 1),
            new MexicanState("QRO", "Queretaro", -100.0, 20.6, 1.8e6, 1),
            new MexicanState("QROO", "Quintana Roo", -88.3, 19.6, 1.3e6, 2),
            new MexicanState("SLP", "San Luis Potosi", -100.9, 22.2, 2.6e6, 1),
            new MexicanState("SIN", "Sinaloa", -107.4, 24.8, 2.8e6, 3),
            new MexicanState("SON", "Sonora", -110.9, 29.3, 2.7e6, 5),
            new MexicanState("TAB", "Tabasco", -92.9, 18.0, 2.2e6, 1),
            new MexicanState("TAMPS", "Tamaulipas", -98.8, 24.3, 3.3e6, 5),
            new MexicanState("TLAX", "Tlaxcala", -98.2, 19.3, 1.2e6, 1),
            new MexicanState("VER", "Veracruz", -96.1, 19.2, 7.6e6, 2),
            new MexicanState("YUC", "Yucatan", -89.1, 20.7, 2.0e6, 1),
            new MexicanState("ZAC", "Zacatecas", -102.6, 22.8, 1.5e6, 1));

    public static final List<String> MARKETS = List.of("West", "Southwest", "Central", "East");

    public static final List<CrossingSite> CROSSINGS = List.of(
            new CrossingSite("Tijuana-San Ysidro", "BC", -117.0, 32.5, true, 0.10, "West"),
            new CrossingSite("Mexicali-Calexico", "BC", -115.5, 32.6, true, 0.05, "West"),
            new CrossingSite("San Diego sector", "BC", -116.5, 32.6, false, 0, "West"),
            new CrossingSite("Nogales", "SON", -110.9, 31.3, true, 0.08, "Southwest"),
            new CrossingSite("Agua Prieta-Douglas", "SON", -109.5, 31.3, true, 0.02, "Southwest"),
            new CrossingSite("Tucson sector", "SON", -111.5, 31.4, false, 0, "Southwest"),
            new CrossingSite("Ciudad Juarez-El Paso", "CHIH", -106.5, 31.7, true, 0.17, "Southwest"),
            new CrossingSite("Ojinaga-Presidio", "CHIH", -104.4, 29.6, true, 0.01, "Central"),
            new CrossingSite("El Paso sector", "CHIH", -107.0, 31.5, false, 0, "Southwest"),
            new CrossingSite("Piedras Negras-Eagle Pass", "COAH", -100.5, 28.7, true, 0.05, "Central"),
            new CrossingSite("Ciudad Acuna-Del Rio", "COAH", -100.9, 29.3, true, 0.02, "Central"),
            new CrossingSite("Big Bend sector", "COAH", -103.0, 29.2, false, 0, "Central"),
            new CrossingSite("Nuevo Laredo-Laredo", "TAMPS", -99.5, 27.5, true, 0.35, "Central"),
            new CrossingSite("Reynosa-McAllen", "TAMPS", -98.3, 26.1, true, 0.10, "East"),
            new CrossingSite("Matamoros-Brownsville", "TAMPS", -97.5, 25.9, true, 0.05, "East"),
            new CrossingSite("Rio Grande Valley sector", "TAMPS", -98.7, 26.2, false, 0, "East"));

    /** Where each drug enters the Mexican network: production zones and ports of arrival, with weights. */
    public static final String[][] ORIGINS = {
            /* marijuana */ {"SIN", "DGO", "CHIH", "GRO", "MICH", "JAL"},
            /* cocaine   */ {"CHIS", "QROO", "MICH", "GRO", "VER", "SIN", "OAX"},
            /* heroin    */ {"GRO", "SIN", "DGO", "CHIH", "MICH"},
            /* meth      */ {"MICH", "JAL", "SIN"},
            /* fentanyl  */ {"SIN", "JAL", "MICH"}};

    /**
     * The upstream transit zone: where cocaine from South America travels before it enters Mexico
     * (004:59, 001:383-387), by the arrival states each node feeds, with the node's capacity as a
     * weight in the choice of entry (lower for the land route through Central America's weaker
     * states, 001:305-306). Capacities are assumed; the nodes are named in 001:355, 001:846-850
     * (Central America) and 002:116-120 (the Caribbean and Pacific interdiction task forces).
     */
    public static final List<TransitNode> TRANSIT_ZONE = List.of(
            new TransitNode("Central America", false, 0.25, List.of("CHIS")),
            new TransitNode("Caribbean sea lane", true, 0.3, List.of("QROO", "VER")),
            new TransitNode("Pacific sea lane", true, 0.45, List.of("OAX", "GRO", "MICH", "SIN")));

    /** The transit node feeding an arrival state (by its position in {@link #TRANSIT_ZONE}), or -1. */
    public static int transitNodeOf(String stateCode) {
        for (int n = 0; n < TRANSIT_ZONE.size(); n++) {
            if (TRANSIT_ZONE.get(n).arrivals().contains(stateCode)) {
                return n;
            }
        }
        return -1;
    }

    /** Home plazas of the initial organizations (Pacific, Gulf, Juarez and Tijuana corridors). */
    public static final String[] HOME_CORRIDORS = {"SIN", "TAMPS", "CHIH", "BC", "MICH", "JAL", "GRO", "SON"};

    /** Names of the initial organizations, by their home corridor (neutral, corridor-based). */
    public static final String[] ORGANIZATION_NAMES = {"Pacific", "Gulf", "Juarez", "Tijuana", "Michoacan",
            "Jalisco", "Guerrero", "Sonora"};

    private static final int NEIGHBOURS = 4;

    private Geography() {}

    /** The state index of each drug's origins (the positions of {@link #ORIGINS}), found once. */
    public static int[] originIndices(Drug d) {
        return OriginIndex.OF[d.ordinal()];
    }

    private static final class OriginIndex {
        static final int[][] OF = new int[ORIGINS.length][];
        static {
            for (int d = 0; d < ORIGINS.length; d++) {
                OF[d] = new int[ORIGINS[d].length];
                for (int j = 0; j < ORIGINS[d].length; j++) {
                    OF[d][j] = stateIndex(ORIGINS[d][j]);
                }
            }
        }
    }

    public static int stateIndex(String code) {
        for (int i = 0; i < STATES.size(); i++) {
            if (STATES.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no state " + code);
    }

    /** Distance in degrees (adequate for ranking neighbours and corridors). */
    public static double distance(int a, int b) {
        MexicanState s = STATES.get(a);
        MexicanState t = STATES.get(b);
        double dx = (s.lon() - t.lon()) * Math.cos(Math.toRadians((s.lat() + t.lat()) / 2));
        double dy = s.lat() - t.lat();
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** The {@value #NEIGHBOURS} nearest states of each state, nearest first (ties by index). */
    public static int[][] neighbours() {
        int n = STATES.size();
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            Integer[] idx = new Integer[n];
            for (int j = 0; j < n; j++) {
                idx[j] = j;
            }
            final int from = i;
            Arrays.sort(idx, (a, b) -> {
                int c = Double.compare(distance(from, a), distance(from, b));
                return c != 0 ? c : Integer.compare(a, b);
            });
            out[i] = new int[NEIGHBOURS];
            for (int k = 0; k < NEIGHBOURS; k++) {
                out[i][k] = idx[k + 1];
            }
        }
        return out;
    }

    /**
     * The intermediate plaza a shipment from {@code origin} to {@code border} passes through: the state
     * that adds least distance, if the detour is under 25%; otherwise none (-1).
     */
    public static int transitPlaza(int origin, int border) {
        return TransitTable.OF[origin][border];
    }

    /** {@link #transitPlaza} for every pair of states, found once (a search over the states for each pair). */
    private static final class TransitTable {
        static final int[][] OF = new int[STATES.size()][STATES.size()];
        static {
            for (int a = 0; a < OF.length; a++) {
                for (int b = 0; b < OF.length; b++) {
                    OF[a][b] = searchTransitPlaza(a, b);
                }
            }
        }
    }

    private static int searchTransitPlaza(int origin, int border) {
        if (origin == border) {
            return -1;
        }
        double direct = distance(origin, border);
        int best = -1;
        double bestLen = direct * 1.25;
        for (int t = 0; t < STATES.size(); t++) {
            if (t == origin || t == border) {
                continue;
            }
            double len = distance(origin, t) + distance(t, border);
            if (len < bestLen) {
                bestLen = len;
                best = t;
            }
        }
        return best;
    }

    /** Indices of states with at least one crossing. */
    public static List<Integer> borderStates() {
        List<Integer> out = new ArrayList<>();
        for (CrossingSite c : CROSSINGS) {
            int s = stateIndex(c.stateCode());
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        Collections.sort(out);
        return out;
    }
}
