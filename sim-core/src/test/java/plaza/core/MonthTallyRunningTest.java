package plaza.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;
import plaza.output.Metric;
import plaza.world.Drug;

/**
 * {@link MonthTally#running()} gives, to the last bit, the sums that one call per addition gives:
 * the same random sequence of seizures, deliveries and shipments of every drug, on a tally that
 * already holds values, made once through the tally's methods and once through a running sum.
 */
class MonthTallyRunningTest {

    private static final int STEPS = 5000;

    @Test
    void aRunningSumEqualsOneCallPerAdditionBitForBit() {
        MonthTally direct = started();
        MonthTally running = started();
        MonthTally.Running run = running.running();
        MersenneTwisterFast r = new MersenneTwisterFast(7);
        double seizedApart = 0; // the seizures summed on their own, for the check below
        for (int i = 0; i < STEPS; i++) {
            Drug d = Drug.values()[r.nextInt(Drug.values().length)];
            double x = r.nextDouble() * Math.pow(10, r.nextInt(7) - 3); // tons from a kilogram to a thousand tons
            switch (r.nextInt(4)) {
                case 0 -> {
                    boolean border = r.nextBoolean();
                    direct.seized(d, x, border);
                    seizedApart += x;
                    run.seized(x, border, Metric.seized(d, border).ordinal(), Metric.seized(d, border).perTon());
                }
                case 1 -> {
                    direct.seized(x, false);
                    seizedApart += x;
                    run.seized(x);
                }
                case 2 -> {
                    direct.delivered(x);
                    direct.add(Metric.tonsDelivered(d), x);
                    run.delivered(x, Metric.tonsDelivered(d).ordinal());
                }
                default -> {
                    direct.shipped(x);
                    run.shipped(x);
                }
            }
        }
        run.close();
        for (Metric m : Metric.values()) {
            assertEquals(Double.doubleToLongBits(direct.get(m)), Double.doubleToLongBits(running.get(m)), m.column());
        }
        assertEquals(Double.doubleToLongBits(direct.tonsSeizedTotal()), Double.doubleToLongBits(running.tonsSeizedTotal()));
        assertEquals(Double.doubleToLongBits(direct.tonsDeliveredTotal()), Double.doubleToLongBits(running.tonsDeliveredTotal()));
        assertEquals(Double.doubleToLongBits(direct.tonsShippedTotal()), Double.doubleToLongBits(running.tonsShippedTotal()));
        // the check has power: the same seizures added to the tally's value as one sum give other bits
        assertNotEquals(Double.doubleToLongBits(direct.get(Metric.TONS_SEIZED)),
                Double.doubleToLongBits(started().get(Metric.TONS_SEIZED) + seizedApart));
    }

    /** A tally that already holds the month's earlier additions and the run's cumulative tons. */
    private static MonthTally started() {
        MonthTally t = new MonthTally();
        t.seized(Drug.COCAINE, 123.456789, true);
        t.seized(Drug.HEROIN, 0.3333333, false);
        t.delivered(98765.4321);
        t.add(Metric.TONS_DELIVERED_METH, 17.25);
        t.shipped(1e5 / 3);
        return t;
    }
}
