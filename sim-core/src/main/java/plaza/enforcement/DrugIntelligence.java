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
import plaza.core.Streams;
import plaza.core.Submodel;
import plaza.core.World;
import plaza.finance.FinancialIntelligence;
import plaza.finance.FirearmsAgency;
import plaza.institutions.Institutions;
import plaza.output.Event;
import plaza.output.Metric;
import plaza.params.IntelligenceParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;

/**
 * Rule: drug intelligence hunts leaders and lieutenants with a monthly hazard proportional to the
 * kingpin-strategy intensity, to enforcement effectiveness where the organization operates (leaks
 * make it miss) and to the organization's share of all members (capacity goes to the largest); a removed leader is killed or arrested, and arrested leaders are extradited
 * with a probability that rises with bilateral cooperation, which stepped up in December 2006; a
 * small share of all arrested members are wanted in the U.S. and extradited; U.S. action on guns and
 * money raises cooperation (reciprocity, 001:608-611). Sources: 000:9-15 (63
 * and 83 extraditions, the December 2006 breakthrough), 001:463-469 (kingpin strategy),
 * 002:64-66 (cooperation drives extraditions), 003:1-11 (a batch of 29 in February 2025).
 */
public final class DrugIntelligence {


    private final FirearmsAgency firearms;
    private final FinancialIntelligence financialIntelligence;
    private final Succession succession;
    private final Courts courts;
    private final Institutions institutions;

    public DrugIntelligence(FirearmsAgency firearms, FinancialIntelligence financialIntelligence, Succession succession, Courts courts, Institutions institutions) {
        this.firearms = firearms;
        this.financialIntelligence = financialIntelligence;
        this.succession = succession;
        this.courts = courts;
        this.institutions = institutions;
    }

    /**
     * Bilateral cooperation index (2007 = 1): a step at the December 2006 breakthrough, raised by U.S.
     * reciprocity on guns and money (full gun controls and a tripled anti-money-laundering effort
     * count as full action).
     */
    public double cooperation(Sim m) {
        double base = m.crackdown() ? 1 : m.p(IntelligenceParameters.COOPERATION_2006)
                * m.p(plaza.params.HistoryParameters.COOPERATION_1995_2000); // 1995-2000 record, 002:64-66
        double guns = firearms.control(m);
        double money = Math.max(0, Math.min(1, (financialIntelligence.intensity(m) - 1) / 2));
        return base * (1 + m.p(IntelligenceParameters.RECIPROCITY) * (guns + money) / 2);
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
        double cooperation = cooperation(m);
        double removed = 0;
        double extradited = 0;
        // Intelligence capacity is finite: it covers as many targets as there were organizations
        // at the start, spread over today's organizations by size (the largest are the priority
        // targets), so fragmentation does not multiply the number of leaders hunted.
        double totalMembers = 0;
        for (TraffickingOrganization o : m.organizations()) {
            totalMembers += o.members();
        }
        double targets = p.get(OrganizationParameters.INITIAL_ORGANIZATIONS);
        for (TraffickingOrganization o : new ArrayList<>(m.organizations())) {
            if (!o.alive()) {
                continue;
            }
            double focus = totalMembers > 0 ? Math.min(1.5, targets * o.members() / totalMembers) : 0;
            double hazard = Math.min(0.5, base * reach(o, m) * focus);
            for (Person lt : new ArrayList<>(o.lieutenants())) {
                if (r.nextDouble() < hazard * lieutenantRatio) {
                    o.removeLieutenant(lt);
                    removed++;
                    extradited += removeIndividual(lt, o, m, r, cooperation);
                    o.setCohesion(o.cohesion() - 0.05);
                }
            }
            if (o.leader() != null && r.nextDouble() < hazard) {
                Person leader = o.leader();
                o.setLeader(null);
                removed++;
                extradited += removeIndividual(leader, o, m, r, cooperation);
                succession.onLeaderLoss(o, m);
            }
            int wanted = (int) p.get(OrganizationParameters.LIEUTENANTS);
            if (o.alive() && o.lieutenants().size() < wanted && !o.traffickers().isEmpty()) {
                o.addMember(new Person(m.nextPersonId(), Role.LIEUTENANT, o, Presence.home(o, m.plazas()), false, 1));
            }
        }
        double arrests = m.world().arrestsThisMonth();
        extradited += Streams.poisson(arrests * p.get(IntelligenceParameters.EXTRADITION_RATE) * cooperation, r);
        YearMonth now = m.month();
        if (now.getYear() == (int) p.get(IntelligenceParameters.BATCH_YEAR) && now.getMonthValue() == 2) {
            int size = (int) p.get(IntelligenceParameters.BATCH_SIZE);
            if (size > 0) {
                courts.extraditePrisoners(size);
                extradited += size;
                m.event(Event.EventType.EXTRADITION_BATCH, "", "", size + " prisoners transferred");
            }
        }
        m.tally().add(Metric.LEADERS_REMOVED, removed);
        m.tally().add(Metric.EXTRADITIONS, extradited);
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

    /** Kills or arrests a leader or lieutenant; returns 1 if extradited. */
    private int removeIndividual(Person person, TraffickingOrganization o, Sim m, MersenneTwisterFast r,
                                 double cooperation) {
        ParameterValues p = m.params();
        String role = person.role() == Role.LEADER ? "leader" : "lieutenant";
        if (r.nextDouble() < p.get(IntelligenceParameters.KILLED_SHARE)) {
            person.setStatus(Status.DEAD);
            if (person.role() == Role.LEADER) {
                m.event(Event.EventType.LEADER_KILLED, o.name(), "", role);
            }
            return 0;
        }
        double pExtradite = Math.min(1, p.get(IntelligenceParameters.LEADER_EXTRADITION)
                * p.get(IntelligenceParameters.EXTRADITION_RATE) * cooperation);
        if (r.nextDouble() < pExtradite) {
            person.setStatus(Status.EXTRADITED);
            if (person.role() == Role.LEADER) {
                m.event(Event.EventType.LEADER_EXTRADITED, o.name(), "", role);
            }
            return 1;
        }
        if (person.role() == Role.LEADER) {
            m.event(Event.EventType.LEADER_ARRESTED, o.name(), "", role);
        }
        courts.charge(person);
        return 0;
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("leader-removal", Phase.ENFORCEMENT,
                "Leaders and lieutenants are hunted in proportion to intensity, reach and size; a fallen leader triggers succession and perhaps a split; arrests are extradited with cooperation.",
                List.of(World.ARRESTS_THIS_MONTH, "institutions.effectiveness", "organization.members", "lever:intel.*", "lever:history.cooperation_1995_2000", "lever:history.leader_targeting_1995_2000"),
                List.of("organization.leadership", "organization.cohesion", "organizations (splits)", "courts.awaiting", "output:leaders_removed", "output:extraditions", "output:splits"),
                this::month);
    }
}
