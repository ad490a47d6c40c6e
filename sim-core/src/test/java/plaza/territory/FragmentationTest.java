package plaza.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import plaza.agents.Person;
import plaza.agents.Role;
import plaza.agents.TraffickingOrganization;
import plaza.enforcement.Succession;
import plaza.funding.MeridaInitiative;
import plaza.institutions.Institutions;
import plaza.markets.DrugMarket;
import plaza.output.Metric;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.trafficking.BorderAgency;
import plaza.trafficking.Trafficking;

/**
 * Fragmentation beyond leader loss on the small world (deterministic cases: chances of 0 or at
 * least 1): a strong, trained enforcer wing breaks away with the wing share of the enforcers and a
 * tenth of the traffickers, a usual one does not; an unpaid organization holding one plaza is
 * absorbed by its neighbour, a paid one is not, unless its plazas hold less than
 * dto.absorption_value_share of the value of all plazas and the neighbour is stronger (then it is
 * absorbed at the monthly rate, checked over 400 independent months); a split divides territory, so
 * an organization holding one plaza cannot split.
 */
class FragmentationTest {

    private static Fragmentation fragmentation() {
        DrugMarket market = new DrugMarket();
        return new Fragmentation(new Succession(new Trafficking(new Institutions(new MeridaInitiative()),
                new BorderAgency(), market, new plaza.trafficking.TransitZone(), new plaza.markets.Crops(market))));
    }

    @Test
    void aStrongEnforcerWingBreaksAway() {
        ParameterValues p = Runs.baseline().with(OrganizationParameters.WING_BREAKAWAY_RATE, 1)
                .with(OrganizationParameters.ABSORPTION_RATE, 0);
        SmallWorld w = new SmallWorld(p, 1, 100);
        // North: 300 traffickers and 400 enforcers (wing 0.57 / 0.15 = 3.8 > 2 x 1.8: a chance of at least 1)
        w.staff(w.north, 300, 400).staff(w.south, 300, 50);
        w.north.addMember(new Person(w.nextPersonId(), Role.LIEUTENANT, w.north, 0, false, 1));
        w.south.addMember(new Person(w.nextPersonId(), Role.LIEUTENANT, w.south, 2, false, 1));
        w.north.setCohesion(0);
        w.south.setCohesion(0);
        assertTrue(Fragmentation.wing(w.north, w) > 2 * p.get(OrganizationParameters.WING_THRESHOLD));
        assertTrue(Fragmentation.wing(w.south, w) < p.get(OrganizationParameters.WING_THRESHOLD), "South's wing is usual");
        double enforcers = w.north.enforcerCount();
        fragmentation().month(w);
        assertEquals(3, w.organizations().size(), "North's wing broke away, South's did not");
        TraffickingOrganization wing = w.organizations().get(2);
        double share = p.get(OrganizationParameters.WING_ENFORCER_SHARE);
        assertEquals(share * enforcers, wing.enforcerCount(), 100, "the wing takes its share of the enforcers");
        assertEquals(0.1 * 300 * 100, wing.members() - wing.enforcerCount() - 1, 100, "and a tenth of the traffickers");
        assertTrue(wing.isEnemy(w.north), "the two feud");
        assertEquals(1, w.tally().get(Metric.WING_SPLITS));
    }

    @Test
    void anUnpaidOrganizationWithOnePlazaIsAbsorbed() {
        ParameterValues p = Runs.baseline().with(OrganizationParameters.ABSORPTION_RATE, 1)
                .with(OrganizationParameters.WING_BREAKAWAY_RATE, 0);
        SmallWorld w = new SmallWorld(p, 1, 100).staffBoth();
        fragmentation().month(w);
        assertEquals(2, w.organizations().size(), "paid organizations stay");
        w.south.setUnpaid(true);
        w.north.setUnpaid(true);
        fragmentation().month(w);
        assertFalse(w.south.alive(), "South (one plaza, unpaid) is absorbed");
        assertTrue(w.north.alive(), "North holds two plazas and stays");
        assertNotNull(w.c.controller());
        assertEquals(w.north, w.c.controller(), "its plaza goes to the neighbour");
        assertEquals(1, w.tally().get(Metric.ABSORPTIONS));
    }

    /** North (A, B) and South (C) with stakes 100, 100 and {@code c}: South holds c / (200 + c) of the value of all plazas. */
    private static SmallWorld stakes(ParameterValues p, long seed, double c) {
        SmallWorld w = new SmallWorld(p, seed, 100).staffBoth();
        w.a.setStake(100);
        w.b.setStake(100);
        w.c.setStake(c);
        return w;
    }

    @Test
    void aPaidOrganizationHoldingLittleOfTheTradeJoinsAStrongerNeighbour() {
        ParameterValues p = Runs.baseline().with(OrganizationParameters.ABSORPTION_RATE, 1)
                .with(OrganizationParameters.WING_BREAKAWAY_RATE, 0)
                .with(OrganizationParameters.ABSORPTION_VALUE_SHARE, 0.04);
        // South holds 2 / 202 = 1% of the value, is paid, and has 100 enforcer agents against North's 150
        SmallWorld w = stakes(p, 1, 2);
        assertFalse(w.south.unpaid());
        double together = w.north.members() + w.south.members();
        fragmentation().month(w);
        assertFalse(w.south.alive(), "South, paid but holding 1% of the value, joins North");
        assertEquals(w.north, w.c.controller(), "its plaza goes to North");
        assertEquals(together, w.north.members(), 100, "with its members (its leader joins as one rank-and-file agent)");
        assertEquals(1, w.tally().get(Metric.ABSORPTIONS));

        SmallWorld rich = stakes(p, 1, 20); // 20 / 220 = 9% of the value
        fragmentation().month(rich);
        assertTrue(rich.south.alive(), "South holding 9% of the value stays");

        SmallWorld strong = stakes(p, 1, 2);
        strong.staff(strong.south, 0, 100); // South now has 200 enforcer agents against North's 150
        fragmentation().month(strong);
        assertTrue(strong.south.alive(), "a paid South stronger than its neighbour is not absorbed");

        SmallWorld off = stakes(p.with(OrganizationParameters.ABSORPTION_VALUE_SHARE, 0), 1, 2);
        fragmentation().month(off);
        assertTrue(off.south.alive(), "at a share of 0 the rule is off: only unpaid one-plaza organizations are absorbed");
    }

    @Test
    void aSmallOrganizationIsAbsorbedAtTheMonthlyRate() {
        // 400 independent worlds, one month each, absorption rate 0.1: absorbed ~ Binomial(400, 0.1),
        // mean 40, sd 6; the band 24-56 (about 2.7 sd) fails by chance less than one time in 100
        ParameterValues p = Runs.baseline().with(OrganizationParameters.ABSORPTION_RATE, 0.1)
                .with(OrganizationParameters.WING_BREAKAWAY_RATE, 0)
                .with(OrganizationParameters.ABSORPTION_VALUE_SHARE, 0.04);
        int absorbed = 0;
        int large = 0;
        for (long seed = 1; seed <= 400; seed++) {
            SmallWorld w = stakes(p, seed, 2);
            fragmentation().month(w);
            absorbed += w.south.alive() ? 0 : 1;
            SmallWorld big = stakes(p, seed, 20);
            fragmentation().month(big);
            large += big.south.alive() ? 0 : 1;
        }
        assertTrue(absorbed >= 24 && absorbed <= 56, "absorbed in " + absorbed + " of 400 months, expected about 40");
        assertEquals(0, large, "an organization holding 9% of the value is never absorbed");
    }

    @Test
    void aSplitNeedsTerritoryToDivide() {
        SmallWorld w = new SmallWorld(Runs.baseline(), 1, 100).staffBoth();
        w.north.addMember(new Person(w.nextPersonId(), Role.LIEUTENANT, w.north, 0, false, 1));
        w.south.addMember(new Person(w.nextPersonId(), Role.LIEUTENANT, w.south, 2, false, 1));
        DrugMarket market = new DrugMarket();
        Succession succession = new Succession(new Trafficking(new Institutions(new MeridaInitiative()),
                new BorderAgency(), market, new plaza.trafficking.TransitZone(), new plaza.markets.Crops(market)));
        double southMembers = w.south.members();
        assertEquals(null, succession.split(w.south, 0.4, 0.4, "breaks away", w, w.stream("leader-removal")),
                "South holds one plaza: nothing to divide");
        assertEquals(2, w.organizations().size(), "no new organization");
        assertEquals(southMembers, w.south.members(), 1e-9, "South keeps its members");
        assertEquals(w.south, w.c.controller());
        assertTrue(w.c.attackers().isEmpty(), "and nobody attacks its plaza");
        TraffickingOrganization faction = succession.split(w.north, 0.4, 0.4, "breaks away", w, w.stream("leader-removal"));
        assertNotNull(faction, "North holds two plazas and splits");
        assertEquals(w.north, w.a.controller(), "North keeps its first plaza");
        assertEquals(faction, w.b.controller(), "the faction takes the second");
        assertEquals(0.4 * (300 + 150) * 100, faction.members() - 1, 1e-6, "with 40% of the traffickers and enforcers, led by the lieutenant");
    }
}
