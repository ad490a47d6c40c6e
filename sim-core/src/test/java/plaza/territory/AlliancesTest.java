package plaza.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import plaza.agents.Person;
import plaza.agents.Role;
import plaza.agents.TraffickingOrganization;
import plaza.finance.FirearmsAgency;
import plaza.finance.GunMarket;
import plaza.output.Metric;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.trafficking.BorderAgency;

/**
 * Alliances on the small world with a third organization. North (strong) holds A and attacks B and
 * C; South holds C, Third holds B. The deterministic cases use rates of 0 or 1. The statistical
 * checks use 600 or 2,000 independent worlds: the binomial standard error of a share is at most
 * 0.02 (600) or 0.0067 at a share of 0.1 (2,000); the tolerances are four standard errors, so each
 * has a false-alarm probability below 1e-4.
 */
class AlliancesTest {

    private static ParameterValues params(double rate) {
        return Runs.baseline().with(OrganizationParameters.ALLIANCE_RATE, rate)
                .with(OrganizationParameters.CONTEST_RATE, 0).with(OrganizationParameters.CONTEST_RESOLUTION, 1);
    }

    /** North 300 traffickers and 200 enforcers, South and Third 100 and 60 each (agents of 100 people). */
    private static TraffickingOrganization third(SmallWorld w) {
        TraffickingOrganization t = new TraffickingOrganization(w.nextOrganizationId(), "Third", 0.8);
        w.world().addOrganization(t);
        t.setLeader(new Person(w.nextPersonId(), Role.LEADER, t, 1, false, 1));
        w.staff(w.north, 300, 200).staff(w.south, 100, 60).staff(t, 100, 60);
        w.a.setController(w.north);
        w.b.setController(t);
        w.c.setController(w.south);
        w.b.addAttacker(w.north);
        w.c.addAttacker(w.north);
        return t;
    }

    /** South, unpaid, allies with Third against North (rate 1); South is paid again afterwards. */
    private static Alliances allied(SmallWorld w, TraffickingOrganization t) {
        w.south.setUnpaid(true);
        Alliances alliances = new Alliances();
        alliances.month(w);
        assertTrue(alliances.allied(w.south, t));
        w.south.setUnpaid(false);
        return alliances;
    }

    @Test
    void weakOrganizationsFacingAStrongerCommonEnemyAlly() {
        SmallWorld w = new SmallWorld(params(1), 1, 100);
        TraffickingOrganization t = third(w);
        Alliances alliances = new Alliances();
        alliances.month(w);
        assertFalse(alliances.allied(w.south, t), "neither is weak: no alliance");
        w.south.setUnpaid(true);
        alliances.month(w);
        assertTrue(alliances.allied(w.south, t), "South cannot pay its members: it allies against North");
        assertTrue(alliances.allied(t, w.south));
        assertFalse(alliances.allied(w.north, t));
        assertEquals(1, w.tally().get(Metric.ALLIANCES_FORMED));
        assertTrue(alliances.joins(t, w.c), "Third joins the front in South's plaza against North");
        assertFalse(alliances.joins(t, w.a), "not in a plaza where neither fights North");

        SmallWorld v = new SmallWorld(params(1), 1, 100);
        TraffickingOrganization u = third(v);
        v.south.setUnpaid(true);
        for (int i = 0; i < 150; i++) {
            v.south.addMember(new Person(v.nextPersonId(), Role.ENFORCER, v.south, 2, false, 100));
        }
        Alliances none = new Alliances();
        none.month(v);
        assertFalse(none.allied(v.south, u), "the common enemy is not stronger than South: no alliance");
    }

    @Test
    void alliancesFormAtTheirRate() {
        double rate = 0.1;
        int worlds = 2000;
        int formed = 0;
        for (long seed = 1; seed <= worlds; seed++) {
            SmallWorld w = new SmallWorld(params(rate), seed, 100);
            TraffickingOrganization t = third(w);
            w.south.setUnpaid(true);
            Alliances alliances = new Alliances();
            alliances.month(w);
            if (alliances.allied(w.south, t)) {
                formed++;
            }
        }
        assertEquals(rate, (double) formed / worlds, 0.027, "share of worlds where the weak pair allied in a month");
    }

    @Test
    void alliancesBreakAfterALeaderLossOrWhenTheEnemyIsGone() {
        SmallWorld w = new SmallWorld(params(1), 1, 100);
        TraffickingOrganization t = third(w);
        Alliances alliances = allied(w, t);
        t.markLeaderLoss();
        alliances.month(w);
        assertFalse(alliances.allied(w.south, t), "Third lost its leader: the pact breaks");
        assertEquals(1, w.tally().get(Metric.ALLIANCES_BROKEN));

        SmallWorld v = new SmallWorld(params(1), 1, 100);
        TraffickingOrganization u = third(v);
        Alliances pact = allied(v, u);
        v.b.removeAttacker(v.north);
        pact.month(v);
        assertTrue(pact.allied(v.south, u), "North still attacks South, the enemy they allied against: the pact holds");
        v.c.removeAttacker(v.north);
        pact.month(v);
        assertFalse(pact.allied(v.south, u), "no common enemy left: the pact breaks");
        assertEquals(0, pact.standing());
    }

    @Test
    void alliesDoNotAttackEachOther() {
        ParameterValues p = Runs.baseline().with(OrganizationParameters.CONTEST_RATE, 1)
                .with(OrganizationParameters.CONTEST_RESOLUTION, 0.005).with(OrganizationParameters.ALLIANCE_RATE, 1);
        int worlds = 200;
        int attacksApart = 0;
        int attacksAllied = 0;
        for (long seed = 1; seed <= worlds; seed++) {
            for (boolean allied : new boolean[] {false, true}) {
                SmallWorld w = new SmallWorld(p, seed, 100);
                TraffickingOrganization t = third(w);
                Alliances alliances = new Alliances();
                if (allied) {
                    w.south.setUnpaid(true);
                    alliances.month(w);
                    assertTrue(alliances.allied(w.south, t));
                }
                w.b.removeAttacker(w.north); // North keeps attacking C, so the pact holds
                t.markLeaderLoss(); // Third's plaza B is disrupted, an inviting target for South
                GunMarket guns = new GunMarket(new FirearmsAgency(new BorderAgency()));
                guns.initialize(w);
                new TerritorialContest(guns, alliances).month(w);
                boolean between = w.b.attackers().contains(w.south) || w.c.attackers().contains(t);
                if (between) {
                    if (allied) {
                        attacksAllied++;
                    } else {
                        attacksApart++;
                    }
                }
            }
        }
        assertTrue(attacksApart > worlds / 4, "apart, neighbours South and Third attack each other in a month in many worlds: " + attacksApart);
        assertEquals(0, attacksAllied, "allied, never");
    }

    @Test
    void aCommonEnemyFacingAnAllianceLosesMoreFronts() {
        int worlds = 600;
        double[] northWins = new double[2];
        double[] expected = new double[2];
        for (long seed = 1; seed <= worlds; seed++) {
            for (int allied = 0; allied < 2; allied++) {
                SmallWorld w = new SmallWorld(params(1), seed, 100);
                TraffickingOrganization t = third(w);
                w.b.removeAttacker(w.north); // only C is fought: North against South (and Third if allied)
                Alliances alliances = new Alliances();
                w.south.setUnpaid(true);
                w.c.addAttacker(w.north);
                if (allied == 1) {
                    w.b.addAttacker(w.north);
                    alliances.month(w);
                    w.b.removeAttacker(w.north);
                    assertTrue(alliances.allied(w.south, t));
                }
                GunMarket guns = new GunMarket(new FirearmsAgency(new BorderAgency()));
                guns.initialize(w);
                double[][] share = plaza.agents.Presence.shares(w.organizations(), w.plazas());
                double fn = w.north.enforcerCount() * share[0][2] * guns.lethality(w.north, w);
                double fs = w.south.enforcerCount() * share[1][2] * guns.lethality(w.south, w)
                        + (allied == 1 ? t.enforcerCount() * Settlement.jointShare(t, w.c, w) * guns.lethality(t, w) : 0);
                expected[allied] = fn * fn / (fn * fn + fs * fs);
                Settlement.settle(w, w.stream("territorial-contest"), 1, guns, alliances);
                if (w.c.controller() == w.north) {
                    northWins[allied]++;
                }
            }
        }
        assertTrue(expected[0] - expected[1] > 0.15, "pooling Third's fighters changes the odds: " + expected[0] + " vs " + expected[1]);
        assertEquals(expected[0], northWins[0] / worlds, 0.08, "North's win share against South alone");
        assertEquals(expected[1], northWins[1] / worlds, 0.08, "North's win share against South and Third");
    }
}
