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
 * M11, M12 on the small world (deterministic): an organization whose recent drug income falls
 * below its reference level seeks the stated share of the dollars lost through predation, relative to what
 * its plazas yield at the baseline rate; one whose income holds (or that never had any) does not;
 * a loss builds over the recent months, fades as the reference follows the income down, and moves
 * with the members in splits and mergers; troops in a plaza deter part of the
 * extortion there, and the local economy's ceiling bounds it.
 */
class PredationTest {

    private static final double RESIDENTS = 3 * SmallWorld.RESIDENTS;

    @Test
    void lostDrugIncomeRaisesPredationByTheShareSought() {
        ParameterValues p = Runs.baseline();
        SmallWorld w = new SmallWorld(p, 1, 100);
        Predation rule = new Predation();
        double share = p.get(OrganizationParameters.PREDATION_RESPONSE);
        double memory = p.get(OrganizationParameters.PREDATION_MEMORY);
        double recentMonths = p.get(OrganizationParameters.PREDATION_RECENT);
        double base = RESIDENTS * p.get(OrganizationParameters.EXTORTION_PER_CAPITA) / 12;
        double income = base; // drug income the size of the plazas' baseline extortion, so the ceiling does not bind
        assertEquals(0, rule.predation(w.north, income, RESIDENTS, w), 1e-12, "first month: no loss");
        assertEquals(0, rule.predation(w.north, 1.1 * income, RESIDENTS, w), 1e-12, "income grows: no loss");
        double recent = income + 0.1 * income / recentMonths;
        double reference = income + 0.1 * income / memory;
        assertEquals(recent, w.north.incomeMemory().recent(), 1e-6, "the recent level moves by 1/recent months of the gap");
        assertEquals(reference, w.north.incomeMemory().reference(), 1e-6, "the reference by 1/memory");
        recent += (0.5 * income - recent) / recentMonths;
        reference += (0.5 * income - reference) / memory;
        double expected = share * (reference - recent) / base;
        assertEquals(expected, rule.predation(w.north, 0.5 * income, RESIDENTS, w), 1e-9, "half the income lost: the share sought of the dollars lost");
        assertTrue(expected > 0, "a loss moves predation, a little in its first month: " + expected);
        assertEquals(expected, w.north.predation(), 1e-12);
        assertEquals(0, rule.predation(w.south, 0.5 * income, RESIDENTS, w), 1e-12, "another organization measures against its own level");
        TraffickingOrganization local = new TraffickingOrganization(7, "Local", 0.8);
        assertEquals(0, rule.predation(local, 0, RESIDENTS, w), 1e-12, "never had drug income: nothing lost, the baseline rate");
        assertEquals(0, rule.predation(local, 0, RESIDENTS, w), 1e-12);
    }

    @Test
    void aLossBuildsOverTheRecentMonthsAndFadesOverTheReferenceTime() {
        ParameterValues p = Runs.baseline();
        SmallWorld w = new SmallWorld(p, 1, 100);
        Predation rule = new Predation();
        double base = RESIDENTS * p.get(OrganizationParameters.EXTORTION_PER_CAPITA) / 12;
        double share = p.get(OrganizationParameters.PREDATION_RESPONSE);
        double memory = p.get(OrganizationParameters.PREDATION_MEMORY);
        double recentMonths = p.get(OrganizationParameters.PREDATION_RECENT);
        rule.predation(w.north, base, RESIDENTS, w);
        double first = rule.predation(w.north, 0, RESIDENTS, w);
        double peak = 0;
        double late = 0;
        for (int month = 2; month <= 4 * memory; month++) {
            double x = rule.predation(w.north, 0, RESIDENTS, w);
            peak = Math.max(peak, x);
            late = x;
        }
        // all income lost: the loss (reference - recent) peaks within a few recent-averaging times
        // near the whole level, then fades as the reference follows (e^-4 after four reference times)
        assertTrue(first < 0.2 * peak, "a swing of one month moves predation little: " + first + " vs peak " + peak);
        assertTrue(peak > 0.7 * share, "most of the lost level is sought at the peak: " + peak);
        assertEquals(share * Math.exp(-4), late, 0.01 * share, "the loss fades over the reference time");
        assertTrue(recentMonths < memory);
        assertEquals(0, rule.predation(w.north, 0, 0, w), 1e-12, "no plaza held: nowhere to prey");
    }

    @Test
    void splintersTakeTheirShareOfTheLevelsAndHeirsAddThem() {
        SmallWorld w = new SmallWorld(Runs.baseline(), 1, 100);
        new Predation().predation(w.north, 1e6, RESIDENTS, w);
        new Predation().predation(w.south, 3e6, RESIDENTS, w);
        TraffickingOrganization faction = new TraffickingOrganization(9, "North-2", 0.8);
        w.north.transferShareTo(faction, 0.1, 0.25, new ec.util.MersenneTwisterFast(1));
        assertEquals(0.25e6, faction.incomeMemory().reference(), 1e-6, "a faction leaves with the share of cash it takes");
        assertEquals(0.75e6, w.north.incomeMemory().reference(), 1e-6);
        w.south.transferAllTo(w.north);
        assertEquals(3.75e6, w.north.incomeMemory().reference(), 1e-6, "an heir adds the absorbed level");
        assertEquals(3.75e6, w.north.incomeMemory().recent(), 1e-6);
    }

    @Test
    void theLocalEconomyBoundsPredation() {
        ParameterValues p = Runs.baseline();
        SmallWorld w = new SmallWorld(p, 1, 100);
        Predation rule = new Predation();
        rule.predation(w.north, 1e9, RESIDENTS, w);
        for (int month = 0; month < 24; month++) {
            rule.predation(w.north, 0, RESIDENTS, w);
        }
        double max = p.get(OrganizationParameters.EXTORTION_CEILING) / p.get(OrganizationParameters.EXTORTION_PER_CAPITA) - 1;
        assertEquals(max, rule.predation(w.north, 0, RESIDENTS, w), 1e-12, "a loss far beyond the plazas' economy: the ceiling");
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
