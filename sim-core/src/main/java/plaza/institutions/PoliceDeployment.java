package plaza.institutions;

import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Plaza;
import plaza.agents.Role;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.core.Submodel;
import plaza.funding.SecurityBudgets;

/**
 * Rule: federal police officers, as many as the budget pays for after troops, are spread over the
 * states by population and violence; each month a share of officers is redrawn onto or off a
 * payroll at the local corruption level. Sources: 004:65 (thousands of federal police),
 * 001:524-536 (corruption).
 */
public final class PoliceDeployment implements java.io.Serializable {

    private static final double REDRAW_PER_MONTH = 0.1;

    private final SecurityBudgets budgets;

    public PoliceDeployment(SecurityBudgets budgets) {
        this.budgets = budgets;
    }

    /** Places officer-agents and draws each officer's payroll status. */
    public void deploy(Sim m) {
        int agents = (int) Math.round(budgets.policeOfficers() / m.scale());
        List<Plaza> plazas = m.plazas();
        double[] weight = new double[plazas.size()];
        double total = 0;
        for (Plaza z : plazas) {
            weight[z.index()] = z.population() * (1 + z.homicideRate() / 20);
            total += weight[z.index()];
        }
        Deployment.reassign(m, Deployment.apportion(weight, total, agents), Role.POLICE);
        MersenneTwisterFast r = m.stream("police-deployment");
        // an officer's payroll status is sticky: each month a share of officers is re-drawn at the
        // plaza's corruption level (new officers always are), so status follows corruption with a lag
        for (Plaza z : plazas) {
            for (int i : Streams.select(z.count(Role.POLICE), REDRAW_PER_MONTH, r)) {
                z.redrawCorruption(i, r);
            }
            z.recountCorruptOfficers();
        }
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("police-deployment", Phase.INSTITUTIONS,
                "Officers the budget pays for are spread by population and violence; each officer's payroll status is redrawn at the local corruption level.",
                List.of("budgets.policeOfficers", "plaza.homicideRate", "plaza.corruption"),
                List.of("plaza.police", "plaza.corruptOfficers"),
                this::deploy);
    }
}
