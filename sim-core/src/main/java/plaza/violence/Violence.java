package plaza.violence;

import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Plaza;
import plaza.agents.Presence;
import plaza.agents.Role;
import plaza.agents.TraffickingOrganization;
import plaza.core.Channel;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.core.Submodel;
import plaza.finance.GunMarket;
import plaza.institutions.TroopPresence;
import plaza.territory.Alliances;
import plaza.territory.TerritorialContest;
import plaza.output.Metric;
import plaza.params.JusticeParameters;
import plaza.params.MilitaryParameters;
import plaza.params.ParameterValues;
import plaza.params.ViolenceParameters;

/**
 * Submodel "homicides from the fighters committed to each front" (M1, M3, M4, M13, M23): every
 * organization allocates its enforcers across its plazas ({@link Fronts}); in a plaza fought over,
 * the fighters each side commits there kill at a rate scaled by their lethality (arms and military
 * training) and by the plaza's stake relative to the average plaza (this month's, or the 2005 one); troops suppress part of the
 * fighting where they are deployed and a share of what they suppress moves to the neighbouring
 * plazas and, in part, out of the state to the neighbouring states; uncontested plazas see a low background of killings. Victims are mostly members of the
 * organizations fighting there; a share are officials, police and journalists, rising with the
 * enforcement pressure on the organizations present (M23). Crimes are homicides plus members'
 * other offences, which rise with predation.
 *
 * <pre>
 * fight_z    = k / 1000 x sum over sides of fighters_kz x lethality_k x (value_z / mean value)^stake elasticity
 *              x min(1, months contested / escalation)          (fighters beyond the saturation cap add nothing)
 * suppressed = local suppression x troop strength_z (0..1) + (max suppression - local suppression) x occupation_z
 *              (occupation: troops beyond full strength, 0..1, see institutions/TroopPresence)
 * moved_n    = displacement x fight_n x suppressed_n
 * mean_z     = fight_z (1 - suppressed_z) + (1 - out) x sum over road neighbours n of moved_n / |neighbours of n|
 *              + out x residents_z / residents of z's state x sum over states S next to z's state of
 *                (sum of moved_n over S's plazas) / |states next to S|
 *              + background per 100k x residents / 12
 *              out: military.displacement_out_of_state_share (violence shifted to other states, 001:482-485)
 * homicides_z ~ Poisson(mean_z)
 * pressure_k = sum_z presence_kz x troop strength_z + 1[leader lost within 12 months]
 * state targets_z = homicides_z x min(1 - member share, base share x (1 + response x pressure_z))
 * stake reference: the month's mean value, or the 2005 mean (violence.absolute_stake_weight, TerritorialContest.referenceStake)
 * + residents killed in kidnapping and extortion ~ Poisson(rate x predatory extortion_z / 1e6)   ({@link PredationKillings})
 * </pre>
 * Sources: 001:463-469 and 001:846-848 (fragmentation, extreme violence), 001:482-485 (violence
 * shifted to other states), 001:492-501 (militarized tactics), 004:145 (U.S. guns), 001:414-420,
 * 001:423-429 (officials, police and journalists among the victims as the state pressed).
 */
public final class Violence implements java.io.Serializable {

    private final GunMarket gunMarket;
    private final Alliances alliances;
    private final Exhaustion exhaustion = new Exhaustion(); // issue 22: a long war wanes (violence.exhaustion_share)

    public Violence(GunMarket gunMarket, Alliances alliances) {
        this.gunMarket = gunMarket;
        this.alliances = alliances;
    }

    /** Without alliances (tests of the violence alone). */
    public Violence(GunMarket gunMarket) {
        this(gunMarket, new Alliances());
    }

    public void month(Sim m) {
        ParameterValues p = m.params();
        MersenneTwisterFast r = m.stream("violence");
        List<TraffickingOrganization> orgs = m.organizations();
        List<Plaza> plazas = m.plazas();
        double[] lethality = new double[orgs.size()];
        for (int k = 0; k < orgs.size(); k++) {
            lethality[k] = gunMarket.lethality(orgs.get(k), m);
        }
        Fronts fronts = new Fronts(orgs, plazas, p.get(ViolenceParameters.FRONT_WEIGHT), p.get(ViolenceParameters.FIGHTERS_CAP), alliances::joins);
        double perEnforcer = p.get(ViolenceParameters.HOMICIDES_PER_ENFORCER) / 1000;
        double suppression = p.get(MilitaryParameters.LOCAL_SUPPRESSION);
        double beyond = Math.max(0, p.get(MilitaryParameters.LOCAL_SUPPRESSION_MAX) - suppression);
        double full = p.get(MilitaryParameters.TROOPS_PER_FULL_STRENGTH);
        double escalation = p.get(ViolenceParameters.ESCALATION);
        double elasticity = p.get(ViolenceParameters.STAKE_ELASTICITY);
        double meanValue = TerritorialContest.referenceStake(plazas, p.get(ViolenceParameters.ABSOLUTE_STAKES)); // the month's mean, or the 2005 mean
        int n = plazas.size();
        double[] fight = new double[n];
        double[] strength = new double[n];
        double[] suppressed = new double[n];
        double committed = 0;
        int saturated = 0;
        for (Plaza z : plazas) {
            int i = z.index();
            if (z.contested()) {
                double f = 0;
                for (int k = 0; k < orgs.size(); k++) {
                    f += fronts.fighters[k][i] * lethality[k];
                }
                if (fronts.saturated(i)) {
                    f /= fronts.load[i];
                    saturated++;
                }
                double stake = meanValue > 0 ? Math.pow(z.value() / meanValue, elasticity) : 1;
                fight[i] = perEnforcer * f * stake * Math.min(1, (z.monthsContested() + 1) / escalation) * exhaustion.factor(z, fronts.total[i], m);
                committed += fronts.total[i];
            }
            strength[i] = TroopPresence.strength(z, full);
            suppressed[i] = suppression * strength[i] + beyond * TroopPresence.occupation(z, full);
            z.setFighting(z.contested() ? fronts.total[i] : 0, fronts.load[i]);
        }
        exhaustion.record(m, fight, suppressed);
        m.tally().add(Metric.FIGHTERS, committed);
        m.tally().add(Metric.SATURATED_PLAZAS, saturated);
        homicidesAndCrimes(m, r, fronts, means(m, fight, suppressed), stateTargetShares(m, fronts, strength));
    }

    /** Expected homicides per plaza: the fight less what troops suppress, the displaced part, the background. */
    private static double[] means(Sim m, double[] fight, double[] suppressed) {
        double displacement = m.p(MilitaryParameters.DISPLACEMENT);
        double outOfState = m.p(MilitaryParameters.DISPLACEMENT_OUT_OF_STATE);
        double background = m.p(ViolenceParameters.BACKGROUND_HOMICIDES) / 1e5 / 12;
        List<Plaza> plazas = m.plazas();
        double[] mean = new double[plazas.size()];
        for (Plaza z : plazas) {
            mean[z.index()] = fight[z.index()] * (1 - suppressed[z.index()]) + background * z.population();
        }
        Displacement.add(plazas, fight, suppressed, displacement, outOfState, mean);
        return mean;
    }

    /**
     * M23: the share of a plaza's homicides whose victims are officials, police, soldiers or
     * journalists, rising with the enforcement pressure (troops where the organization is, a recent
     * leadership loss) on the organizations fighting there (weighted by fighters), or on the holder.
     */
    private static double[] stateTargetShares(Sim m, Fronts fronts, double[] troopStrength) {
        List<TraffickingOrganization> orgs = m.organizations();
        List<Plaza> plazas = m.plazas();
        double[] pressure = Presence.pressure(orgs, plazas, troopStrength);
        double base = m.p(ViolenceParameters.STATE_TARGET_SHARE);
        double response = m.p(ViolenceParameters.STATE_TARGET_RESPONSE);
        double max = 1 - m.p(ViolenceParameters.MEMBER_VICTIM_SHARE);
        double[] out = new double[plazas.size()];
        for (Plaza z : plazas) {
            int i = z.index();
            double weight = 0;
            double sum = 0;
            for (int k = 0; k < orgs.size(); k++) {
                double w = fronts.total[i] > 0 ? fronts.fighters[k][i] : (z.controller() == orgs.get(k) ? 1 : 0);
                weight += w;
                sum += w * pressure[k];
            }
            out[i] = Math.min(max, base * (1 + response * (weight > 0 ? sum / weight : 0)));
        }
        return out;
    }

    /** Draws each plaza's homicides, removes the members killed and counts its crimes with the members left at that point; writes the declared crimesByPlaza and membersKilledThisMonth channels. */
    private static void homicidesAndCrimes(Sim m, MersenneTwisterFast r, Fronts fronts, double[] mean, double[] stateShare) {
        List<TraffickingOrganization> orgs = m.organizations();
        List<Plaza> plazas = m.plazas();
        double[][] share = Presence.shares(orgs, plazas);
        double memberShare = m.p(ViolenceParameters.MEMBER_VICTIM_SHARE);
        double offences = m.p(JusticeParameters.OFFENCES_PER_MEMBER);
        double[] crimes = new double[plazas.size()];
        double[] predation = PredationKillings.means(m);
        double total = 0;
        double totalCrimes = 0;
        double stateTargets = 0;
        double killed = 0;
        for (Plaza z : plazas) {
            int i = z.index();
            double homicides = Streams.poisson(mean[i], m.keyed("violence", Streams.plazaKey(i), 0));
            double residents = predation == null ? 0 // victims of kidnapping and extortion, not members (draw -1: 2 + id are the members killed)
                    : Streams.poisson(predation[i], m.keyed("violence", Streams.plazaKey(i), -1));
            z.addHomicides(homicides + residents);
            total += homicides + residents;
            stateTargets += Streams.stochasticRound(homicides * stateShare[i], m.keyed("violence", Streams.plazaKey(i), 1));
            killed += killMembers(z, homicides * memberShare, orgs, fronts.fighters, m, r);
            double c = homicides + residents;
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
        m.tally().add(Metric.HOMICIDES_STATE_TARGETS, stateTargets);
        m.tally().add(Metric.MEMBERS_KILLED, killed);
        m.world().channels().addMembersKilled(killed);
        m.tally().add(Metric.CRIMES, totalCrimes);
        m.world().channels().setCrimes(crimes);
    }

    /** Removes the members killed in a plaza, enforcers first, in proportion to each side's fighters there; returns the persons killed. */
    private static double killMembers(Plaza z, double victims, List<TraffickingOrganization> orgs, double[][] fighters,
                                      Sim m, MersenneTwisterFast r) {
        if (victims <= 0) {
            return 0;
        }
        double present = 0;
        for (int k = 0; k < orgs.size(); k++) {
            present += fighters[k][z.index()];
        }
        if (present <= 0) {
            return 0;
        }
        double killed = 0;
        for (int k = 0; k < orgs.size(); k++) {
            TraffickingOrganization o = orgs.get(k);
            double here = fighters[k][z.index()];
            if (here <= 0) {
                continue;
            }
            int agents = Streams.stochasticRound(victims * here / present / m.scale(), m.keyed("violence", Streams.plazaKey(z.index()), 2 + o.id()));
            for (int a = 0; a < agents; a++) {
                // an enforcer, or a trafficker when none is left; the dead are not followed further
                Role role = o.agents(Role.ENFORCER) > 0 ? Role.ENFORCER : o.agents(Role.TRAFFICKER) > 0 ? Role.TRAFFICKER : null;
                if (role == null) {
                    break;
                }
                killed += o.dropRandom(role, r);
            }
        }
        return killed;
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("violence", Phase.VIOLENCE,
                "Organizations allocate their enforcers across fronts by stake; contested plazas produce homicides from the fighters each side commits, their lethality and the stake; troops suppress part and displace part to the road neighbours and, in part, to the neighbouring states; victims are removed, officials and journalists more often under enforcement pressure (M23); crimes are counted.",
                List.of("alliances", "plaza.value", "plaza.corridorWeight", "plaza.predatoryExtortion", "plaza.attackers", "plaza.troops", "organization.enforcers", "organization.lethality", "organization.leaderLoss", "organization.predation", JusticeParameters.OFFENCES_PER_MEMBER,
                        MilitaryParameters.DISPLACEMENT, MilitaryParameters.DISPLACEMENT_OUT_OF_STATE, MilitaryParameters.LOCAL_SUPPRESSION, MilitaryParameters.LOCAL_SUPPRESSION_MAX, MilitaryParameters.TROOPS_PER_FULL_STRENGTH, ViolenceParameters.BACKGROUND_HOMICIDES, ViolenceParameters.ABSOLUTE_STAKES, ViolenceParameters.PREDATION_HOMICIDES,
                        ViolenceParameters.ESCALATION, ViolenceParameters.EXHAUSTION_SHARE, ViolenceParameters.FIGHTERS_CAP, ViolenceParameters.FRONT_WEIGHT, ViolenceParameters.GUNS_HALF_SATURATION, ViolenceParameters.HOMICIDES_PER_ENFORCER,
                        ViolenceParameters.MEMBER_VICTIM_SHARE, ViolenceParameters.STAKE_ELASTICITY, ViolenceParameters.STATE_TARGET_RESPONSE, ViolenceParameters.STATE_TARGET_SHARE, ViolenceParameters.TRAINED_LETHALITY),
                List.of("plaza.homicides", "plaza.fighters", "organization.members", Channel.CRIMES_BY_PLAZA, Metric.HOMICIDES, Metric.HOMICIDES_STATE_TARGETS, Metric.MEMBERS_KILLED, Metric.FIGHTERS, Metric.SATURATED_PLAZAS, Metric.CRIMES,
                        Channel.MEMBERS_KILLED_THIS_MONTH),
                this::month);
    }
}
