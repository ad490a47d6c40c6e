package plaza.world;

/**
 * A place where a plaza is anchored: a city (one municipality or a metropolitan municipality), a
 * border-crossing city, a seaport or airport of entry, a production zone, or the rest of a state's
 * territory. Read from the geography table ({@code plaza/world/plazas.csv}, see {@link Geography});
 * populations and locations are inputs, not fitted.
 *
 * @param id            short ASCII identifier, unique (used in target names such as {@code homicides@juarez})
 * @param name          the name as written in Mexico (UTF-8)
 * @param stateCode     the state's short code (a {@link MexicanState#code()})
 * @param stateIndex    the state's position in {@link Geography#STATES} (-1 for a test site outside them)
 * @param municipality  INEGI's three-digit municipal code within the state, "" for a zone or rest-of-state node
 * @param population    residents (approximate 2010 census)
 * @param lon           longitude, degrees
 * @param lat           latitude, degrees
 * @param kind          what the place is on the trafficking network
 * @param corridorValue starting weight of what holding it is worth (see {@link Kind#corridorValue()})
 */
public record PlazaSite(String id, String name, String stateCode, int stateIndex, String municipality,
                        double population, double lon, double lat, Kind kind, double corridorValue) implements java.io.Serializable {

    /** What a place is on the network. */
    public enum Kind {
        BORDER(5), PORT(3), PRODUCTION(3), AIRPORT(2), CITY(1), REST(1);

        private final double value;
        private final String label;

        Kind(double value) {
            this.value = value;
            this.label = name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * Starting corridor weight: 5 on the border, 3 at a seaport of arrival or a production zone, 2 at
         * an airport of entry, 1 elsewhere (assumed: the reports describe border cities and production
         * hubs as the prized nodes, 001:414-420 and 001:254-256; the stake replaces it within months,
         * trafficking/Stakes).
         */
        public double corridorValue() {
            return value;
        }

        public String label() {
            return label;
        }
    }

    /** A site for tests: one state of its own, the given residents and corridor value. */
    public static PlazaSite test(String id, double population, double corridorValue) {
        return new PlazaSite(id, "Plaza " + id, id, -1, "", population, 0, 0, Kind.CITY, corridorValue);
    }

    /** True for the node standing for the rest of a state's territory. */
    public boolean rest() {
        return kind == Kind.REST;
    }
}
