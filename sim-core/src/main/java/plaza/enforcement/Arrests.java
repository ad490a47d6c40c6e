package plaza.enforcement;

import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Person;
import plaza.agents.Plaza;
import plaza.agents.Presence;
import plaza.agents.Role;
import plaza.agents.TraffickingOrganization;
import plaza.core.Channel;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.core.Submodel;
import plaza.institutions.Institutions;
import plaza.institutions.JusticeCapacity;
import plaza.output.Metric;
import plaza.params.JusticeParameters;
import plaza.params.ParameterValues;

/**
 * Rule: police arrest members for reported crimes that investigators solve (reactive) and in
 * operations whose success is the plaza's enforcement effectiveness (proactive), and send them to
 * court. Sources: 001:538-548 (impunity pipeline), 000:17 (joint operations lead to arrests).
 *
 * <pre>
 * reactive arrests_z  = crimes_z(last month) x reporting_z x identification_z
 * proactive arrests_z = members_z x proactive rate / 12 x effectiveness_z
 * arrests             = demand bounded by police and prosecutor capacity (JusticeCapacity)
 * arrests in a month  &lt;= crimes last month (all plazas)
 * </pre>
 * Capacity: 001:538-543, 004:91 (inadequate resources and weak judicial systems).
 */
public final class Arrests implements java.io.Serializable {

    private final Institutions institutions;
    private final Courts courts;
    private final JusticeCapacity capacity;

    public Arrests(Institutions institutions, Courts courts, JusticeCapacity capacity) {
        this.institutions = institutions;
        this.courts = courts;
        this.capacity = capacity;
    }

    /** Arrests members for last month's solved crimes and in operations; sends them to court. */
    public void arrests(Sim m) {
        ParameterValues p = m.params();
        MersenneTwisterFast r = m.stream("arrests");
        List<TraffickingOrganization> orgs = m.organizations();
        double[][] share = Presence.shares(orgs, m.plazas());
        double proactive = p.get(JusticeParameters.PROACTIVE_ARREST_RATE) / 12;
        double total = 0;
        // every arrest is for a crime: arrests in a month never exceed last month's crimes
        double crimesLeft = m.world().channels().totalCrimesLastMonth();
        double[] demand = new double[orgs.size()];
        double[] local = local(orgs, share, m.plazas().size());
        double totalDemand = 0;
        for (int k = 0; k < orgs.size(); k++) {
            demand[k] = demand(orgs.get(k).members(), share[k], local, m, proactive);
            totalDemand += demand[k];
        }
        double cap = capacity.arrestCapacity();
        double processed = JusticeCapacity.bounded(totalDemand, cap, p.get(JusticeParameters.CAPACITY_SHAPE));
        double factor = totalDemand > 0 ? processed / totalDemand : 0;
        for (int k = 0; k < orgs.size(); k++) {
            TraffickingOrganization o = orgs.get(k);
            double members = o.members();
            double expected = demand[k] * factor;
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
                courts.charge(person);
            }
        }
        m.tally().add(Metric.ARRESTS, total);
        m.tally().add(Metric.ARREST_CAPACITY_USE, cap > 0 ? totalDemand / cap : 0);
        m.world().channels().addArrests(total);
    }

    /**
     * Members of all organizations in each plaza (by index), found once a month for every
     * organization's demand: the same sum over organizations in list order that each would make.
     */
    private static double[] local(List<TraffickingOrganization> orgs, double[][] share, int plazas) {
        double[] members = new double[orgs.size()];
        for (int j = 0; j < orgs.size(); j++) {
            members[j] = orgs.get(j).members();
        }
        double[] local = new double[plazas];
        for (int z = 0; z < plazas; z++) {
            double sum = 0;
            for (int j = 0; j < orgs.size(); j++) {
                sum += members[j] * share[j][z];
            }
            local[z] = sum;
        }
        return local;
    }

    /** Arrests police would make of an organization's members (its shares by plaza) this month without a capacity bound. */
    private double demand(double members, double[] share, double[] localMembers, Sim m, double proactive) {
        ParameterValues p = m.params();
        double expected = 0;
        for (Plaza z : m.plazas()) {
            double s = share[z.index()];
            if (s <= 0) {
                continue;
            }
            double here = members * s;
            double local = localMembers[z.index()];
            double crimes = m.world().channels().crimesLastMonth(z.index());
            double reactive = crimes * institutions.reportingRate(z, p) * institutions.identificationRate(z, p);
            expected += (local > 0 ? reactive * here / local : 0)
                    + here * proactive * institutions.effectiveness(z);
        }
        return expected;
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("arrests", Phase.ENFORCEMENT,
                "Police arrest members for last month's solved crimes and in operations whose success is the plaza's effectiveness, as many as police and prosecutor capacity can process.",
                List.of(Channel.CRIMES_BY_PLAZA, "institutions.effectiveness", "institutions.reportingRate", "organization.members", "justice.arrestCapacity",
                        JusticeParameters.CAPACITY_SHAPE, JusticeParameters.IDENTIFICATION_RATE, JusticeParameters.INFORMANT_ELASTICITY, JusticeParameters.PROACTIVE_ARREST_RATE,
                        JusticeParameters.REPORTING_RATE),
                List.of("organization.members", "courts.awaiting", Channel.ARRESTS_THIS_MONTH, Metric.ARRESTS, Metric.ARREST_CAPACITY_USE),
                this::arrests);
    }
}
