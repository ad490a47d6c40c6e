package plaza.enforcement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Person;
import plaza.agents.Role;
import plaza.agents.Status;
import plaza.agents.TraffickingOrganization;
import plaza.core.Channel;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.core.Submodel;
import plaza.output.Event;
import plaza.output.Metric;
import plaza.params.IntelligenceParameters;
import plaza.params.JusticeParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;

/**
 * Submodel "extradition process" (M18): an arrested member wanted in the U.S. becomes a request
 * that waits in a backlog; the treaty process completes, each month, a Poisson number of requests
 * with mean capacity x cooperation / 12, leaders and lieutenants first; requests of people who
 * leave custody (acquitted, released, escaped) lapse. An imprisoned leader or lieutenant keeps a
 * share of their hold on the organization through corruption until extradited: at arrest the
 * organization keeps that share of the cohesion the loss would cost, and loses it when the
 * person is sent to the U.S. (so a batch transfer such as February 2025's 29 shakes the
 * organizations whose heads it takes). Sources: 000:9-15 (63 and 83 extraditions, leaders among
 * them), 002:64-66 (the treaty process and cooperation), 003:1-11 (the batch of 29, leaders
 * of powerful organizations), 001:546-548 (prisons).
 */
public final class Extraditions implements java.io.Serializable {

    private final Cooperation cooperation;
    private final Courts courts;
    private final List<Person> wantedLeaders = new ArrayList<>();
    private double backlog = Double.NaN;

    public Extraditions(Cooperation cooperation, Courts courts) {
        this.cooperation = cooperation;
        this.courts = courts;
    }

    /**
     * An arrested leader or lieutenant enters custody: their organization keeps part of their hold
     * (cohesion) while they are held in Mexico; a request is filed for them with probability
     * leader multiplier x request rate.
     */
    public void custody(Person person, TraffickingOrganization o, Sim m, MersenneTwisterFast r) {
        o.setCohesion(o.cohesion() + control(person, m));
        courts.charge(person);
        double wanted = m.p(IntelligenceParameters.LEADER_EXTRADITION) * m.p(IntelligenceParameters.EXTRADITION_RATE);
        if (r.nextDouble() < wanted) {
            wantedLeaders.add(person);
        }
    }

    /** Cohesion a person's organization keeps while they are held (and loses when they are sent). */
    private static double control(Person person, Sim m) {
        double loss = person.role() == Role.LEADER ? m.p(OrganizationParameters.COHESION_LOSS) : DrugIntelligence.LIEUTENANT_COHESION_LOSS;
        return m.p(IntelligenceParameters.PRISON_CONTROL) * loss;
    }

    /** Monthly: new requests from the month's arrests, the treaty process's throughput, the batch. */
    public void month(Sim m) {
        ParameterValues p = m.params();
        MersenneTwisterFast r = m.stream("extraditions");
        double capacity = p.get(IntelligenceParameters.TREATY_CAPACITY) / 12;
        if (Double.isNaN(backlog)) {
            backlog = 12 * capacity;   // requests pending when the run starts: one year's throughput (assumed)
        }
        wantedLeaders.removeIf(x -> x.status() != Status.ARRESTED && x.status() != Status.CONVICTED);
        backlog += m.world().channels().arrestsThisMonth() * p.get(IntelligenceParameters.EXTRADITION_RATE);
        // requests of people who leave custody lapse: custody lasts about the pipeline plus the sentence
        backlog *= 1 - 1 / (p.get(JusticeParameters.PIPELINE_MONTHS) + p.get(JusticeParameters.SENTENCE_MONTHS));
        double throughput = Streams.poisson(capacity * cooperation.index(m), r);
        double sent = send(throughput, m);
        YearMonth now = m.month();
        if (now.getYear() == (int) p.get(IntelligenceParameters.BATCH_YEAR) && now.getMonthValue() == 2) {
            int size = (int) p.get(IntelligenceParameters.BATCH_SIZE);
            if (size > 0) {
                // the imprisoned heads of organizations first (003:1-11), then waiting requests
                double batch = courts.extraditeLeaders(size, this, m);
                batch += send(size - batch, m);
                sent += batch;
                m.event(Event.EventType.EXTRADITION_BATCH, "", "", Math.round(batch) + " prisoners transferred");
            }
        }
        m.tally().add(Metric.EXTRADITIONS, sent);
        m.tally().add(Metric.EXTRADITION_BACKLOG, backlog + wantedLeaders.size());
        m.tally().add(Metric.IMPRISONED_LEADERS, courts.heldLeaders());
    }

    /** Sends up to n requests: wanted leaders and lieutenants first (oldest first), then members. */
    private double send(double n, Sim m) {
        double sent = 0;
        while (sent < n && !wantedLeaders.isEmpty()) {
            extradite(wantedLeaders.remove(0), m);
            sent++;
        }
        double members = Math.min(backlog, n - sent);
        backlog -= members;
        return sent + members;
    }

    /** A person in custody is sent to the U.S.: out of the courts, and their organization loses its imprisoned head's hold. */
    void extradite(Person person, Sim m) {
        wantedLeaders.remove(person);
        courts.release(person);
        person.setStatus(Status.EXTRADITED);
        TraffickingOrganization o = person.organization();
        if (o != null && o.alive()) {
            o.setCohesion(o.cohesion() - control(person, m));
            if (person.role() == Role.LEADER) {
                String base = m.plazas().get(person.plaza()).code();
                m.world().event(Event.EventType.LEADER_EXTRADITED, o.name(), base, "leader, from custody", base);
            }
        }
    }

    /** Requests waiting (members and named individuals). */
    public double backlog() {
        return (Double.isNaN(backlog) ? 0 : backlog) + wantedLeaders.size();
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("extraditions", Phase.ENFORCEMENT,
                "Requests for arrested members wanted in the U.S. wait in a backlog; the treaty process completes capacity x cooperation a year, leaders first; an extradited leader's organization loses the hold kept from prison.",
                List.of(Channel.ARRESTS_THIS_MONTH, "cooperation.index", "courts.prisoners", IntelligenceParameters.BATCH_SIZE, IntelligenceParameters.BATCH_YEAR,
                        IntelligenceParameters.EXTRADITION_RATE, IntelligenceParameters.PRISON_CONTROL, IntelligenceParameters.TREATY_CAPACITY, JusticeParameters.PIPELINE_MONTHS,
                        JusticeParameters.SENTENCE_MONTHS, OrganizationParameters.COHESION_LOSS),
                List.of("extraditions.backlog", "courts.prisoners", "organization.cohesion", Metric.EXTRADITIONS, Metric.EXTRADITION_BACKLOG, Metric.IMPRISONED_LEADERS),
                this::month);
    }
}
