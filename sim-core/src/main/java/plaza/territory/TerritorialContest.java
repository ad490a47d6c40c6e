package plaza.territory;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.core.Channel;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.enforcement.Succession;
import plaza.finance.GunMarket;
import plaza.institutions.TroopPresence;
import plaza.output.Event;
import plaza.params.FlowParameters;
import plaza.params.MilitaryParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.params.ViolenceParameters;

/**
 * Submodel "contested plazas" (M1, M3, M23): each month an organization may attack the most
 * attractive rival plaza next to its territory (its stake times the holder's disruption) (or any plaza of a feuding former partner); the
 * chance rises with its strength relative to the holder and with the holder's disruption (a recent
 * leadership loss, troops in the plaza). A contested plaza is settled with a fixed monthly chance,
 * the side with more firepower there winning more often (odds as firepower squared; allied sides and
 * allies joining the front fight as one coalition: {@link Settlement}). Allies ({@link Alliances})
 * do not attack each other. An organization that neither holds nor attacks any plaza is absorbed by
 * the largest one.
 *
 * <pre>
 * P(attack) = rate x 2 s_a / (s_a + s_d) x (w + disruption_d) x (f if feuding) x min(3, (stake / reference stake)^e)
 *             reference stake: the month's national mean, or with violence.absolute_stake_weight = 1 the 2005 mean ({@link #referenceStake})
 *             s = enforcers x lethality; stake: see trafficking/Stakes (what passes through the plaza and its rents)
 * w = weight of an undisrupted holder (low: a settled market is rarely attacked)
 * disruption_d = 1[leader lost within 12 months] + troop strength in the plaza (0..1)
 * x (1 - deterrence x occupation_d)   troops beyond full strength deter attacks (institutions/TroopPresence), in the choice of target too
 * x restraint    the share of attacks the state's protection regime allows (M2, channel contestRestraint)
 * </pre>
 * Sources: 001:446-449 (counternarcotics intensified competition), 001:463-469, 001:414-420
 * (violence concentrates in contested trafficking nodes).
 */
public final class TerritorialContest implements java.io.Serializable {

    private static final int MAX_ATTACKS = 3;
    /** Structural bound: a plaza's stake can make an attack on it at most three times as likely as on an average plaza. */
    private static final double MAX_STAKE_FACTOR = 3;

    private final GunMarket gunMarket;
    private final Alliances alliances;

    public TerritorialContest(GunMarket gunMarket, Alliances alliances) {
        this.gunMarket = gunMarket;
        this.alliances = alliances;
    }

    /** Without alliances (tests of the contest alone). */
    public TerritorialContest(GunMarket gunMarket) {
        this(gunMarket, new Alliances());
    }

    public void month(Sim m) {
        ParameterValues p = m.params();
        MersenneTwisterFast r = m.stream("territorial-contest");
        double rate = p.get(OrganizationParameters.CONTEST_RATE);
        double resolution = p.get(OrganizationParameters.CONTEST_RESOLUTION);
        double full = p.get(MilitaryParameters.TROOPS_PER_FULL_STRENGTH);
        double calm = p.get(OrganizationParameters.UNDISRUPTED_ATTACK);
        double feudMultiplier = p.get(OrganizationParameters.FEUD_MULTIPLIER);
        double meanStake = referenceStake(m.plazas(), p.get(ViolenceParameters.ABSOLUTE_STAKES));
        stakeElasticity = p.get(FlowParameters.ATTACK_ELASTICITY);
        attackDeterrence = p.get(MilitaryParameters.ATTACK_DETERRENCE);
        this.meanStake = meanStake;
        // no plaza changes hands while organizations pick their targets: who holds a plaza next
        // to each plaza, and how many plazas each organization attacks, are found once for all
        List<Plaza> plazas = m.plazas();
        List<TraffickingOrganization> orgs = new ArrayList<>(m.organizations());
        boolean[][] near = Reach.nearHeld(plazas, orgs);
        int[] attacks = Reach.attacksById(plazas, orgs);
        for (int k = 0; k < orgs.size(); k++) {
            TraffickingOrganization o = orgs.get(k);
            if (o.alive()) {
                attack(o, m, r, rate, full, calm, feudMultiplier, near[k], attacks[o.id()]);
            }
        }
        Settlement.settle(m, r, resolution, gunMarket, alliances);
        absorbOrganizationsWithoutPlazas(m);
        m.world().pruneOrganizations();
    }

    /** An organization may open one more front: the most attractive rival plaza it can reach. */
    private void attack(TraffickingOrganization o, Sim m, MersenneTwisterFast r, double rate, double full,
                               double calm, double feudMultiplier, boolean[] adjacent, int attacking) {
        if (attacking >= MAX_ATTACKS) {
            return;
        }
        Plaza target = null;
        double best = 0;
        for (Plaza z : m.plazas()) {
            TraffickingOrganization holder = z.controller();
            if (holder == o || z.attackedBy(o) || alliances.allied(o, holder)) {
                continue; // allies do not attack each other
            }
            boolean feud = holder != null && o.isEnemy(holder);
            if (!feud && !adjacent[z.index()]) {
                continue;
            }
            double score = z.value() * (calm + disruption(z, holder, full)) * (feud ? feudMultiplier : 1) * deterred(z, full);
            if (score > best) {
                best = score;
                target = z;
            }
        }
        if (target == null) {
            return;
        }
        TraffickingOrganization holder = target.controller();
        double sa = strength(o, m);
        double sd = holder == null ? 0 : strength(holder, m);
        double ratio = sa + sd > 0 ? 2 * sa / (sa + sd) : 1;
        boolean feud = holder != null && o.isEnemy(holder);
        double chance = rate * ratio * (calm + disruption(target, holder, full)) * (feud ? feudMultiplier : 1) * stakeFactor(target)
                * deterred(target, full) // troops beyond full strength deter attacks: attackers pick another plaza
                * m.world().channels().contestRestraint(target.index()); // protection bought from the state deters encroachment (M2)
        if (m.keyed("territorial-contest", o.id(), 0) < Math.min(0.9, chance)) {
            target.addAttacker(o);
            m.event(Event.EventType.PLAZA_ATTACKED, o.name(), target.name(), holder == null ? "" : "held by " + holder.name());
        }
    }

    /** An organization that neither holds nor attacks a plaza is absorbed by the largest one. */
    private static void absorbOrganizationsWithoutPlazas(Sim m) {
        for (TraffickingOrganization o : new ArrayList<>(m.organizations())) {
            if (!o.alive()) {
                continue;
            }
            boolean present = false;
            for (Plaza z : m.plazas()) {
                if (z.involves(o)) {
                    present = true;
                    break;
                }
            }
            if (!present) {
                TraffickingOrganization heir = null;
                for (TraffickingOrganization x : m.organizations()) {
                    if (x != o && x.alive() && (heir == null || x.members() > heir.members())) {
                        heir = x;
                    }
                }
                Succession.dissolveInto(o, heir, m);
            }
        }
    }

    private double meanStake;
    private double stakeElasticity;

    /**
     * The stake an average plaza is measured against: with weight 0 the national mean stake this
     * month (only where a plaza stands against the others counts), with weight 1 the 2005 mean
     * stake, i.e. the mean corridor weight ({@code trafficking/Stakes} sets its unit so), so stakes
     * count in dollars of 2005 value and a nationwide rise in what the trade is worth (scarcer
     * supply, higher prices) raises them all; between, the geometric mix
     * mean^(1 - w) x mean_2005^w ({@code violence.absolute_stake_weight}).
     */
    public static double referenceStake(List<Plaza> plazas, double absoluteWeight) {
        double mean = 0;
        for (Plaza z : plazas) {
            mean += z.value() / plazas.size();
        }
        if (absoluteWeight <= 0) {
            return mean;
        }
        double mean2005 = 0;
        for (Plaza z : plazas) {
            mean2005 += z.corridorWeight() / plazas.size();
        }
        return Math.pow(mean, 1 - absoluteWeight) * Math.pow(mean2005, absoluteWeight);
    }

    /** What is at stake in the target relative to the average plaza, (stake / mean)^elasticity, at most 3. */
    private double stakeFactor(Plaza z) {
        return meanStake > 0 ? Math.min(MAX_STAKE_FACTOR, Math.pow(z.value() / meanStake, stakeElasticity)) : 1;
    }

    private double attackDeterrence;

    /** The share of attacks troops beyond full strength leave possible (M3): 1 - deterrence x occupation. */
    private double deterred(Plaza z, double fullStrength) {
        return 1 - attackDeterrence * TroopPresence.occupation(z, fullStrength);
    }

    private static double disruption(Plaza z, TraffickingOrganization holder, double fullStrength) {
        double d = TroopPresence.strength(z, fullStrength);
        if (holder != null && holder.monthsSinceLeaderLoss() < 12) {
            d += 1;
        }
        return d;
    }

    private double strength(TraffickingOrganization o, Sim m) {
        return o.enforcerCount() * gunMarket.lethality(o, m);
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("territorial-contest", Phase.TERRITORY,
                "Organizations attack attractive rival plazas next to theirs (not their allies'; troops disrupt the holder up to full strength and deter attacks beyond it); contests are settled by firepower, allies pooling theirs; organizations with no plaza are absorbed.",
                List.of("alliances", "plaza.controller", "plaza.stake", "plaza.corridorWeight", "plaza.troops", "organization.enforcers", "organization.lethality", "organization.leaderLoss",
                        Channel.CONTEST_RESTRAINT, FlowParameters.ATTACK_ELASTICITY, MilitaryParameters.ATTACK_DETERRENCE, MilitaryParameters.TROOPS_PER_FULL_STRENGTH,
                        OrganizationParameters.CONTEST_RATE, OrganizationParameters.CONTEST_RESOLUTION, OrganizationParameters.FEUD_MULTIPLIER, OrganizationParameters.UNDISRUPTED_ATTACK,
                        ViolenceParameters.ABSOLUTE_STAKES, ViolenceParameters.GUNS_HALF_SATURATION, ViolenceParameters.TRAINED_LETHALITY),
                List.of("plaza.controller", "plaza.attackers", "organizations (dissolved)", "event:PLAZA_*"),
                this::month);
    }
}
