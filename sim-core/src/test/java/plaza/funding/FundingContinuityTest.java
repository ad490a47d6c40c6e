package plaza.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import plaza.model.RunConfig;
import plaza.output.Metric;
import plaza.testing.Runs;

/**
 * Every funding output of the baseline keeps flowing to the last month a run may reach
 * ({@link RunConfig#LATEST}): once a program has started delivering, no month drops to zero or to
 * less than half of the month before (the baseline's appropriations are level after FY2011, so any
 * such drop is a table that ran out, as Merida's once did in July 2026). Deterministic given the seed.
 */
class FundingContinuityTest {

    private static final List<Metric> FUNDING = List.of(Metric.FUNDING_SPENT_USD, Metric.MERIDA_DELIVERED_USD,
            Metric.MERIDA_EQUIPMENT_USD, Metric.MERIDA_JUDICIAL_USD, Metric.MERIDA_TRAINING_USD, Metric.MERIDA_ECONOMIC_USD);

    @Test
    void everyFundingOutputIsContinuousToTheLastAllowedMonth() {
        List<double[]> rows = Runs.rows(Runs.baseline(), 1, RunConfig.LATEST, 1000);
        assertEquals(ChronoUnit.MONTHS.between(RunConfig.OUTPUT_START, RunConfig.LATEST) + 1, rows.size(),
                "one row per month 2007-01 to " + RunConfig.LATEST);
        for (Metric m : FUNDING) {
            int first = -1;
            for (int t = 0; t < rows.size(); t++) {
                double v = rows.get(t)[m.ordinal()];
                YearMonth month = RunConfig.OUTPUT_START.plusMonths(t);
                if (first < 0) {
                    first = v > 0 ? t : -1;
                    continue;
                }
                double before = rows.get(t - 1)[m.ordinal()];
                assertTrue(v > 0.5 * before, m.column() + " drops from " + before + " to " + v + " in " + month);
            }
            assertTrue(first >= 0 && first < 48, m.column() + " starts delivering by 2010 (first month index " + first + ")");
            assertTrue(rows.get(rows.size() - 1)[m.ordinal()] > 0, m.column() + " still delivers in " + RunConfig.LATEST);
        }
    }
}
