package plaza.institutions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * Rule: the military deploys the scheduled troops to the most violent states (at most a dozen; a
 * state's need is the sum over its plazas of homicides over the last year plus stake), within a state
 * to each plaza by its own need;
 * deployed soldiers suppress fighting locally (and push part of it next door, see Violence). A
 * withdrawal lever removes troops; police reform replaces part of their capacity. A surge lever
 * (military.surge.&lt;state&gt;) sends troops to one named state on top of the plan (001:418-420).
 * Sources: 000:17 and 004:65 (12,000 and 45,000 troops, a dozen states), 001:482-492 (mixed
 * effects, displacement).
 */
public final class MilitaryDeployment implements java.io.Serializable {

    private double withdrawnTroops;

    /** Places soldier-agents in the plazas of the most violent states; reformed police take over withdrawn capacity. */
    public void deploy(Sim m) {
        ParameterValues p = m.params();
        double target = TroopSchedule.troopsTarget(m.month(), p);
        withdrawnTroops = TroopSchedule.scheduled(m.month(), p) - target;
        int agents = (int) Math.round(target / m.scale());
        List<Plaza> plazas = m.plazas();
        int maxStates = (int) p.get(MilitaryParameters.MAX_STATES);
        double[] need = new double[plazas.size()];
        Map<String, Double> byState = new LinkedHashMap<>();
        for (Plaza z : plazas) {
            need[z.index()] = z.homicidesTrailing12() + z.value();
            byState.merge(z.stateCode(), need[z.index()], Double::sum);
        }
        List<String> ranked = new ArrayList<>(byState.keySet());
        ranked.sort((a, b) -> Double.compare(byState.get(b), byState.get(a))); // stable: ties keep state order
        Set<String> chosen = new HashSet<>(ranked.subList(0, Math.min(maxStates, ranked.size())));
        double[] weight = new double[plazas.size()];
        double total = 0;
        for (Plaza z : plazas) {
            if (chosen.contains(z.stateCode())) {
                weight[z.index()] = need[z.index()];
                total += weight[z.index()];
            }
        }
        int[] desired = Deployment.apportion(weight, total, agents);
        surges(m, desired, need, byState);
        Deployment.reassign(m, desired, Role.SOLDIER);
        double reformed = withdrawnTroops * p.get(MilitaryParameters.POLICE_REFORM);
        for (Plaza z : plazas) {
            z.setReformedPolice(total > 0 ? reformed * weight[z.index()] / total : 0);
        }
        if (m.month().getMonthValue() == 1 && target > 0 && m.recording()) {
            Set<String> states = new HashSet<>();
            for (Plaza z : plazas) {
                if (desired[z.index()] > 0) {
                    states.add(z.stateCode());
                }
            }
            m.event(Event.EventType.TROOPS_DEPLOYED, "", "", Math.round(target) + " troops in " + Math.min(maxStates, states.size()) + " states");
        }
    }

    /** The surge lever of each plaza's state (by plaza index; null where its code is not a state). */
    private Parameter[] surgeLever;

    /**
     * Troops surged into a named state (military.surge.&lt;state&gt;) come on top of the plan, spread
     * over the state's plazas in proportion to the same need (homicides over the last year plus stake).
     */
    private void surges(Sim m, int[] desired, double[] need, Map<String, Double> stateNeed) {
        if (surgeLever == null) {
            surgeLever = new Parameter[m.plazas().size()];
            for (Plaza z : m.plazas()) {
                surgeLever[z.index()] = FlowParameters.surge(z.stateCode());
            }
        }
        Map<String, double[]> shares = new LinkedHashMap<>();
        for (Plaza z : m.plazas()) {
            Parameter lever = surgeLever[z.index()];
            if (lever != null && m.p(lever) > 0) {
                shares.computeIfAbsent(z.stateCode(), k -> new double[m.plazas().size()])[z.index()] = need[z.index()];
            }
        }
        for (Map.Entry<String, double[]> e : shares.entrySet()) {
            double surge = m.p(FlowParameters.surge(e.getKey()));
            int[] extra = Deployment.apportion(e.getValue(), stateNeed.get(e.getKey()), (int) Math.round(surge / m.scale()));
            for (int i = 0; i < desired.length; i++) {
                desired[i] += extra[i];
            }
        }
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
