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
 * absorbed by its neighbour, a paid one is not; a split divides territory, so an organization
 * holding one plaza cannot split.
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
