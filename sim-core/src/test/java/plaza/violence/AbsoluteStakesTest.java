package plaza.violence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import plaza.agents.Plaza;
import plaza.finance.FirearmsAgency;
import plaza.finance.GunMarket;
import plaza.params.FlowParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.params.ViolenceParameters;
import plaza.territory.TerritorialContest;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.trafficking.BorderAgency;

/**
 * Stakes in absolute terms (issue 23, point 2) on the small world: a nationwide price rise doubles
 * what passes through every plaza, so every stake doubles ({@code trafficking/Stakes} values the
 * month's tons at the month's price). With stakes measured against the 2005 mean
 * ({@code violence.absolute_stake_weight} = 1) the fighting in the contested plaza B rises by
 * 2^{@code violence.stake_elasticity} (+41% at 0.5) and attacks become 2^{@code stake.attack_elasticity}
 * times as likely (twice); measured against the month's national mean (weight 0) nothing changes,
 * world for world.
 *
 * <p>Homicides in B are Poisson with a mean near 90 (fight at full intensity, no background); over
 * 300 worlds the ratio of two means has a standard error of about 0.9%, and the tolerance 0.06 on a
 * ratio of 1.41 is about four of them (false-alarm probability below 1e-4). Attacks: 2,000 worlds,
 * two possible attackers each, chance about 0.1 at the 2005 stakes; the ratio of the counts (about
 * 400 and 800) has a standard error near 0.12, the tolerance 0.5 is four of them.
 */
class AbsoluteStakesTest {

    private static final int WORLDS = 300;

    private static SmallWorld world(ParameterValues p, long seed, double stakeMultiple) {
        SmallWorld w = new SmallWorld(p, seed, 100).staffBoth();
        for (Plaza z : w.plazas()) {
            z.setStake(stakeMultiple * z.corridorWeight());
        }
        return w;
    }

    /** Mean homicides in B, contested for two years, with every stake at the given multiple of its 2005 value. */
    private static double homicidesInB(ParameterValues p, double stakeMultiple) {
        double sum = 0;
        for (long seed = 1; seed <= WORLDS; seed++) {
            SmallWorld w = world(p, seed, stakeMultiple);
            w.b.addAttacker(w.south);
            for (int month = 0; month < 24; month++) {
                w.b.closeMonth(month);
            }
            GunMarket guns = new GunMarket(new FirearmsAgency(new BorderAgency()));
            guns.initialize(w);
            new Violence(guns).month(w);
            sum += w.b.homicidesThisMonth();
        }
        return sum / WORLDS;
    }

    /** Attacks opened in one month over 2,000 worlds (contests never settle, attack weight 1 for an undisrupted holder). */
    private static int attacks(ParameterValues p, double stakeMultiple) {
        ParameterValues q = p.with(OrganizationParameters.CONTEST_RATE, 0.1).with(OrganizationParameters.UNDISRUPTED_ATTACK, 1)
                .with(OrganizationParameters.CONTEST_RESOLUTION, 0.005);
        int n = 0;
        for (long seed = 1; seed <= 2000; seed++) {
            SmallWorld w = world(q, seed, stakeMultiple);
            GunMarket guns = new GunMarket(new FirearmsAgency(new BorderAgency()));
            guns.initialize(w);
            new TerritorialContest(guns).month(w);
            for (Plaza z : w.plazas()) {
                n += z.attackers().size();
            }
        }
        return n;
    }

    @Test
    void aNationwidePriceRiseRaisesFightingByTheStakeElasticity() {
        ParameterValues absolute = Runs.stagedOff().with(ViolenceParameters.ABSOLUTE_STAKES, 1).with(ViolenceParameters.BACKGROUND_HOMICIDES, 0);
        double rise = homicidesInB(absolute, 2) / homicidesInB(absolute, 1);
        assertEquals(Math.pow(2, absolute.get(ViolenceParameters.STAKE_ELASTICITY)), rise, 0.06, "absolute stakes: fighting x 2^0.5");

        ParameterValues relative = Runs.stagedOff().with(ViolenceParameters.BACKGROUND_HOMICIDES, 0);
        assertEquals(homicidesInB(relative, 1), homicidesInB(relative, 2), 1e-12, "relative stakes: a nationwide rise changes nothing");
    }

    @Test
    void aNationwidePriceRiseMakesAttacksMoreLikely() {
        ParameterValues absolute = Runs.stagedOff().with(ViolenceParameters.ABSOLUTE_STAKES, 1);
        double ratio = (double) attacks(absolute, 2) / attacks(absolute, 1);
        assertEquals(Math.pow(2, absolute.get(FlowParameters.ATTACK_ELASTICITY)), ratio, 0.5, "absolute stakes: attacks x 2");
        ParameterValues relative = Runs.stagedOff();
        assertEquals(attacks(relative, 1), attacks(relative, 2), "relative stakes: the same attacks, world for world");
    }
}
