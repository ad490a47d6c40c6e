package plaza.gui;

import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.model.PlazaModel;

/** A plaza as MASON's inspector shows it: read-only getters over the live agent. */
public final class PlazaView {

    private final PlazaModel model;
    private final int index;

    PlazaView(PlazaModel model, int index) {
        this.model = model;
        this.index = index;
    }

    int index() {
        return index;
    }

    Plaza plaza() {
        return model.plazas().get(index);
    }

    public String getName() { return plaza().name(); }
    public String getState() { return plaza().stateName() + " (" + plaza().stateCode() + ")"; }
    public double getPopulationMillions() { return plaza().population() / 1e6; }

    /** The controlling organization, inspectable in turn (null if nobody holds the plaza). */
    public OrganizationView getController() {
        TraffickingOrganization c = plaza().controller();
        return c == null ? null : new OrganizationView(model, c);
    }

    public String getAttackers() {
        StringBuilder b = new StringBuilder();
        for (TraffickingOrganization o : plaza().attackers()) {
            b.append(b.length() == 0 ? "" : ", ").append(o.name());
        }
        return b.length() == 0 ? "none" : b.toString();
    }

    public double getHomicidesThisMonth() { return plaza().homicidesThisMonth(); }
    public double getHomicidesLast12Months() { return plaza().homicidesTrailing12(); }
    public double getTroops() { return plaza().troops(); }
    public double getPoliceCorruption() { return plaza().corruption(); }
    public double getPublicTrust() { return plaza().trust(); }
    public double getTonsThroughThisMonth() { return plaza().tonsThroughThisMonth(); }

    @Override
    public String toString() {
        return "Plaza " + plaza().name();
    }
}
