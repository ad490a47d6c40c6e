package plaza.agents;

import plaza.world.Drug;

/**
 * Rule: a shipment moves one leg a month along its route (origin plaza; then the plazas of the road
 * corridor, the border-crossing city and the crossing), and at each plaza a share of it may be seized. Organizations choose the
 * route by expected loss, so pressure on one route moves flow to others (001:383-385, 002:120).
 */
public final class Shipment implements java.io.Serializable {

    private final Drug drug;
    private final TraffickingOrganization owner;
    private final int origin;
    private final int[] via;
    private final int border;
    private final BorderCrossing crossing;
    private double tons;

    /** @param via the plazas between origin and border, in order (shared, never modified) */
    public Shipment(Drug drug, TraffickingOrganization owner, int origin, int[] via, int border,
                    BorderCrossing crossing, double tons) {
        this.drug = drug;
        this.owner = owner;
        this.origin = origin;
        this.via = via;
        this.border = border;
        this.crossing = crossing;
        this.tons = tons;
    }

    public Drug drug() { return drug; }
    public TraffickingOrganization owner() { return owner; }
    public int origin() { return origin; }
    /** The plazas of the corridor between origin and border, in order (do not modify). */
    public int[] via() { return via; }
    public int border() { return border; }
    public BorderCrossing crossing() { return crossing; }
    public double tons() { return tons; }

    /** Removes a seized quantity and returns it. */
    public double seize(double share) {
        double s = tons * share;
        tons -= s;
        return s;
    }
}
