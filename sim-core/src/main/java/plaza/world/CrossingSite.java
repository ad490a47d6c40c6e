package plaza.world;

/**
 * A border crossing: a named port of entry, or a Border Patrol sector between ports.
 *
 * @param name       display name
 * @param plazaId    the border-crossing city (plaza) on the south side, a {@link PlazaSite#id()}
 * @param lon        longitude, degrees
 * @param lat        latitude, degrees
 * @param port       true for a port of entry (legitimate trade), false for a between-port sector
 * @param tradeShare share of legitimate trade through it (0 for sectors)
 * @param market     U.S. market region it feeds
 */
public record CrossingSite(String name, String plazaId, double lon, double lat, boolean port,
                           double tradeShare, String market) implements java.io.Serializable {

    /** The Mexican state on the south side (its corridor lever is border.inspection.&lt;state&gt;). */
    public String stateCode() {
        return Geography.isSite(plazaId) ? Geography.site(plazaId).stateCode() : plazaId;
    }
}
