package plaza.enforcement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Person;
import plaza.agents.Plaza;
import plaza.agents.Presence;
import plaza.agents.Role;
import plaza.agents.Status;
import plaza.agents.TraffickingOrganization;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.institutions.Institutions;
import plaza.output.Event;
import plaza.output.Metric;
import plaza.params.HistoryParameters;
import plaza.params.IntelligenceParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.params.ViolenceParameters;
import plaza.trafficking.BorderAgency;

/**
 * Rule: drug intelligence hunts leaders and lieutenants with a monthly hazard proportional to the
 * kingpin-strategy intensity, to enforcement effectiveness where the organization operates (leaks
 * make it miss), to the organization's share of all members (capacity goes to the largest) and to
 * shared intelligence (cooperation^e); a removed leader is killed or arrested, and an arrested
 * leader goes into custody, where the extradition process ({@link Extraditions}) takes it from
 * there. Events name the plaza of the operation (a plaza the organization holds, drawn by
 * effectiveness) and the plaza where the leader was based. Sources: 000:9-15 (the December 2006
 * breakthrough), 000:17 (shared information, joint investigations), 001:463-469 (kingpin
 * strategy), 004:233 (intelligence capacity).
 */
public final class DrugIntelligence implements java.io.Serializable {


    private final Succession succession;
    private final Extraditions extraditions;
    private final Cooperation cooperationIndex;
    private final Institutions institutions;

    /** Cohesion an organization loses when a lieutenant is removed. */
    static final double LIEUTENANT_COHESION_LOSS = 0.05;

    public DrugIntelligence(Cooperation cooperation, Succession succession, Extraditions extraditions, Institutions institutions) {
        this.cooperationIndex = cooperation;
        this.succession = succession;
        this.extraditions = extraditions;
        this.institutions = institutions;
    }

    /** Bilateral cooperation index this month (2007 = 1; see {@link Cooperation}). */
    public double cooperation(Sim m) {
        return cooperationIndex.index(m);
    }

    /** Kingpin-strategy intensity in force: it ramps up from December 2006 over the ramp months. */
    public double intensity(Sim m) {
        double before = m.p(IntelligenceParameters.PRE_CRACKDOWN_INTENSITY);
        if (!m.crackdown()) {
            return before * m.p(plaza.params.HistoryParameters.TARGETING_1995_2000); // 1995-2000 record, 002:58
        }
        YearMonth now = m.month();
        int months = (now.getYear() - 2006) * 12 + now.getMonthValue() - 12 + 1;
        double ramp = Math.min(1, months / m.p(IntelligenceParameters.CRACKDOWN_RAMP));
        double level = m.params().at(IntelligenceParameters.KINGPIN_INTENSITY, now);
        return before + (level - before) * ramp;
    }

    public void month(Sim m) {
        ParameterValues p = m.params();
        MersenneTwisterFast r = m.stream("leader-removal");
        double base = p.get(IntelligenceParameters.LEADER_REMOVAL) / 12 * intensity(m);
        double lieutenantRatio = p.get(IntelligenceParameters.LIEUTENANT_RATIO);
        double shared = Math.pow(cooperation(m), p.get(IntelligenceParameters.COOPERATION_INTEL));
        double removed = 0;
        // Intelligence capacity is finite: it covers as many targets as there were organizations
        // at the start, spread over today's organizations by size (the largest are the priority
        // targets), so fragmentation does not multiply the number of leaders hunted.
        double totalMembers = 0;
        for (TraffickingOrganization o : m.organizations()) {
            totalMembers += o.members();
        }
        double targets = p.get(OrganizationParameters.INITIAL_ORGANIZATIONS) * p.get(IntelligenceParameters.INTEL_CAPACITY);
        for (TraffickingOrganization o : new ArrayList<>(m.organizations())) {
            if (!o.alive()) {
                continue;
            }
            double focus = totalMembers > 0 ? Math.min(1.5, targets * o.members() / totalMembers) : 0;
            double hazard = Math.min(0.5, base * reach(o, m) * focus * shared);
            for (Person lt : new ArrayList<>(o.lieutenants())) {
                if (r.nextDouble() < hazard * lieutenantRatio) {
                    o.removeLieutenant(lt);
                    removed++;
                    removeIndividual(lt, o, m, r);
                    o.setCohesion(o.cohesion() - LIEUTENANT_COHESION_LOSS);
                }
            }
            if (o.leader() != null && m.keyed("leader-removal", o.id(), 0) < hazard) {
                Person leader = o.leader();
                o.setLeader(null);
                removed++;
                removeIndividual(leader, o, m, r);
                succession.onLeaderLoss(o, m);
            }
            int wanted = (int) p.get(OrganizationParameters.LIEUTENANTS);
            if (o.alive() && o.lieutenants().size() < wanted && !o.traffickers().isEmpty()) {
                o.addMember(new Person(m.nextPersonId(), Role.LIEUTENANT, o, Presence.home(o, m.plazas()), false, 1));
            }
        }
        m.tally().add(Metric.LEADERS_REMOVED, removed);
    }

    /** Mean enforcement effectiveness over the plazas the organization holds (1 if none). */
    private double reach(TraffickingOrganization o, Sim m) {
        double sum = 0;
        int n = 0;
        for (Plaza z : m.plazas()) {
            if (z.controller() == o) {
                sum += institutions.effectiveness(z);
                n++;
            }
        }
        return n == 0 ? 1 : sum / n;
    }

    /**
     * Kills or arrests a leader or lieutenant in an operation in one of the plazas the organization
     * holds (drawn by effectiveness; its home if it holds none); the arrested go into custody.
     */
    private void removeIndividual(Person person, TraffickingOrganization o, Sim m, MersenneTwisterFast r) {
        boolean leader = person.role() == Role.LEADER;
        String base = m.plazas().get(person.plaza()).name();
        String where = operationPlaza(o, person, m, r);
        if (r.nextDouble() < m.p(IntelligenceParameters.KILLED_SHARE)) {
            person.setStatus(Status.DEAD);
            if (leader) {
                m.world().event(Event.EventType.LEADER_KILLED, o.name(), where, "leader", base);
            }
            return;
        }
        if (leader) {
            m.world().event(Event.EventType.LEADER_ARRESTED, o.name(), where, "leader", base);
        }
        extraditions.custody(person, o, m, r);
    }

    /** The plaza of an operation against the organization: one it holds, drawn by effectiveness there. */
    private String operationPlaza(TraffickingOrganization o, Person person, Sim m, MersenneTwisterFast r) {
        double total = 0;
        for (Plaza z : m.plazas()) {
            total += z.controller() == o ? institutions.effectiveness(z) : 0;
        }
        double u = r.nextDouble() * total;
        for (Plaza z : m.plazas()) {
            if (z.controller() == o) {
                u -= institutions.effectiveness(z);
                if (u <= 0) {
                    return z.name();
                }
            }
        }
        return m.plazas().get(person.plaza()).name();
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("leader-removal", Phase.ENFORCEMENT,
                "Leaders and lieutenants are hunted in proportion to intensity, reach, size and shared intelligence (cooperation); a fallen leader triggers succession and perhaps a split; the arrested go into custody and may be wanted in the U.S.",
                List.of("institutions.effectiveness", "organization.members", "cooperation.index", BorderAgency.ROUTE_RISK_READS, HistoryParameters.TARGETING_1995_2000,
                        IntelligenceParameters.COOPERATION_INTEL, IntelligenceParameters.CRACKDOWN_RAMP, IntelligenceParameters.EXTRADITION_RATE, IntelligenceParameters.INTEL_CAPACITY,
                        IntelligenceParameters.KILLED_SHARE, IntelligenceParameters.KINGPIN_INTENSITY, IntelligenceParameters.LEADER_EXTRADITION, IntelligenceParameters.LEADER_REMOVAL,
                        IntelligenceParameters.LIEUTENANT_RATIO, IntelligenceParameters.PRE_CRACKDOWN_INTENSITY, IntelligenceParameters.PRISON_CONTROL, OrganizationParameters.COHESION_LOSS,
                        OrganizationParameters.INITIAL_COHESION, OrganizationParameters.INITIAL_ORGANIZATIONS, OrganizationParameters.LIEUTENANTS, OrganizationParameters.SPLIT_PROBABILITY, OrganizationParameters.SPLIT_REGION_SHARE,
                        ViolenceParameters.SUCCESSION_VIOLENCE),
                List.of("organization.leadership", "organization.cohesion", "organizations (splits)", "courts.awaiting", "extraditions.backlog", Metric.LEADERS_REMOVED, Metric.SPLITS),
                this::month);
    }
}
