package plaza.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.output.Metric;
import plaza.output.PlazaRow;
import plaza.params.ParameterValues;
import plaza.world.Geography;

/** Each statistic computed on a synthetic run whose values are known month by month. */
class TargetEvaluationTest {

    @TempDir
    Path tmp;

    /** Homicides in month k (k = 0 for January 2005) are k + 1; extortion revenue 1, total revenue 4. */
    private static TargetStatistics synthetic(YearMonth until) {
        TargetStatistics s = new TargetStatistics();
        for (YearMonth m = TargetStatistics.first(); !m.isAfter(until); m = m.plusMonths(1)) {
            // k counts from January 2005; the 1995-2004 months (before every period used here) get k + 1 <= 0
            long k = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.of(2005, 1), m);
            double[] row = new double[Metric.values().length];
            row[Metric.HOMICIDES.ordinal()] = k + 1;
            row[Metric.DTO_REVENUE_USD.ordinal()] = 4;
            row[Metric.DTO_REVENUE_EXTORTION_USD.ordinal()] = 1;
            if (m.isBefore(YearMonth.of(2007, 1))) {
                s.spinUpMonth(m, row);
            } else {
                s.month(m, row);
            }
        }
        return s;
    }

    private List<Target> targets(String... rows) throws IOException {
        return Targets.load(CalibrationTestSupport.table(tmp, "t.csv", rows));
    }

    @Test
    void statisticsOfASyntheticRun() throws IOException {
        TargetStatistics run = synthetic(YearMonth.of(2010, 12));
        ParameterValues p = ParameterValues.builder().build();
        List<Target> t = targets(
                "total2005,total,homicides,2005,0,1,1,u,001:1,n",
                "rate,annual_rate,homicides,2005..2006,0,1,1,u,001:1,n",
                "mean2010,mean,homicides,2010,0,1,1,u,001:1,n",
                "max2007,max,homicides,2007,0,1,1,u,001:1,n",
                "dec2007,value,homicides,2007-12,0,1,1,u,001:1,n",
                "ratio,ratio,homicides,2010/2005,0,1,1,u,001:1,n",
                "drugs,total,dto_revenue_usd-dto_revenue_extortion_usd,2008,0,1,1e9,u,001:1,n",
                "share,ratio,dto_revenue_extortion_usd/dto_revenue_usd,2008..2009,0,1,1,u,001:1,n",
                "merida,merida_total,all,FY2008..FY2010,0,1,1,u,001:1,n",
                "equipment,merida_share,equipment,FY2008..FY2010,0,1,1,u,001:1,n");
        assertEquals(78, t.get(0).evaluate(run, p), 1e-12, "1 + ... + 12");
        assertEquals(300 / 2.0, t.get(1).evaluate(run, p), 1e-12, "(1 + ... + 24) x 12 / 24");
        assertEquals(66.5, t.get(2).evaluate(run, p), 1e-12, "months 61-72: mean of 61..72");
        assertEquals(36, t.get(3).evaluate(run, p), 1e-12);
        assertEquals(36, t.get(4).evaluate(run, p), 1e-12);
        assertEquals((61 + 72) * 6 / 78.0, t.get(5).evaluate(run, p), 1e-12);
        assertEquals(36 / 1e9, t.get(6).evaluate(run, p), 1e-21);
        assertEquals(0.25, t.get(7).evaluate(run, p), 1e-12);
        assertEquals(1400, t.get(8).evaluate(run, p), 1e-9, "catalog default appropriations FY2008-FY2010");
        assertEquals(0.55, t.get(9).evaluate(run, p), 1e-12);
    }

    @Test
    void targetsAfterTheRunEndAreNotEvaluable() throws IOException {
        List<Target> t = targets("a,total,homicides,2008,0,1,1,u,001:1,n",
                "b,ratio,homicides,2006/2009,0,1,1,u,001:1,n", "c,merida_total,all,FY2009..FY2009,0,1,1,u,001:1,n");
        YearMonth until = YearMonth.of(2008, 6);
        assertFalse(t.get(0).evaluableUntil(until));
        assertFalse(t.get(1).evaluableUntil(until), "the denominator's period counts");
        assertTrue(t.get(2).evaluableUntil(until), "computed from the inputs");
    }

    @Test
    void passRuleMissAndInterval() throws IOException {
        List<Target> t = targets("inside,total,homicides,2008,10,20,1,u,001:1,n",
                "below,total,homicides,2008,10,20,1,u,001:1,n",
                "open,total,homicides,2008,100,,1,u,001:1,n");
        double[][] v = {{10, 12, 14, 16, 18}, {1, 3, 5, 7, 9}, {50, 50, 50, 50, 50}};
        Evaluation e = new Evaluation(t, ParameterValues.builder().build(), YearMonth.of(2012, 12), v);
        assertTrue(e.passed(0));
        assertEquals(0, e.normalizedMiss(0));
        assertEquals(10.4, e.quantile(0, 0.05), 1e-12, "linear interpolation between order statistics");
        assertEquals(17.6, e.quantile(0, 0.95), 1e-12);
        assertFalse(e.passed(1));
        assertEquals(0.5, e.normalizedMiss(1), 1e-12, "mean 5 is 5 below a range 10 wide");
        assertEquals(0.5, e.normalizedMiss(2), 1e-12, "open range: miss relative to the bound");
        assertEquals((0.25 + 0.25) / 3, e.meanObjective(), 1e-12);
        assertEquals((0 + (0.25 + 1) + (0.25 + 1)) / 3, e.objective(), 1e-12, "miss^2 + (1 - share inside)^2, averaged");
        assertEquals(1, e.passedCount());
        assertEquals(1 / 3.0, e.score(), 1e-12);
        assertEquals(1.0, e.shareInside(0), 1e-12, "10 and 18 are inside [10, 20]: the bounds belong to the range");
        assertEquals(0.0, e.shareInside(1), 1e-12);
    }

    /** The 2008/2007 ratios of ten seeds: their mean (2.41) lies in 2-4, but one run does. */
    @Test
    void aMeanInsideMadeOfRunsOutsideFails() throws IOException {
        List<Target> t = targets("ratio,ratio,homicides,2008/2007,2,4,1,ratio,004:61,n",
                "most,total,homicides,2008,2,4,1,u,001:1,n");
        double[][] v = {{0.95, 8.25, 1.23, 1.67, 2.73, 4.59, 1.14, 0.73, 1.05, 1.73},
                {2, 2.5, 3, 3.5, 4, 4.5, 5, 1, 1.5, 3}};
        Evaluation e = new Evaluation(t, ParameterValues.builder().build(), YearMonth.of(2012, 12), v);
        assertEquals(2.407, e.mean(0), 1e-9);
        assertTrue(e.meanPassed(0), "the mean alone passes");
        assertEquals(0.1, e.shareInside(0), 1e-12);
        assertFalse(e.passed(0), "one run in ten inside: fails run by run");
        assertEquals(0.6, e.shareInside(1), 1e-12, "2, 2.5, 3, 3.5, 4 and 3 are inside");
        assertTrue(e.passed(1), "mean 3 inside and 60% of the runs inside");
        assertEquals(1, e.passedCount());
        assertEquals(2, e.meanPassedCount());
        assertEquals((0.81 + 0.16) / 2, e.objective(), 1e-12, "no miss of the means; 90% and 40% of the runs outside");
        String md = Reports.validationMarkdown(e, "t", 10, KnownMisses.none());
        String ratioRow = md.lines().filter(l -> l.startsWith("| ratio ")).findFirst().orElseThrow();
        assertTrue(ratioRow.matches(".*\\| 2\\.41 +\\|.*\\| 10% +\\| FAIL +\\| pass +\\|"), ratioRow);
        assertTrue(md.contains("Overall score: 1 of 2 evaluated targets pass (50%), 2 by the mean alone"), md);
    }

    /**
     * A synthetic run whose plaza rows are known: in month k (k = 0 for January 2005) plaza z has
     * z + k homicides and is contested in even months; the national row is left at zero.
     */
    private static TargetStatistics syntheticPlazas(YearMonth until) {
        TargetStatistics s = new TargetStatistics(true);
        for (YearMonth m = TargetStatistics.first(); !m.isAfter(until); m = m.plusMonths(1)) {
            long k = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.of(2005, 1), m);
            List<PlazaRow> rows = new java.util.ArrayList<>();
            for (int z = 0; z < Geography.SITES.size(); z++) {
                var site = Geography.SITES.get(z);
                rows.add(new PlazaRow(site.id(), site.name(), site.stateCode(), site.municipality(), site.kind().label(), site.population(),
                        "", k % 2 == 0, "", z + k, 0, 0, 0, 0, 0, 0, PlazaRow.Fields.NONE));
            }
            double[] row = new double[Metric.values().length];
            if (m.isBefore(YearMonth.of(2007, 1))) {
                s.spinUpMonth(m, row);
                s.spinUpPlazas(m, rows);
            } else {
                s.month(m, row);
                s.plazas(m, rows);
            }
        }
        return s;
    }

    @Test
    void plazaSeriesOfASyntheticRun() throws IOException {
        TargetStatistics run = syntheticPlazas(YearMonth.of(2010, 12));
        ParameterValues p = ParameterValues.builder().build();
        int[] chih = Geography.plazasOf(Geography.stateIndex("CHIH"));
        int[] tamps = Geography.plazasOf(Geography.stateIndex("TAMPS"));
        int juarez = Geography.siteIndex("juarez");
        int sumChih = java.util.Arrays.stream(chih).sum();
        int sumTamps = java.util.Arrays.stream(tamps).sum();
        List<Target> t = targets(
                "chih2010,total,homicides@CHIH,2010,0,1,1,u,001:1,n",
                "two,total,homicides@chih+homicides@TAMPS,2005,0,1,1,u,001:1,n",
                "share,ratio,homicides@CHIH/homicides@TAMPS,2010,0,1,1,u,001:1,n",
                "contested,mean,contested@CHIH,2008,0,1,1,u,001:1,n",
                "plain,total,homicides,2010,0,1,1,u,001:1,n",
                "city,total,homicides@juarez,2010,0,1,1,u,001:1,n");
        // 2010 is k = 60..71: a state's sum of (z + k) over its plazas z = 12 sum z + 786 plazas
        assertEquals(9, chih.length, "Chihuahua: eight named plazas and the rest of the state");
        assertEquals(12 * sumChih + 786 * chih.length, t.get(0).evaluate(run, p), 1e-9);
        assertEquals(12 * (sumChih + sumTamps) + 66 * (chih.length + tamps.length), t.get(1).evaluate(run, p), 1e-9, "2005 is k = 0..11, both states");
        assertEquals((12.0 * sumChih + 786 * chih.length) / (12 * sumTamps + 786 * tamps.length), t.get(2).evaluate(run, p), 1e-12);
        assertEquals(0.5 * chih.length, t.get(3).evaluate(run, p), 1e-12, "each plaza contested in six of twelve months");
        assertEquals(0, t.get(4).evaluate(run, p), 0, "the national column is not the plazas'");
        assertEquals(12 * juarez + 786, t.get(5).evaluate(run, p), 1e-9, "one city's series");
        assertTrue(t.get(0).readsPlazas() && t.get(2).readsPlazas());
        assertFalse(t.get(4).readsPlazas());
    }

    @Test
    void aPlazaTargetOnARunWithoutPlazaRowsIsAnError() throws IOException {
        Target t = targets("chih,total,homicides@CHIH,2010,0,1,1,u,001:1,n").get(0);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> t.evaluate(synthetic(YearMonth.of(2010, 12)), ParameterValues.builder().build()));
        assertTrue(e.getMessage().contains("plaza rows"), e.getMessage());
    }
}
