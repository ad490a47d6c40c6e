package plaza.enforcement;

import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Person;
import plaza.agents.Plaza;
import plaza.agents.Role;
import plaza.agents.Status;
import plaza.core.MonthTally;
import plaza.core.Channel;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.core.Submodel;
import plaza.output.Metric;
import plaza.params.MilitaryParameters;
import plaza.params.ParameterValues;

/**
 * Rule: deployed soldiers desert more often than soldiers in garrison, and a share of deserters
 * become available to organizations as trained enforcers (the deserter pool); complaints of abuses
 * rise in proportion to troop-months, in the plazas where the troops are (read by institutions next
 * month: they lower trust there). Sources: 001:482-492 (complaints sixfold), 004:229 (182 -> 367
 * complaints), 001:492-501 (20,000 desertions a year; the Zetas).
 */
public final class Desertions implements java.io.Serializable {

    /** Garrison and deployed desertions, deserters for hire, and complaints of abuses. */
    public void desertionsAndComplaints(Sim m) {
        ParameterValues p = m.params();
        MersenneTwisterFast r = m.stream("desertions");
        double monthly = p.get(MilitaryParameters.DESERTION_HAZARD) / 12;
        double deployedHazard = monthly * p.get(MilitaryParameters.DEPLOYED_DESERTION_MULTIPLIER);
        double deployed = 0;
        double deserted = 0;
        double troopMonths = 0;
        double[] troopsIn = new double[m.plazas().size()];
        for (Plaza z : m.plazas()) {
            for (Person s : z.removeSoldiersAt(Streams.select(z.count(Role.SOLDIER), deployedHazard, r))) {
                s.setStatus(Status.DESERTED);
                deserted += s.weight();
            }
            double troops = z.troops();
            troopsIn[z.index()] = troops;
            deployed += troops;
            troopMonths += troops;
        }
        double garrison = Math.max(0, p.get(MilitaryParameters.FORCE_SIZE) - deployed);
        deserted += Streams.poisson(garrison * monthly, r);
        m.world().channels().addDeserters(deserted * p.get(MilitaryParameters.DESERTER_RECRUIT_SHARE));
        double complaints = Streams.poisson(p.get(MilitaryParameters.COMPLAINTS_BASE) / 12
                + p.get(MilitaryParameters.COMPLAINTS_PER_TROOP) * troopMonths / 1000, r);
        // complaints arise where troops are deployed: spread over the plazas by troop-months (M3)
        double[] byPlaza = new double[troopsIn.length];
        for (int i = 0; i < troopsIn.length && troopMonths > 0; i++) {
            byPlaza[i] = complaints * troopsIn[i] / troopMonths;
        }
        m.world().channels().setComplaints(byPlaza);
        MonthTally t = m.tally();
        t.add(Metric.DESERTIONS, deserted);
        t.add(Metric.HUMAN_RIGHTS_COMPLAINTS, complaints);
    }


    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("desertions", Phase.ENFORCEMENT,
                "Deployed and garrison soldiers desert; a share of deserters becomes available to organizations; troop-months generate complaints.",
                List.of("plaza.soldiers", MilitaryParameters.COMPLAINTS_BASE, MilitaryParameters.COMPLAINTS_PER_TROOP, MilitaryParameters.DEPLOYED_DESERTION_MULTIPLIER,
                        MilitaryParameters.DESERTER_RECRUIT_SHARE, MilitaryParameters.DESERTION_HAZARD, MilitaryParameters.FORCE_SIZE),
                List.of("plaza.soldiers", Channel.DESERTER_POOL, Channel.COMPLAINTS_BY_PLAZA, Metric.DESERTIONS, Metric.HUMAN_RIGHTS_COMPLAINTS),
                this::desertionsAndComplaints);
    }
}
