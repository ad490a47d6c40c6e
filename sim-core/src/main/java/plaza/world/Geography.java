package plaza.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The fixed geography: 32 states, their plazas (cities, border-crossing cities, seaports and
 * airports of entry, production zones, one rest-of-state node per state) and the roads between
 * them, read from {@code plaza/world/plazas.csv} and {@code roads.csv} by {@link GeographyTables}
 * (sources in seeds/geography.md: 2010 census, public road maps; assumed, approximate); 16 border
 * crossings, 4 U.S. market regions, the drugs' origin plazas and the routes to the border (the
 * shortest road path; a road through the rest of a state counts {@value #REST_DETOUR} times its
 * length: corridors run through the cities, assumed). Trade shares over ports are assumed from
 * relative port size; only the total ($300B, 001:339-340) is cited.
 */
public final class Geography implements java.io.Serializable {

    public static final List<MexicanState> STATES = List.of(
            new MexicanState("AGS", "Aguascalientes", -102.3, 21.9, 1.2e6),
            new MexicanState("BC", "Baja California", -115.5, 31.0, 3.2e6),
            new MexicanState("BCS", "Baja California Sur", -111.5, 25.5, 0.6e6),
            new MexicanState("CAM", "Campeche", -90.4, 19.0, 0.8e6),
            new MexicanState("CHIS", "Chiapas", -92.6, 16.5, 4.8e6),
            new MexicanState("CHIH", "Chihuahua", -106.1, 28.6, 3.4e6),
            new MexicanState("COAH", "Coahuila", -101.7, 27.3, 2.7e6),
            new MexicanState("COL", "Colima", -103.7, 19.2, 0.65e6),
            new MexicanState("CDMX", "Ciudad de México", -99.1, 19.4, 8.9e6),
            new MexicanState("DGO", "Durango", -104.7, 24.0, 1.6e6),
            new MexicanState("GTO", "Guanajuato", -101.2, 21.0, 5.5e6),
            new MexicanState("GRO", "Guerrero", -99.9, 17.6, 3.4e6),
            new MexicanState("HGO", "Hidalgo", -98.8, 20.5, 2.7e6),
            new MexicanState("JAL", "Jalisco", -103.4, 20.7, 7.4e6),
            new MexicanState("MEX", "Estado de México", -99.6, 19.3, 15.2e6),
            new MexicanState("MICH", "Michoacán", -101.7, 19.2, 4.4e6),
            new MexicanState("MOR", "Morelos", -99.1, 18.7, 1.8e6),
            new MexicanState("NAY", "Nayarit", -104.9, 21.8, 1.1e6),
            new MexicanState("NL", "Nuevo León", -100.3, 25.7, 4.7e6),
            new MexicanState("OAX", "Oaxaca", -96.7, 17.1, 3.8e6),
            new MexicanState("PUE", "Puebla", -98.2, 19.0, 5.8e6),
            new MexicanState("QRO", "Querétaro", -100.0, 20.6, 1.8e6),
            new MexicanState("QROO", "Quintana Roo", -88.3, 19.6, 1.3e6),
            new MexicanState("SLP", "San Luis Potosí", -100.9, 22.2, 2.6e6),
            new MexicanState("SIN", "Sinaloa", -107.4, 24.8, 2.8e6),
            new MexicanState("SON", "Sonora", -110.9, 29.3, 2.7e6),
            new MexicanState("TAB", "Tabasco", -92.9, 18.0, 2.2e6),
            new MexicanState("TAMPS", "Tamaulipas", -98.8, 24.3, 3.3e6),
            new MexicanState("TLAX", "Tlaxcala", -98.2, 19.3, 1.2e6),
            new MexicanState("VER", "Veracruz", -96.1, 19.2, 7.6e6),
            new MexicanState("YUC", "Yucatán", -89.1, 20.7, 2.0e6),
            new MexicanState("ZAC", "Zacatecas", -102.6, 22.8, 1.5e6));

    public static final List<String> MARKETS = List.of("West", "Southwest", "Central", "East");

    /** Plazas: the geography table's named plazas, then one rest-of-state node per state (in state order). */
    public static final List<PlazaSite> SITES;
    private static final Map<String, Integer> SITE_INDEX = new java.util.HashMap<>();
    /** Road neighbours of each plaza (ascending index), symmetric. */
    private static final int[][] LINKS;

    static {
        SITES = GeographyTables.sites(STATES);
        for (int i = 0; i < SITES.size(); i++) {
            SITE_INDEX.put(SITES.get(i).id(), i);
        }
        LINKS = GeographyTables.links(SITES, SITE_INDEX);
    }

    public static final List<CrossingSite> CROSSINGS = List.of(
            new CrossingSite("Tijuana-San Ysidro", "tijuana", -117.0, 32.5, true, 0.10, "West"),
            new CrossingSite("Mexicali-Calexico", "mexicali", -115.5, 32.6, true, 0.05, "West"),
            new CrossingSite("San Diego sector", "tecate", -116.5, 32.6, false, 0, "West"),
            new CrossingSite("Nogales", "nogales", -110.9, 31.3, true, 0.08, "Southwest"),
            new CrossingSite("Agua Prieta-Douglas", "agua_prieta", -109.5, 31.3, true, 0.02, "Southwest"),
            new CrossingSite("Tucson sector", "sasabe", -111.5, 31.4, false, 0, "Southwest"),
            new CrossingSite("Ciudad Juarez-El Paso", "juarez", -106.5, 31.7, true, 0.17, "Southwest"),
            new CrossingSite("Ojinaga-Presidio", "ojinaga", -104.4, 29.6, true, 0.01, "Central"),
            new CrossingSite("El Paso sector", "palomas", -107.0, 31.5, false, 0, "Southwest"),
            new CrossingSite("Piedras Negras-Eagle Pass", "piedras_negras", -100.5, 28.7, true, 0.05, "Central"),
            new CrossingSite("Ciudad Acuna-Del Rio", "acuna", -100.9, 29.3, true, 0.02, "Central"),
            new CrossingSite("Big Bend sector", "boquillas", -103.0, 29.2, false, 0, "Central"),
            new CrossingSite("Nuevo Laredo-Laredo", "nuevo_laredo", -99.5, 27.5, true, 0.35, "Central"),
            new CrossingSite("Reynosa-McAllen", "reynosa", -98.3, 26.1, true, 0.10, "East"),
            new CrossingSite("Matamoros-Brownsville", "matamoros", -97.5, 25.9, true, 0.05, "East"),
            new CrossingSite("Rio Grande Valley sector", "miguel_aleman", -98.7, 26.2, false, 0, "East"));

    /**
     * Where each drug enters the Mexican network, by plaza: the production zones of the Sierra Madre
     * and Tierra Caliente for marijuana and heroin (one per growing state: its fields are that
     * plaza's), the seaports and the southern border for cocaine (001:383-387, 004:59), and for
     * methamphetamine and fentanyl the labs' cities and the precursor port (assumed).
     */
    public static final String[][] ORIGINS = {
            /* marijuana */ {"sierra_sinaloa", "sierra_durango", "sierra_tarahumara", "sierra_guerrero", "apatzingan", "sierra_jalisco"},
            /* cocaine   */ {"tapachula", "chetumal", "lazaro_cardenas", "acapulco", "veracruz", "mazatlan", "salina_cruz"},
            /* heroin    */ {"sierra_guerrero", "sierra_sinaloa", "sierra_durango", "sierra_tarahumara", "apatzingan"},
            /* meth      */ {"apatzingan", "guadalajara", "culiacan"},
            /* fentanyl  */ {"culiacan", "guadalajara", "lazaro_cardenas"}};

    /**
     * The upstream transit zone: where cocaine from South America travels before it enters Mexico
     * (004:59, 001:383-387), by the arrival plazas each node feeds, with the node's capacity as a
     * weight in the choice of entry (lower for the land route through Central America's weaker
     * states, 001:305-306). Capacities are assumed; the nodes are named in 001:355, 001:846-850
     * (Central America) and 002:116-120 (the Caribbean and Pacific interdiction task forces).
     */
    public static final List<TransitNode> TRANSIT_ZONE = List.of(
            new TransitNode("Central America", false, 0.25, List.of("tapachula")),
            new TransitNode("Caribbean sea lane", true, 0.3, List.of("chetumal", "veracruz")),
            new TransitNode("Pacific sea lane", true, 0.45, List.of("salina_cruz", "acapulco", "lazaro_cardenas", "mazatlan")));

    /** The transit node feeding an arrival plaza (by its position in {@link #TRANSIT_ZONE}), or -1. */
    public static int transitNodeOf(String plazaId) {
        for (int n = 0; n < TRANSIT_ZONE.size(); n++) {
            if (TRANSIT_ZONE.get(n).arrivals().contains(plazaId)) {
                return n;
            }
        }
        return -1;
    }

    /** Home plazas of the initial organizations (Pacific, Gulf, Juarez and Tijuana corridors, ...). */
    public static final String[] HOME_CORRIDORS = {"culiacan", "matamoros", "juarez", "tijuana", "apatzingan", "guadalajara", "acapulco", "hermosillo"};

    /** Names of the initial organizations, by their home corridor (neutral, corridor-based). */
    public static final String[] ORGANIZATION_NAMES = {"Pacific", "Gulf", "Juarez", "Tijuana", "Michoacan",
            "Jalisco", "Guerrero", "Sonora"};

    /** A road through the rest of a state counts this many times its length in the choice of route. */
    public static final double REST_DETOUR = 3;

    private Geography() {}

    /** The id of a state's rest-of-state node. */
    public static String restId(String stateCode) {
        return stateCode.toLowerCase(Locale.ROOT) + "_rest";
    }

    public static int stateIndex(String code) {
        int i = stateIndexOr(code);
        if (i < 0) {
            throw new IllegalArgumentException("no state " + code);
        }
        return i;
    }

    static int stateIndexOr(String code) {
        for (int i = 0; i < STATES.size(); i++) {
            if (STATES.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a plaza id is in the geography. */
    public static boolean isSite(String id) {
        return SITE_INDEX != null && SITE_INDEX.containsKey(id);
    }

    /** The index of a plaza by its id. */
    public static int siteIndex(String id) {
        Integer i = SITE_INDEX.get(id);
        if (i == null) {
            throw new IllegalArgumentException("no plaza " + id);
        }
        return i;
    }

    public static PlazaSite site(String id) {
        return SITES.get(siteIndex(id));
    }

    /** Indices of the plazas of a state (its named plazas, then its rest-of-state node). */
    public static int[] plazasOf(int stateIndex) {
        return java.util.stream.IntStream.range(0, SITES.size()).filter(i -> SITES.get(i).stateIndex() == stateIndex).toArray();
    }

    /** Road neighbours of every plaza (copies). */
    public static int[][] neighbours() {
        int[][] out = new int[LINKS.length][];
        for (int i = 0; i < LINKS.length; i++) {
            out[i] = LINKS[i].clone();
        }
        return out;
    }

    /** The states with a plaza linked by road to a plaza of this state (ascending, itself excluded). */
    public static int[] neighbouringStates(int stateIndex) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int i = 0; i < SITES.size(); i++) {
            if (SITES.get(i).stateIndex() == stateIndex) {
                for (int n : LINKS[i]) {
                    out.add(SITES.get(n).stateIndex());
                }
            }
        }
        out.remove(stateIndex);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Distance between two plazas in degrees (adequate for ranking neighbours and routes). */
    public static double distance(int a, int b) {
        PlazaSite s = SITES.get(a);
        PlazaSite t = SITES.get(b);
        double dx = (s.lon() - t.lon()) * Math.cos(Math.toRadians((s.lat() + t.lat()) / 2));
        double dy = s.lat() - t.lat();
        return Math.sqrt(dx * dx + dy * dy);
    }

    /**
     * The plazas a shipment passes between its origin and the border-crossing city, in order (both
     * ends excluded; empty when they are the same or linked directly): the shortest road path. The
     * array is shared: do not modify it.
     */
    public static int[] route(int origin, int border) {
        return ROUTES.computeIfAbsent((long) origin * SITES.size() + border, k -> GeographyTables.shortestPath(origin, border, LINKS, SITES));
    }

    /** Routes computed so far (the geography is fixed, so every run shares them; never modified). */
    private static final Map<Long, int[]> ROUTES = new java.util.concurrent.ConcurrentHashMap<>();

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

    /** The states of a drug's origin plazas, in the order of {@link #ORIGINS}, without repeats. */
    public static List<String> originStates(Drug d) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (String id : ORIGINS[d.ordinal()]) {
            out.put(site(id).stateCode(), true);
        }
        return List.copyOf(out.keySet());
    }

}
