package plaza.agencies;

import plaza.model.World;
import plaza.model.Submodel;
import plaza.model.Phase;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Person;
import plaza.agents.Plaza;
import plaza.agents.Role;
import plaza.agents.TraffickingOrganization;
import plaza.mechanisms.Presence;
import plaza.model.PlazaModel;
import plaza.model.Streams;
import plaza.output.Metric;
import plaza.params.JusticeParameters;
import plaza.params.ParameterValues;

/**
 * Rule: federal police officers, as many as the budget pays for after troops, are spread over the
 * states by population and violence; each month each officer is on a payroll with the local
 * corruption probability; police arrest members for reported crimes that investigators solve
 * (reactive) and in operations whose success is the plaza's enforcement effectiveness (proactive).
 * Sources: 004:65 (thousands of federal police), 001:524-536 (corruption), 001:538-548 (impunity
 * pipeline), 000:17 (joint operations lead to arrests).
 *
 * <pre>
 * reactive arrests_z  = crimes_z(last month) x reporting_z x identification_z
 * proactive arrests_z = members_z x proactive rate / 12 x effectiveness_z
 * </pre>
 */
public final class FederalPolice {

    private static final double REDRAW_PER_MONTH = 0.1;

    /** Places officer-agents and draws each officer's payroll status. */
    public void deploy(PlazaModel m) {
        int agents = (int) Math.round(m.registry().budgets().policeOfficers() / m.scale());
        List<Plaza> plazas = m.plazas();
        double[] weight = new double[plazas.size()];
        double total = 0;
        for (Plaza z : plazas) {
            weight[z.index()] = z.population() * (1 + z.homicideRate() / 20);
            total += weight[z.index()];
        }
        Deployment.reassign(m, Deployment.apportion(weight, total, agents), Role.POLICE);
        MersenneTwisterFast r = m.stream(Streams.Name.POLICE);
        // an officer's payroll status is sticky: each month a share of officers is re-drawn at the
        // plaza's corruption level (new officers always are), so status follows corruption with a lag
        for (Plaza z : plazas) {
            List<Person> officers = z.police();
            for (int i : Streams.select(officers.size(), REDRAW_PER_MONTH, r)) {
                officers.get(i).drawCorruption(z.corruption(), r);
            }
            z.recountCorruptOfficers();
        }
    }

    /** Arrests members for last month's solved crimes and in operations; sends them to court. */
    public void arrests(PlazaModel m) {
        ParameterValues p = m.params();
        MersenneTwisterFast r = m.stream(Streams.Name.POLICE);
        List<TraffickingOrganization> orgs = m.organizations();
        List<Plaza> plazas = m.plazas();
        double[][] share = Presence.shares(orgs, plazas);
        double proactive = p.get(JusticeParameters.PROACTIVE_ARREST_RATE) / 12;
        double total = 0;
        for (int k = 0; k < orgs.size(); k++) {
            TraffickingOrganization o = orgs.get(k);
            double members = o.members();
            double expected = 0;
            for (Plaza z : plazas) {
                double s = share[k][z.index()];
                if (s <= 0) {
                    continue;
                }
                double here = members * s;
                double local = 0;
                for (int j = 0; j < orgs.size(); j++) {
                    local += orgs.get(j).members() * share[j][z.index()];
                }
                double crimes = m.world().crimesLastMonth(z.index());
                double reactive = crimes * m.registry().institutions().reportingRate(z, p) * m.registry().institutions().identificationRate(z, p);
                expected += (local > 0 ? reactive * here / local : 0)
                        + here * proactive * m.registry().institutions().effectiveness(z);
            }
            double arrested = Streams.poisson(expected, r);
            total += arrested;
            double enforcerShare = members > 0 ? o.enforcerCount() / members : 0;
            int agents = Streams.stochasticRound(arrested / m.scale(), r);
            for (int a = 0; a < agents; a++) {
                Person person = o.removeRandom(r.nextDouble() < enforcerShare ? Role.ENFORCER : Role.TRAFFICKER, r);
                if (person == null) {
                    person = o.removeRandom(Role.TRAFFICKER, r);
                }
                if (person == null) {
                    break;
                }
                m.registry().courts().charge(person);
            }
        }
        m.tally().add(Metric.ARRESTS, total);
        m.world().addArrests(total);
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel deployment() {
        return new Submodel("police-deployment", Phase.INSTITUTIONS,
                "Officers the budget pays for are spread by population and violence; each officer's payroll status is redrawn at the local corruption level.",
                List.of("budgets.policeOfficers", "plaza.homicideRate", "plaza.corruption"),
                List.of("plaza.police", "plaza.corruptOfficers"),
                this::deploy);
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel arrestsSubmodel() {
        return new Submodel("arrests", Phase.ENFORCEMENT,
                "Police arrest members for last month's solved crimes and in operations whose success is the plaza's effectiveness.",
                List.of(World.CRIMES_LAST_MONTH, "institutions.effectiveness", "institutions.reportingRate", "organization.members"),
                List.of("organization.members", "courts.awaiting", World.ARRESTS_THIS_MONTH, "output:arrests"),
                this::arrests);
    }
}
