package plaza.violence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import plaza.agents.Person;
import plaza.agents.Role;
import plaza.output.Metric;
import plaza.params.MilitaryParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;

/**
 * Confrontation where troops deploy (staged, {@code military.provocation} = 1) on the small world:
 * North (15,000 enforcers) holds A and B, South (10,000) holds C and attacks B, police corruption
 * 0.5 everywhere. With {@code troops} soldiers in B (full strength is 2,500 per million residents),
 * B's expected confrontation killings are rate / 1000 x (strength + occupation beyond full strength) x armed x (1 + 0.5), armed in B
 * = 15,000 / 2 + 10,000 x 2/3 = 14,167 (North's members over its two plazas, South's weighted twice
 * at the front). The mean over 200 worlds is checked within 4 standard errors (Poisson): a false
 * alarm about 6 in 100,000 per check. Where no troops stand, and with the mechanism off, none.
 */
class ProvocationTest {

    private static final int WORLDS = 200;
    private static final double ARMED_IN_B = 15_000.0 / 2 + 10_000.0 * 2 / 3;

    /** Mean confrontation killings per plaza (A, B, C) in one month, and the mean tally, with troops in B. */
    private static double[] meanKillings(ParameterValues p, int troopAgents) {
        double[] sum = new double[4];
        for (long seed = 1; seed <= WORLDS; seed++) {
            SmallWorld w = new SmallWorld(p, seed, 100).staffBoth();
            w.b.addAttacker(w.south);
            for (int i = 0; i < troopAgents; i++) {
                w.b.station(new Person(w.nextPersonId(), Role.SOLDIER, null, 1, true, 10));
            }
            new Provocation().month(w);
            sum[0] += w.a.homicidesThisMonth();
            sum[1] += w.b.homicidesThisMonth();
            sum[2] += w.c.homicidesThisMonth();
            sum[3] += w.tally().get(Metric.HOMICIDES);
        }
        for (int i = 0; i < 4; i++) {
            sum[i] /= WORLDS;
        }
        return sum;
    }

    private static final double RATE = 2;

    private static ParameterValues on(double rate, double corruptionFactor) {
        return Runs.stagedOff().with(MilitaryParameters.PROVOCATION, 1).with(MilitaryParameters.PROVOCATION_RATE, rate)
                .with(MilitaryParameters.PROVOCATION_CORRUPTION, corruptionFactor);
    }

    private static void assertMean(double expected, double mean, String what) {
        assertEquals(expected, mean, 4 * Math.sqrt(expected / WORLDS) + 1e-9, what + ": " + mean + " vs " + expected);
    }

    @Test
    void troopsAtFullStrengthProvokeConfrontationInProportionToTheArmedPresent() {
        // 250 soldier agents of 10 = 2,500 troops per million: full strength
        // 2 killings per 1,000 armed members a month at full strength, police corruption 0.5 (x 1.5)
        double[] full = meanKillings(on(RATE, 1), 250);
        double expected = RATE / 1000 * ARMED_IN_B * 1.5;
        assertMean(expected, full[1], "B at full strength");
        assertEquals(0, full[0] + full[2], 0, "none where no troops stand");
        assertEquals(full[1], full[3], 1e-9, "the killings are the month's homicides");
        double[] half = meanKillings(on(RATE, 1), 125);
        assertMean(expected / 2, half[1], "B at half strength");
        double[] clean = meanKillings(on(RATE, 0), 250);
        assertMean(expected / 1.5, clean[1], "without the police term");
        double[] beyond = meanKillings(on(RATE, 1), 500);
        // twice full strength: strength 1 plus occupation 1 - e^(-1)
        assertMean(expected * (2 - Math.exp(-1)), beyond[1], "beyond full strength, more as the occupation term grows");
    }

    @Test
    void offAtWeightZero() {
        double[] off = meanKillings(Runs.stagedOff(), 250);
        assertEquals(0, off[3], 0, "military.provocation = 0: no confrontation killings");
    }
}
