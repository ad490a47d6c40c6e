package plaza.agencies;

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

    private double[] crimesLastMonth;

    /** Places officer-agents and draws each officer's payroll status. */
    public void deploy(PlazaModel m) {
        int agents = (int) Math.round(m.budgets().policeOfficers() / m.scale());
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

    /** Crimes counted in each plaza this month, for next month's reactive arrests. */
    public void recordCrimes(double[] crimes) {
        crimesLastMonth = crimes.clone();
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
        // every arrest is for a crime: arrests in a month never exceed last month's crimes (before the
        // first month is recorded, crimes committed before the start are not counted and do not limit)
        double crimesLeft = Double.POSITIVE_INFINITY;
        if (crimesLastMonth != null) {
            crimesLeft = 0;
            for (double c : crimesLastMonth) {
                crimesLeft += c;
            }
        }
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
                double crimes = crimesLastMonth == null ? 0 : crimesLastMonth[z.index()];
                double reactive = crimes * m.institutions().reportingRate(z, p) * m.institutions().identificationRate(z, p);
                expected += (local > 0 ? reactive * here / local : 0)
                        + here * proactive * m.institutions().effectiveness(z);
            }
            double arrested = Math.min(Streams.poisson(expected, r), crimesLeft);
            total += arrested;
            double enforcerShare = members > 0 ? o.enforcerCount() / members : 0;
            int agents = (int) Math.min(Streams.stochasticRound(arrested / m.scale(), r), Math.floor(crimesLeft / m.scale()));
            crimesLeft -= Math.max(arrested, agents * m.scale());
            for (int a = 0; a < agents; a++) {
                Person person = o.removeRandom(r.nextDouble() < enforcerShare ? Role.ENFORCER : Role.TRAFFICKER, r);
                if (person == null) {
                    person = o.removeRandom(Role.TRAFFICKER, r);
                }
                if (person == null) {
                    break;
                }
                m.courts().charge(person);
            }
        }
        m.tally().add(Metric.ARRESTS, total);
    }
}
