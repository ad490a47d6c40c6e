package plaza.violence;

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
import plaza.finance.GunMarket;
import plaza.output.Metric;
import plaza.params.JusticeParameters;
import plaza.params.MilitaryParameters;
import plaza.params.ParameterValues;
import plaza.params.ViolenceParameters;

/**
 * Submodel "contested plazas produce homicides" (M1, M3, M13, M23): in a plaza fought over, every
 * side's enforcers there kill at a rate scaled by their lethality (arms and military training);
 * troops suppress part of the fighting where they are deployed and a share of what they suppress
 * moves to the neighbouring plazas; uncontested plazas see a low background of killings. Victims are
 * mostly members of the organizations fighting there. Crimes are homicides plus members' other
 * offences, which rise with predation.
 *
 * <pre>
 * fight_z    = k / 1000 x sum over sides of enforcers_z x lethality x min(1, months contested / escalation)
 *              (enforcers beyond cap x residents cannot all fight: the sum is scaled down to the cap)
 * suppressed = local suppression x troop strength_z (0..1)
 * mean_z     = fight_z (1 - suppressed_z) + displacement x sum over neighbours n of fight_n suppressed_n / 4
 *              + background per 100k x residents / 12
 * homicides_z ~ Poisson(mean_z)
 * </pre>
 * Sources: 001:463-469 and 001:846-848 (fragmentation, extreme violence), 001:482-485 (violence
 * shifted to other states), 001:492-501 (militarized tactics), 004:145 (U.S. guns), 001:414-420.
 */
public final class Violence {


    private final GunMarket gunMarket;

    public Violence(GunMarket gunMarket) {
        this.gunMarket = gunMarket;
    }

    public void month(Sim m) {
        ParameterValues p = m.params();
        MersenneTwisterFast r = m.stream("violence");
        List<TraffickingOrganization> orgs = m.organizations();
        List<Plaza> plazas = m.plazas();
        double[][] share = Presence.shares(orgs, plazas);
        double[] lethality = new double[orgs.size()];
        for (int k = 0; k < orgs.size(); k++) {
            lethality[k] = gunMarket.lethality(orgs.get(k), m);
        }
        double perEnforcer = p.get(ViolenceParameters.HOMICIDES_PER_ENFORCER) / 1000;
        double suppression = p.get(MilitaryParameters.LOCAL_SUPPRESSION);
        double displacement = p.get(MilitaryParameters.DISPLACEMENT);
        double full = p.get(MilitaryParameters.TROOPS_PER_FULL_STRENGTH);
        double background = p.get(ViolenceParameters.BACKGROUND_HOMICIDES) / 1e5 / 12;
        double memberShare = p.get(ViolenceParameters.MEMBER_VICTIM_SHARE);
        double offences = p.get(JusticeParameters.OFFENCES_PER_MEMBER);
        double escalation = p.get(ViolenceParameters.ESCALATION);
        double capPerResident = p.get(ViolenceParameters.FIGHTERS_CAP) / 1000;

        int n = plazas.size();
        double[] fight = new double[n];
        double[] suppressed = new double[n];
        for (Plaza z : plazas) {
            int i = z.index();
            if (z.contested()) {
                double f = 0;
                double fighters = 0;
                for (int k = 0; k < orgs.size(); k++) {
                    if (share[k][i] > 0) {
                        double e = orgs.get(k).enforcerCount() * share[k][i];
                        fighters += e;
                        f += e * lethality[k];
                    }
                }
                double cap = capPerResident * z.population();
                if (fighters > cap) {
                    f *= cap / fighters;
                }
                fight[i] = perEnforcer * f * Math.min(1, (z.monthsContested() + 1) / escalation);
            }
            suppressed[i] = suppression * Math.min(1, z.troops() / z.population() * 1e6 / full);
        }
        double[] mean = new double[n];
        for (Plaza z : plazas) {
            mean[z.index()] = fight[z.index()] * (1 - suppressed[z.index()]) + background * z.population();
        }
        // suppressed fighting moves to the neighbours, shared equally
        for (Plaza from : plazas) {
            int j = from.index();
            if (fight[j] > 0 && suppressed[j] > 0) {
                for (int nb : from.neighbours()) {
                    mean[nb] += displacement * fight[j] * suppressed[j] / from.neighbours().length;
                }
            }
        }
        homicidesAndCrimes(m, r, share, mean, memberShare, offences);
    }

    /** Draws each plaza's homicides, removes the members killed, counts crimes and leaves them for next month's arrests. */
    private static void homicidesAndCrimes(Sim m, MersenneTwisterFast r, double[][] share, double[] mean,
                                           double memberShare, double offences) {
        List<TraffickingOrganization> orgs = m.organizations();
        List<Plaza> plazas = m.plazas();
        double[] crimes = new double[plazas.size()];
        double total = 0;
        double totalCrimes = 0;
        for (Plaza z : plazas) {
            int i = z.index();
            double homicides = Streams.poisson(mean[i], r);
            z.addHomicides(homicides);
            total += homicides;
            killMembers(z, homicides * memberShare, orgs, share, m, r);
            double c = homicides;
            for (int k = 0; k < orgs.size(); k++) {
                if (share[k][i] > 0) {
                    TraffickingOrganization o = orgs.get(k);
                    c += o.members() * share[k][i] * offences * (1 + o.predation());
                }
            }
            crimes[i] = c;
            totalCrimes += c;
        }
        m.tally().add(Metric.HOMICIDES, total);
        m.tally().add(Metric.CRIMES, totalCrimes);
        m.world().setCrimesLastMonth(crimes);
    }

    /** Removes the members killed in a plaza, enforcers first, from the organizations present. */
    private static void killMembers(Plaza z, double victims, List<TraffickingOrganization> orgs, double[][] share,
                                    Sim m, MersenneTwisterFast r) {
        if (victims <= 0) {
            return;
        }
        double present = 0;
        for (int k = 0; k < orgs.size(); k++) {
            present += orgs.get(k).enforcerCount() * share[k][z.index()];
        }
        if (present <= 0) {
            return;
        }
        for (int k = 0; k < orgs.size(); k++) {
            TraffickingOrganization o = orgs.get(k);
            double here = o.enforcerCount() * share[k][z.index()];
            if (here <= 0) {
                continue;
            }
            int agents = Streams.stochasticRound(victims * here / present / m.scale(), r);
            for (int a = 0; a < agents; a++) {
                Person dead = o.removeRandom(Role.ENFORCER, r);
                if (dead == null) {
                    dead = o.removeRandom(Role.TRAFFICKER, r);
                }
                if (dead == null) {
                    break;
                }
                dead.setStatus(Status.DEAD);
            }
        }
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("violence", Phase.VIOLENCE,
                "Contested plazas produce homicides from the enforcers fighting there; troops suppress and displace part; victims are removed; crimes are counted.",
                List.of("plaza.attackers", "plaza.troops", "organization.enforcers", "organization.lethality", "organization.predation"),
                List.of("plaza.homicides", "organization.members", World.CRIMES_LAST_MONTH, "output:homicides", "output:crimes"),
                this::month);
    }
}
