package plaza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import plaza.analysis.Precision;

/** What the precision rounds print at the end: all met, or where the others stopped and why. */
class PrecisionSummaryTest {

    private static final Path FILE = Path.of("out", "precision.csv");

    private static PrecisionRounds.Outcome outcome(int cap, boolean seedPool, double... halfWidths) {
        List<Precision.Need> needs = new java.util.ArrayList<>();
        for (int i = 0; i < halfWidths.length; i++) {
            needs.add(new Precision.Need("s" + i, cap, halfWidths[i], cap));
        }
        return new PrecisionRounds.Outcome(null, needs, 0, 0, 0, cap, seedPool);
    }

    @Test
    void allMetSaysSoWithoutMentioningOthers() {
        assertEquals("precision: all 2 scenarios within 3% on homicides (90% interval half-width) (see " + FILE + ")",
                PrecisionRounds.summary(outcome(20, true, 1.2, 2.9), 3, PrecisionRounds.metrics(List.of("homicides")), FILE));
    }

    @Test
    void unmetScenariosSayWhereTheyStopped() {
        assertEquals("precision: 1 of 3 scenarios within 3% on homicides (90% interval half-width); the others stopped at 20 replications,"
                        + " the seeds the history-matched ensemble holds (./plaza ensemble --keep N builds more) (see " + FILE + ")",
                PrecisionRounds.summary(outcome(20, true, 1.2, 3.1, Double.NaN), 3, PrecisionRounds.metrics(List.of("homicides")), FILE));
        assertEquals("precision: 0 of 1 scenarios within 3% on homicides (90% interval half-width); the others stopped at 40 replications"
                        + " (--max-replications) (see " + FILE + ")",
                PrecisionRounds.summary(outcome(40, false, 5.0), 3, PrecisionRounds.metrics(List.of("homicides")), FILE));
    }
}
