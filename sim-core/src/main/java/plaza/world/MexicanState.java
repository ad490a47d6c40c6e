package plaza.world;

/**
 * One of Mexico's 32 federal entities, where a plaza (smuggling corridor) is anchored.
 *
 * @param code        short code used in outputs
 * @param name        the state's name
 * @param lon         longitude of a representative point, degrees
 * @param lat         latitude, degrees
 * @param population  residents (approximate 2010 census; a structural input, see Geography)
 * @param corridorValue relative worth of the corridor to traffickers (border, port, production)
 */
public record MexicanState(String code, String name, double lon, double lat, double population,
                           double corridorValue) implements java.io.Serializable {
}
