package plaza.institutions;

import java.util.ArrayList;
import java.util.List;

import plaza.agents.Plaza;
import plaza.agents.Role;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.funding.TroopSchedule;
import plaza.output.Event;
import plaza.params.FlowParameters;
import plaza.params.MilitaryParameters;
import plaza.params.Parameter;
import plaza.params.ParameterValues;

/**
 * Rule: the military deploys the scheduled troops to the most violent states (at most a dozen);
 * deployed soldiers suppress fighting locally (and push part of it next door, see Violence). A
 * withdrawal lever removes troops; police reform replaces part of their capacity. A surge lever
 * (military.surge.&lt;state&gt;) sends troops to one named state on top of the plan (001:418-420).
 * Sources: 000:17 and 004:65 (12,000 and 45,000 troops, a dozen states), 001:482-492 (mixed
 * effects, displacement).
 */
public final class MilitaryDeployment implements java.io.Serializable {

    private double withdrawnTroops;

    /** Places soldier-agents in the most violent plazas; reformed police take over withdrawn capacity. */
    public void deploy(Sim m) {
        ParameterValues p = m.params();
        double target = TroopSchedule.troopsTarget(m.month(), p);
        withdrawnTroops = TroopSchedule.scheduled(m.month(), p) - target;
        int agents = (int) Math.round(target / m.scale());
        List<Plaza> plazas = m.plazas();
        int maxStates = (int) p.get(MilitaryParameters.MAX_STATES);
        double[] weight = new double[plazas.size()];
        List<Plaza> ranked = new ArrayList<>(plazas);
        ranked.sort((a, b) -> {
            int c = Double.compare(b.homicidesTrailing12() + b.value(), a.homicidesTrailing12() + a.value());
            return c != 0 ? c : Integer.compare(a.index(), b.index());
        });
        double total = 0;
        for (int i = 0; i < Math.min(maxStates, ranked.size()); i++) {
            Plaza z = ranked.get(i);
            weight[z.index()] = z.homicidesTrailing12() + z.value();
            total += weight[z.index()];
        }
        int[] desired = Deployment.apportion(weight, total, agents);
        surges(m, desired);
        Deployment.reassign(m, desired, Role.SOLDIER);
        double reformed = withdrawnTroops * p.get(MilitaryParameters.POLICE_REFORM);
        for (Plaza z : plazas) {
            z.setReformedPolice(total > 0 ? reformed * weight[z.index()] / total : 0);
        }
        if (m.month().getMonthValue() == 1 && target > 0 && m.recording()) {
            m.event(Event.EventType.TROOPS_DEPLOYED, "", "", Math.round(target) + " troops in " + Math.min(maxStates, countPositive(desired)) + " states");
        }
    }

    /** The surge lever of each plaza (by index; null where its code is not a state). */
    private Parameter[] surgeLever;

    /** Troops surged into named states (military.surge.&lt;state&gt;) come on top of the plan. */
    private void surges(Sim m, int[] desired) {
        if (surgeLever == null) {
            surgeLever = new Parameter[m.plazas().size()];
            for (Plaza z : m.plazas()) {
                surgeLever[z.index()] = FlowParameters.surge(z.code());
            }
        }
        for (int i = 0; i < desired.length; i++) {
            if (surgeLever[i] != null) {
                desired[i] += (int) Math.round(m.p(surgeLever[i]) / m.scale());
            }
        }
    }

    private static int countPositive(int[] a) {
        int n = 0;
        for (int v : a) {
            if (v > 0) {
                n++;
            }
        }
        return n;
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("military-deployment", Phase.INSTITUTIONS,
                "Troops go to the most violent states (at most a dozen) on the deployment schedule; reformed police replace withdrawn troops.",
                List.of("plaza.homicidesTrailing12", "plaza.stake", FlowParameters.SURGE, MilitaryParameters.MAX_STATES, MilitaryParameters.POLICE_REFORM, MilitaryParameters.TROOPS,
                        MilitaryParameters.WITHDRAWN),
                List.of("plaza.soldiers", "plaza.reformedPolice", "event:TROOPS_DEPLOYED"),
                this::deploy);
    }
}
