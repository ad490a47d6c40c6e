package plaza.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import plaza.agents.Person;
import plaza.agents.Role;
import plaza.agents.TraffickingOrganization;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;

/**
 * M11, M12 on the small world (deterministic): an organization whose drug income falls below the
 * best it has known turns to predation by the stated elasticity, one whose income holds (or that
 * never had any) does not;
 * troops in a plaza deter part of the extortion there, and the local economy's ceiling bounds it.
 */
class PredationTest {

    @Test
    void lostDrugIncomeRaisesPredation() {
        ParameterValues p = Runs.baseline();
        SmallWorld w = new SmallWorld(p, 1, 100);
        Predation rule = new Predation();
        assertEquals(0, rule.predation(w.north, 1e8, w), 1e-12, "first month: no loss");
        assertEquals(0, rule.predation(w.north, 1.1e8, w), 1e-12, "income grows: no loss");
        double memory = p.get(OrganizationParameters.PREDATION_MEMORY);
        double best = 1.1e8 * (1 - 1 / memory);
        double expected = Math.pow(best / 0.55e8, p.get(OrganizationParameters.PREDATION_RESPONSE)) - 1;
        assertEquals(Math.min(Predation.MAX_PREDATION, expected), rule.predation(w.north, 0.55e8, w), 1e-9, "half the income lost");
        assertEquals(0, rule.predation(w.south, 0.55e8, w), 1e-12, "another organization remembers its own income");
        assertEquals(Predation.MAX_PREDATION, rule.predation(w.north, 0, w), 1e-12, "no drug income: the maximum");
        assertTrue(w.north.predation() == Predation.MAX_PREDATION);
        TraffickingOrganization local = new TraffickingOrganization(7, "Local", 0.8);
        assertEquals(0, rule.predation(local, 0, w), 1e-12, "never had drug income: nothing lost, the baseline rate");
    }

    @Test
    void enforcementDetersAndTheEconomyBounds() {
        ParameterValues p = Runs.baseline();
        SmallWorld w = new SmallWorld(p, 1, 100);
        double calm = Predation.extortion(w.a, 1, w);
        assertEquals(SmallWorld.RESIDENTS * p.get(OrganizationParameters.EXTORTION_PER_CAPITA) / 12 * 2, calm, 1e-6);
        for (int i = 0; i < 400; i++) {
            w.a.station(new Person(w.nextPersonId(), Role.SOLDIER, null, 0, true, 100));
        }
        double guarded = Predation.extortion(w.a, 1, w);
        assertTrue(guarded < calm, "troops deter extortion: " + guarded + " vs " + calm);
        double ceiling = SmallWorld.RESIDENTS * p.get(OrganizationParameters.EXTORTION_CEILING) / 12;
        assertEquals(ceiling, Predation.extortion(w.b, 1000, w), 1e-6, "the local economy bounds predation");
    }
}
