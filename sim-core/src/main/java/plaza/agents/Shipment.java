package plaza.agents;

import plaza.world.Drug;

/**
 * Rule: a shipment moves one leg a month along its route (origin plaza, then the transit and border
 * plazas and the crossing), and at each leg a share of it may be seized. Organizations choose the
 * route by expected loss, so pressure on one route moves flow to others (001:383-385, 002:120).
 */
public final class Shipment implements java.io.Serializable {

    private final Drug drug;
    private final TraffickingOrganization owner;
    private final int origin;
    private final int transit;
    private final int border;
    private final BorderCrossing crossing;
    private double tons;

    public Shipment(Drug drug, TraffickingOrganization owner, int origin, int transit, int border,
                    BorderCrossing crossing, double tons) {
        this.drug = drug;
        this.owner = owner;
        this.origin = origin;
        this.transit = transit;
        this.border = border;
        this.crossing = crossing;
        this.tons = tons;
    }

    public Drug drug() { return drug; }
    public TraffickingOrganization owner() { return owner; }
    public int origin() { return origin; }
    public int transit() { return transit; }
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
