package plaza.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The running difference from the baseline reads as a class would say it, from the months both runs have. */
class BaselineDifferenceTest {

    @Test
    void theDifferenceIsTheSumsSinceJanuary2007() {
        assertEquals("Homicides since 2007: +5.0% vs baseline (210 vs 200)",
                BaselineDifference.text(new double[] {100, 110}, new double[] {100, 100}));
        assertEquals("Homicides since 2007: -12.5% vs baseline (1,050 vs 1,200)",
                BaselineDifference.text(new double[] {600, 450}, new double[] {600, 600}));
        assertEquals("Homicides since 2007: +0.0% vs baseline (300 vs 300)",
                BaselineDifference.text(new double[] {120, 180}, new double[] {120, 180}), "same seed, no lever moved");
        // the baseline is a month behind: only the months both have are compared
        assertEquals("Homicides since 2007: +10.0% vs baseline (110 vs 100)",
                BaselineDifference.text(new double[] {110, 500}, new double[] {100}));
        assertEquals("Homicides since 2007: (0 vs 0) vs baseline", BaselineDifference.text(new double[] {0}, new double[] {0}));
    }

    @Test
    void itIsShownOnlyWhileComparing() {
        BaselineDifference d = new BaselineDifference(false);
        d.show(new double[] {100}, new double[] {80});
        assertEquals("Homicides since 2007: +25.0% vs baseline (100 vs 80)", d.shown());
        d.show(new double[] {100}, null);
        assertEquals("", d.shown(), "comparison off: nothing shown");
    }
}
