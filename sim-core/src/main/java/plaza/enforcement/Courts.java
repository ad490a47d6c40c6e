package plaza.enforcement;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Person;
import plaza.agents.Status;
import plaza.agents.SwapRemove;
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
 * Rule: an arrested person's case is ready for trial after an exponential time; courts hear as
 * many ready cases a month as their capacity allows, and a ready case without court time waits (the
 * backlog) or, with probability pipeline / pretrial limit each time, is dismissed. A guilty verdict
 * sends the accused to prison, otherwise they go back to their organization (the revolving door).
 * Prisoners leave after their sentence or by escaping, and a share of them go back to the trade
 * through the released pool that recruitment reads. Impunity is the share of crimes that do not
 * end in a sentence over the last twelve months.
 * Sources: 001:538-548 (three-quarters unreported, 1-2 in 100 sentenced, conviction likely once a
 * suspect is found, prisons that breed crime, riots and escapes), 001:550-558 (2008 reforms and
 * their slow rollout), 004:91 (weak judicial systems).
 */
public final class Courts implements java.io.Serializable {

    private final Institutions institutions;
    private final JusticeCapacity capacity;

    public Courts(Institutions institutions, JusticeCapacity capacity) {
        this.institutions = institutions;
        this.capacity = capacity;
    }

    private final List<Person> awaitingVerdict = new ArrayList<>();
    private final List<Person> prisoners = new ArrayList<>();
    /** Leaders and lieutenants in custody (awaiting a verdict or in prison): few, so counted by a loop. */
    private final List<Person> heldIndividuals = new ArrayList<>();
    private double awaitingWeight;
    private double prisonerWeight;
    private final double[] convictionsHistory = new double[12];
    private final double[] crimesHistory = new double[12];
    private double convictions12;
    private double crimes12;
    private double impunityRate = 1;

    /** An arrested person enters the court pipeline. */
    public void charge(Person p) {
        p.setStatus(Status.ARRESTED);
        awaitingVerdict.add(p);
        awaitingWeight += p.weight();
        if (p.individual()) {
            heldIndividuals.add(p);
        }
    }

    /** Verdicts for the ready cases courts can hear this month; dismissals; releases from prison. */
    public void verdicts(Sim m) {
        ParameterValues p = m.params();
        MersenneTwisterFast r = m.stream("verdicts");
        double pipeline = p.get(JusticeParameters.PIPELINE_MONTHS);
        double dismissal = Math.min(1, pipeline / p.get(JusticeParameters.PRETRIAL_LIMIT));
        double conviction = institutions.convictionRate(p);
        double room = capacity.verdictCapacity();
        double convicted = 0;
        double dismissed = 0;
        int[] ready = Streams.select(awaitingVerdict.size(), 1 / pipeline, r);
        int heard = 0;
        while (heard < ready.length && room > 0) {
            double w = awaitingVerdict.get(ready[heard]).weight();
            if (w > room && r.nextDouble() >= room / w) {
                break;
            }
            room -= w;
            heard++;
        }
        int[] unheard = java.util.Arrays.copyOfRange(ready, heard, ready.length);
        int[] dismissedAt = Streams.select(unheard.length, dismissal, r);
        int[] leaving = new int[heard + dismissedAt.length];
        System.arraycopy(ready, 0, leaving, 0, heard);
        for (int i = 0; i < dismissedAt.length; i++) {
            leaving[heard + i] = unheard[dismissedAt[i]];
        }
        java.util.Arrays.sort(leaving);
        java.util.BitSet toTrial = new java.util.BitSet();
        for (int i = 0; i < heard; i++) {
            toTrial.set(ready[i]);
        }
        List<Person> out = SwapRemove.positions(awaitingVerdict, leaving);
        for (int k = 0; k < out.size(); k++) {
            Person person = out.get(k);
            awaitingWeight -= person.weight();
            // positions come back last first
            if (toTrial.get(leaving[leaving.length - 1 - k]) && r.nextDouble() < conviction) {
                person.setStatus(Status.CONVICTED);
                prisoners.add(person);
                prisonerWeight += person.weight();
                convicted += person.weight();
            } else {
                dismissed += toTrial.get(leaving[leaving.length - 1 - k]) ? 0 : person.weight();
                heldIndividuals.remove(person);
                backToOrganization(person, m);
            }
        }
        double released = releasePrisoners(p, r);
        m.world().channels().addReleased(released * p.get(JusticeParameters.RETURN_SHARE));
        m.tally().add(Metric.CONVICTIONS, convicted);
        m.world().channels().addConvictions(convicted);
        m.tally().add(Metric.CASES_DISMISSED, dismissed);
        m.tally().add(Metric.PRISON_RELEASES, released);
        m.tally().add(Metric.CASES_AWAITING, awaitingWeight);
        m.tally().add(Metric.PRISONERS, prisonerWeight);
    }

    /** Prisoners who served their sentence or escaped leave prison; returns the persons released. */
    private double releasePrisoners(ParameterValues p, MersenneTwisterFast r) {
        double leave = 1 / p.get(JusticeParameters.SENTENCE_MONTHS) + p.get(JusticeParameters.ESCAPE_RATE) / 12;
        double released = 0;
        for (Person person : SwapRemove.positions(prisoners, Streams.select(prisoners.size(), Math.min(1, leave), r))) {
            person.setStatus(Status.RELEASED);
            released += person.weight();
            prisonerWeight -= person.weight();
            if (person.individual()) {
                heldIndividuals.remove(person);
            }
        }
        return released;
    }

    /** Acquitted or dismissed: back to their organization if it still exists, else free. */
    private static void backToOrganization(Person person, Sim m) {
        person.setStatus(Status.RELEASED);
        TraffickingOrganization o = person.organization();
        if (o != null && o.alive() && !person.individual()) {
            person.setStatus(Status.ACTIVE);
            o.addMember(person);
        } else if (!person.individual()) {
            m.world().channels().addReleased(person.weight() * m.p(JusticeParameters.RETURN_SHARE));
        }
    }

    /** Closes the month's impunity window with the month's crimes and convictions (after violence), read from their channels. */
    public void closeImpunityWindow(Sim m) {
        double crimes = m.world().channels().crimesThisMonth();
        double convictions = m.world().channels().convictionsThisMonth();
        int slot = Math.floorMod(m.monthIndex(), 12);
        crimes12 += crimes - crimesHistory[slot];
        convictions12 += convictions - convictionsHistory[slot];
        crimesHistory[slot] = crimes;
        convictionsHistory[slot] = convictions;
        impunityRate = crimes12 > 0 ? Math.max(0, 1 - convictions12 / crimes12) : 1;
    }

    /** Share of crimes over the last twelve months that did not end in a sentence. */
    public double impunityRate() {
        return impunityRate;
    }

    /**
     * A batch transfer: leaders and lieutenants in custody (prison first, then awaiting trial),
     * leaders before lieutenants, sent through the extradition process so their organizations lose
     * their hold. Returns the persons sent, at most n.
     */
    public int extraditeLeaders(int n, Extraditions extraditions, Sim m) {
        List<Person> held = new ArrayList<>();
        for (plaza.agents.Role role : List.of(plaza.agents.Role.LEADER, plaza.agents.Role.LIEUTENANT)) {
            for (Status status : List.of(Status.CONVICTED, Status.ARRESTED)) {
                for (Person x : heldIndividuals) {
                    if (x.role() == role && x.status() == status) {
                        held.add(x);
                    }
                }
            }
        }
        int done = Math.min(n, held.size());
        for (int i = 0; i < done; i++) {
            extraditions.extradite(held.get(i), m);
        }
        return done;
    }

    /** Takes a person out of custody (sent abroad). */
    void release(Person person) {
        if (awaitingVerdict.remove(person)) {
            awaitingWeight -= person.weight();
        } else if (prisoners.remove(person)) {
            prisonerWeight -= person.weight();
        }
        heldIndividuals.remove(person);
    }

    /** Leaders and lieutenants of organizations still in existence held in Mexican custody. */
    public int heldLeaders() {
        int n = 0;
        for (Person x : heldIndividuals) {
            if (x.organization() != null && x.organization().alive()) {
                n++;
            }
        }
        return n;
    }

    public int awaiting() { return awaitingVerdict.size(); }
    public int imprisoned() { return prisoners.size(); }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel verdictsSubmodel() {
        return new Submodel("verdicts", Phase.ENFORCEMENT,
                "Ready cases are heard as court capacity allows, the rest wait or are dismissed; the guilty go to prison, the rest back to their organization; prisoners leave after their sentence or by escaping, a share back to the trade.",
                List.of("courts.awaiting", "institutions.convictionRate", "justice.verdictCapacity", JusticeParameters.CONVICTION_RATE, JusticeParameters.ESCAPE_RATE,
                        JusticeParameters.PIPELINE_MONTHS, JusticeParameters.PRETRIAL_LIMIT, JusticeParameters.REFORM_GAIN, JusticeParameters.RETURN_SHARE,
                        JusticeParameters.SENTENCE_MONTHS),
                List.of("courts.prisoners", "organization.members", Channel.RELEASED_POOL, Metric.CONVICTIONS, Metric.CASES_AWAITING, Metric.PRISONERS, Channel.CONVICTIONS_THIS_MONTH,
                        Metric.CASES_DISMISSED, Metric.PRISON_RELEASES),
                this::verdicts);
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel impunitySubmodel() {
        return new Submodel("impunity-window", Phase.VIOLENCE,
                "The 12-month impunity window rolls with the month's crimes and convictions.",
                List.of(Channel.CRIMES_BY_PLAZA, Channel.CONVICTIONS_THIS_MONTH),
                List.of("courts.impunityRate"),
                this::closeImpunityWindow);
    }
}
