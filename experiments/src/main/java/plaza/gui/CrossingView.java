package plaza.gui;

import plaza.agents.BorderCrossing;
import plaza.model.PlazaModel;

/** A border crossing as MASON's inspector shows it: read-only getters over the live agent. */
public final class CrossingView {

    private final PlazaModel model;
    private final int index;

    CrossingView(PlazaModel model, int index) {
        this.model = model;
        this.index = index;
    }

    int index() {
        return index;
    }

    BorderCrossing crossing() {
        return model.crossings().get(index);
    }

    public String getName() { return crossing().name(); }
    public String getKind() { return crossing().site().port() ? "port of entry" : "Border Patrol sector between ports"; }
    public String getUsMarket() { return crossing().site().market(); }
    public double getTonsArrivedThisMonth() { return crossing().tonsArrived(); }
    public double getTonsSeizedThisMonth() { return crossing().tonsSeized(); }
    public double getTonsDeliveredThisMonth() { return crossing().tonsDelivered(); }
    public double getTradeDelayCostUsdMillions() { return crossing().delayCost() / 1e6; }
    public double getCapacityMultiplier() { return crossing().capacityMultiplier(); }

    @Override
    public String toString() {
        return crossing().name();
    }
}
