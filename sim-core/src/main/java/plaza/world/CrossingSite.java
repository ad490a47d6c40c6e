package plaza.world;

/**
 * A border crossing: a named port of entry, or a Border Patrol sector between ports.
 *
 * @param name       display name
 * @param stateCode  Mexican state (plaza) on the south side
 * @param lon        longitude, degrees
 * @param lat        latitude, degrees
 * @param port       true for a port of entry (legitimate trade), false for a between-port sector
 * @param tradeShare share of legitimate trade through it (0 for sectors)
 * @param market     U.S. market region it feeds
 */
public record CrossingSite(String name, String stateCode, double lon, double lat, boolean port,
                           double tradeShare, String market) implements java.io.Serializable {
}
