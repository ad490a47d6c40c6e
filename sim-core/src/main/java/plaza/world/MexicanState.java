package plaza.world;

/**
 * One of Mexico's 32 federal entities: its plazas (cities, ports, production zones and the rest of
 * its territory) are in the geography table (see {@link Geography}); state outputs and levers are
 * the sum or spread over them.
 *
 * @param code        short code used in outputs and lever names
 * @param name        the state's name
 * @param lon         longitude of a representative point (where its rest-of-state node is drawn), degrees
 * @param lat         latitude, degrees
 * @param population  residents (approximate 2010 census; a structural input, see Geography)
 */
public record MexicanState(String code, String name, double lon, double lat, double population) implements java.io.Serializable {
}
