package plaza.agents;

import plaza.world.CrossingSite;

/**
 * Rule: a crossing inspects northbound traffic with a seizure probability that rises with its
 * inspection intensity but with diminishing returns, p = max * (1 - e^(-k i)), inspects southbound
 * cash and guns, and imposes on legitimate trade a delay cost that grows faster than intensity.
 * Sources: 001:780-799 (diminishing returns, obstructed commerce), 001:339-340 ($300B trade),
 * 004:139 (southbound inspectors).
 */
public final class BorderCrossing implements java.io.Serializable {

    private final int index;
    private final CrossingSite site;
    private final int plaza;
    private double capacityMultiplier = 1;
    private double tonsArrived;
    private double tonsSeized;
    private double tonsDelivered;
    private double delayCost;

    public BorderCrossing(int index, CrossingSite site, int plaza) {
        this.index = index;
        this.site = site;
        this.plaza = plaza;
    }

    public int index() { return index; }
    public CrossingSite site() { return site; }
    public String name() { return site.name(); }
    public int plaza() { return plaza; }
    public double tonsArrived() { return tonsArrived; }
    public double tonsSeized() { return tonsSeized; }
    public double tonsDelivered() { return tonsDelivered; }
    public double delayCost() { return delayCost; }

    /** Relative inspection capacity of this crossing alone (1 = its 2007 share of agents). */
    public double capacityMultiplier() { return capacityMultiplier; }

    public void setCapacityMultiplier(double m) {
        if (!(m >= 0)) {
            throw new IllegalArgumentException("capacity multiplier must be >= 0, got " + m);
        }
        capacityMultiplier = m;
    }

    /** Weight of the crossing in route choice: smuggling hides in legitimate traffic at ports. */
    public double smugglingCapacity() {
        return site.port() ? site.tradeShare() + 0.05 : 0.05;
    }

    /** Seizure probability at inspection intensity i (1 = 2007). */
    public static double seizureProbability(double intensity, double max, double k) {
        return max * (1 - Math.exp(-k * intensity));
    }

    public void beginMonth() {
        tonsArrived = 0;
        tonsSeized = 0;
        tonsDelivered = 0;
        delayCost = 0;
    }

    public void recordShipment(double arrived, double seized) {
        tonsArrived += arrived;
        tonsSeized += seized;
        tonsDelivered += arrived - seized;
    }

    public void setDelayCost(double usd) {
        delayCost = usd;
    }
}
