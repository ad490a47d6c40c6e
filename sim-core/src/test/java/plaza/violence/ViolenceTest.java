package plaza.violence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import plaza.agents.Person;
import plaza.agents.Role;
import plaza.finance.FirearmsAgency;
import plaza.finance.GunMarket;
import plaza.output.Metric;
import plaza.params.ParameterValues;
import plaza.params.ViolenceParameters;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.trafficking.BorderAgency;

/**
 * Violence on the small world: a contested plaza kills far more than the background, uncontested
 * plazas kill at the background rate (size), troops suppress the fighting where they stand and push
 * part of it to the neighbours (direction), and the month's crimes are left in the world's
 * crimesByPlaza channel. Means over 300 independent worlds; the tolerances are about four standard
 * errors of those means, so each check fails by chance with probability below 1e-4.
 */
class ViolenceTest {

    private static final int WORLDS = 300;

    /** Mean homicides per plaza (A, B, C) in one month with B contested; troops agents in B. */
    private static double[] meanHomicides(ParameterValues p, int troopAgents) {
        double[] sum = new double[3];
        for (long seed = 1; seed <= WORLDS; seed++) {
            SmallWorld w = new SmallWorld(p, seed, 100).staffBoth();
            w.b.addAttacker(w.south);
            for (int i = 0; i < troopAgents; i++) {
                w.b.station(new Person(w.nextPersonId(), Role.SOLDIER, null, 1, true, 100));
            }
            GunMarket guns = new GunMarket(new FirearmsAgency(new BorderAgency()));
            guns.initialize(w);
            new Violence(guns).month(w);
            sum[0] += w.a.homicidesThisMonth();
            sum[1] += w.b.homicidesThisMonth();
            sum[2] += w.c.homicidesThisMonth();
            assertTrue(w.world().channels().crimesLastMonth(1) >= w.b.homicidesThisMonth(), "crimes include homicides");
            assertEquals(w.tally().get(Metric.HOMICIDES), w.a.homicidesThisMonth() + w.b.homicidesThisMonth()
                    + w.c.homicidesThisMonth(), 1e-9);
        }
        for (int i = 0; i < 3; i++) {
            sum[i] /= WORLDS;
        }
        return sum;
    }

    @Test
    void contestedPlazaKillsMoreThanTheBackground() {
        ParameterValues p = Runs.baseline();
        double background = p.get(ViolenceParameters.BACKGROUND_HOMICIDES) / 1e5 / 12 * SmallWorld.RESIDENTS;
        double[] h = meanHomicides(p, 0);
        // A is held by North and not attacked: background only (Poisson, sd of the mean ~ 0.06)
        assertEquals(background, h[0], 4 * Math.sqrt(background / WORLDS) + 1e-9, "background in an uncontested plaza");
        assertTrue(h[1] > 3 * background, "contested plaza B: " + h[1] + " vs background " + background);
    }

    @Test
    void troopsSuppressLocallyAndDisplaceToNeighbours() {
        ParameterValues p = Runs.baseline();
        double[] none = meanHomicides(p, 0);
        double[] troops = meanHomicides(p, 400);
        assertTrue(troops[1] < none[1], "troops in B suppress its fighting: " + troops[1] + " vs " + none[1]);
        assertTrue(troops[0] + troops[2] > none[0] + none[2], "suppressed fighting moves to A and C");
    }

    @Test
    void noFightingWithoutAContest() {
        ParameterValues p = Runs.baseline().with(ViolenceParameters.BACKGROUND_HOMICIDES, 0);
        SmallWorld w = new SmallWorld(p, 1, 100).staffBoth();
        GunMarket guns = new GunMarket(new FirearmsAgency(new BorderAgency()));
        guns.initialize(w);
        new Violence(guns).month(w);
        assertEquals(0, w.tally().get(Metric.HOMICIDES));
        // members' other offences are still crimes, left for next month's arrests
        assertTrue(w.world().channels().crimesLastMonth(2) > 0, "offences by South's members in C");
    }
}
