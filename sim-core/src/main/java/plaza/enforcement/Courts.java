package plaza.enforcement;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Person;
import plaza.agents.Status;
import plaza.agents.SwapRemove;
import plaza.agents.TraffickingOrganization;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.core.Submodel;
import plaza.institutions.Institutions;
import plaza.output.Metric;
import plaza.params.JusticeParameters;
import plaza.params.ParameterValues;

/**
 * Rule: an arrested person waits an exponential time for a verdict; a guilty verdict sends them to
 * prison, otherwise they go back to their organization if it still exists (the revolving door);
 * prisoners are released after about five years and leave the trade. Impunity is the share of
 * crimes that do not end in a sentence over the last twelve months.
 * Sources: 001:538-548 (three-quarters unreported, 1-2 in 100 sentenced, conviction likely once a
 * suspect is found, prisons that breed crime), 001:550-558 (2008 reforms and their slow rollout).
 */
public final class Courts {


    private final Institutions institutions;

    public Courts(Institutions institutions) {
        this.institutions = institutions;
    }

    private final List<Person> awaitingVerdict = new ArrayList<>();
    private final List<Person> prisoners = new ArrayList<>();
    private final double[] convictionsHistory = new double[12];
    private final double[] crimesHistory = new double[12];
    private double convictions12;
    private double crimes12;
    private double impunityRate = 1;

    /** An arrested person enters the court pipeline. */
    public void charge(Person p) {
        p.setStatus(Status.ARRESTED);
        awaitingVerdict.add(p);
    }

    /** Verdicts for those whose case ends this month; releases from prison. */
    public void verdicts(Sim m) {
        ParameterValues p = m.params();
        MersenneTwisterFast r = m.stream("verdicts");
        double verdictHazard = 1 / p.get(JusticeParameters.PIPELINE_MONTHS);
        double conviction = institutions.convictionRate(p);
        double convicted = 0;
        for (Person person : SwapRemove.positions(awaitingVerdict, Streams.select(awaitingVerdict.size(), verdictHazard, r))) {
            if (r.nextDouble() < conviction) {
                person.setStatus(Status.CONVICTED);
                prisoners.add(person);
                convicted += person.weight();
            } else {
                person.setStatus(Status.RELEASED);
                TraffickingOrganization o = person.organization();
                if (o != null && o.alive() && !person.individual()) {
                    person.setStatus(Status.ACTIVE);
                    o.addMember(person);
                }
            }
        }
        for (Person released : SwapRemove.positions(prisoners, Streams.select(prisoners.size(), 1 / p.get(JusticeParameters.SENTENCE_MONTHS), r))) {
            released.setStatus(Status.RELEASED);
        }
        m.tally().add(Metric.CONVICTIONS, convicted);
    }

    /** Closes the month's impunity window with the month's crimes and convictions (after violence). */
    public void closeImpunityWindow(Sim m) {
        double crimes = m.tally().get(Metric.CRIMES);
        double convictions = m.tally().get(Metric.CONVICTIONS);
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

    /** Imprisoned leaders and lieutenants first, for an extradition batch; removes up to n. */
    public int extraditePrisoners(int n) {
        int done = 0;
        for (int i = prisoners.size() - 1; i >= 0 && done < n; i--) {
            Person p = prisoners.get(i);
            if (p.individual()) {
                p.setStatus(Status.EXTRADITED);
                prisoners.remove(i);
                done++;
            }
        }
        return done;
    }

    public int awaiting() { return awaitingVerdict.size(); }
    public int imprisoned() { return prisoners.size(); }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel verdictsSubmodel() {
        return new Submodel("verdicts", Phase.ENFORCEMENT,
                "Arrested people wait for a verdict; the guilty go to prison, the rest back to their organization; prisoners are released after their sentence.",
                List.of("courts.awaiting", "institutions.convictionRate"),
                List.of("courts.prisoners", "organization.members", "output:convictions"),
                this::verdicts);
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel impunitySubmodel() {
        return new Submodel("impunity-window", Phase.VIOLENCE,
                "The 12-month impunity window rolls with the month's crimes and convictions.",
                List.of("output:crimes", "output:convictions"),
                List.of("courts.impunityRate"),
                this::closeImpunityWindow);
    }
}
