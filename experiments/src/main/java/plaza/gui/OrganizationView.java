package plaza.gui;

import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.model.PlazaModel;

/**
 * An organization as MASON's inspector shows it: read-only getters over the live agent, so the
 * inspector updates every month.
 */
public final class OrganizationView {

    private final PlazaModel model;
    private final TraffickingOrganization organization;

    OrganizationView(PlazaModel model, TraffickingOrganization organization) {
        this.model = model;
        this.organization = organization;
    }

    public String getName() { return organization.name(); }
    public boolean isActive() { return organization.alive(); }
    public String getLeader() { return organization.leader() == null ? "none (succession under way)" : "in place"; }
    public int getLieutenants() { return organization.lieutenants().size(); }
    /** Members in real people (person-agents times the model's scale). */
    public double getMembers() { return organization.members(); }
    public double getEnforcers() { return organization.enforcerCount(); }
    public double getArsenalGuns() { return organization.arsenal(); }
    public double getCashUsdMillions() { return organization.cash() / 1e6; }
    public double getDrugRevenueUsdMillionsThisMonth() { return organization.drugRevenue() / 1e6; }
    public double getExtortionUsdMillionsThisMonth() { return organization.extortionRevenue() / 1e6; }
    public double getCohesion() { return organization.cohesion(); }

    public String getPlazasHeld() {
        StringBuilder b = new StringBuilder();
        for (Plaza z : model.plazas()) {
            if (z.controller() == organization) {
                b.append(b.length() == 0 ? "" : ", ").append(z.name());
            }
        }
        return b.length() == 0 ? "none" : b.toString();
    }

    @Override
    public String toString() {
        return organization.name();
    }
}
