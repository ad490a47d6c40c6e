package plaza.agencies;

import plaza.model.World;
import plaza.model.Submodel;
import plaza.model.Phase;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Person;
import plaza.agents.Plaza;
import plaza.agents.Role;
import plaza.agents.Status;
import plaza.model.MonthTally;
import plaza.model.PlazaModel;
import plaza.model.Streams;
import plaza.output.Event;
import plaza.output.Metric;
import plaza.params.MilitaryParameters;
import plaza.params.ParameterValues;

/**
 * Rule: from December 2006 the military deploys troops to the most violent states (at most a
 * dozen), ramping to 12,000 in 2007 and 45,000 from 2009; deployed soldiers suppress fighting
 * locally (and push part of it next door, see Violence), generate human-rights complaints in proportion to troop-months, and
 * desert more often than soldiers in garrison; a share of deserters join organizations as trained
 * enforcers. A withdrawal lever removes troops; police reform replaces part of their capacity.
 * Sources: 000:17 and 004:65 (12,000 and 45,000 troops, a dozen states), 001:482-492 (mixed effects,
 * displacement, complaints sixfold), 004:229 (182 -> 367 complaints), 001:492-501 (20,000
 * desertions a year; the Zetas).
 */
public final class MexicanMilitary {

    private double withdrawnTroops;

    /** Troops the deployment schedule calls for in a month, before any withdrawal. */
    static double scheduled(YearMonth m, ParameterValues p) {
        YearMonth start = YearMonth.of(2006, 12);
        if (m.isBefore(start)) {
            return 0;
        }
        double t07 = p.get(MilitaryParameters.TROOPS_2007);
        double t09 = p.get(MilitaryParameters.TROOPS_2009);
        if (m.getYear() <= 2007) {
            int months = (m.getYear() - 2006) * 12 + m.getMonthValue() - 12 + 1;
            return t07 * Math.min(1, months / 4.0);
        }
        if (m.getYear() == 2008) {
            return t07 + (t09 - t07) * m.getMonthValue() / 12.0;
        }
        return t09;
    }

    /** Troops deployed in a month under the withdrawal lever. */
    public double troopsTarget(YearMonth m, ParameterValues p) {
        double t = scheduled(m, p);
        int year = (int) p.get(MilitaryParameters.WITHDRAWAL_YEAR);
        int since = (m.getYear() - year) * 12 + m.getMonthValue() - 1;
        if (since >= 0) {
            t *= Math.max(0, 1 - (since + 1) / p.get(MilitaryParameters.WITHDRAWAL_MONTHS));
        }
        return t;
    }

    /** Places soldier-agents in the most violent plazas; reformed police take over withdrawn capacity. */
    public void deploy(PlazaModel m) {
        ParameterValues p = m.params();
        double target = troopsTarget(m.month(), p);
        withdrawnTroops = scheduled(m.month(), p) - target;
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
        Deployment.reassign(m, desired, Role.SOLDIER);
        double reformed = withdrawnTroops * p.get(MilitaryParameters.POLICE_REFORM);
        for (Plaza z : plazas) {
            z.setReformedPolice(total > 0 ? reformed * weight[z.index()] / total : 0);
        }
        if (m.month().getMonthValue() == 1 && target > 0 && m.recording()) {
            m.event(Event.EventType.TROOPS_DEPLOYED, "", "", Math.round(target) + " troops in " + Math.min(maxStates, countPositive(desired)) + " states");
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

    /** Garrison and deployed desertions, deserters for hire, and complaints of abuses. */
    public void desertionsAndComplaints(PlazaModel m) {
        ParameterValues p = m.params();
        MersenneTwisterFast r = m.stream(Streams.Name.MILITARY);
        double monthly = p.get(MilitaryParameters.DESERTION_HAZARD) / 12;
        double deployedHazard = monthly * p.get(MilitaryParameters.DEPLOYED_DESERTION_MULTIPLIER);
        double deployed = 0;
        double deserted = 0;
        double troopMonths = 0;
        for (Plaza z : m.plazas()) {
            List<Person> soldiers = z.soldiers();
            for (Person s : Streams.removeSelected(soldiers, Streams.select(soldiers.size(), deployedHazard, r))) {
                s.setStatus(Status.DESERTED);
                deserted += s.weight();
            }
            double troops = z.troops();
            deployed += troops;
            troopMonths += troops;
        }
        double garrison = Math.max(0, p.get(MilitaryParameters.FORCE_SIZE) - deployed);
        deserted += Streams.poisson(garrison * monthly, r);
        m.world().addDeserters(deserted * p.get(MilitaryParameters.DESERTER_RECRUIT_SHARE));
        double complaints = Streams.poisson(p.get(MilitaryParameters.COMPLAINTS_BASE) / 12
                + p.get(MilitaryParameters.COMPLAINTS_PER_TROOP) * troopMonths / 1000, r);
        MonthTally t = m.tally();
        t.add(Metric.DESERTIONS, deserted);
        t.add(Metric.HUMAN_RIGHTS_COMPLAINTS, complaints);
    }


    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel deployment() {
        return new Submodel("military-deployment", Phase.INSTITUTIONS,
                "Troops go to the most violent states (at most a dozen) on the deployment schedule; reformed police replace withdrawn troops.",
                List.of("plaza.homicidesTrailing12", "lever:military.*"),
                List.of("plaza.soldiers", "plaza.reformedPolice", "event:TROOPS_DEPLOYED"),
                this::deploy);
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel desertions() {
        return new Submodel("desertions", Phase.ENFORCEMENT,
                "Deployed and garrison soldiers desert; a share of deserters becomes available to organizations; troop-months generate complaints.",
                List.of("plaza.soldiers"),
                List.of("plaza.soldiers", World.DESERTER_POOL, "output:desertions", "output:human_rights_complaints"),
                this::desertionsAndComplaints);
    }
}
