package plaza.world;

import java.util.List;

/**
 * A node of the upstream transit zone between South American production and Mexico.
 *
 * @param name     display name
 * @param sea      true for a sea lane (air and maritime interdiction), false for the land route
 * @param capacity relative weight of the node in the choice of entry (assumed, see Geography)
 * @param arrivals codes of the Mexican states where its cocaine arrives
 */
public record TransitNode(String name, boolean sea, double capacity, List<String> arrivals) implements java.io.Serializable {
}
