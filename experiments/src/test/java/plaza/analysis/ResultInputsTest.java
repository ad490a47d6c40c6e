package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.io.Metadata;
import plaza.output.Metric;
import plaza.params.InputException;

/** Reading result directories of every layout, and the clear errors for inputs that do not belong together. */
class ResultInputsTest {

    private static final YearMonth START = YearMonth.of(2007, 1);
    private static final Map<String, Double> LEVELS = Map.of("homicides", 1000.0, "impunity_rate", 0.98);

    @TempDir
    Path tmp;

    private static List<Synthetic.Run> runs(String scenario, int reps, long firstSeed, int months) {
        List<Synthetic.Run> out = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            out.add(Synthetic.constant(scenario + "-" + i, scenario, i + 1, firstSeed + i, START, months, LEVELS));
        }
        return out;
    }

    @Test
    void batchSeedsComeFromRunsCsvWhenTheTimeseriesHasNone() {
        List<Synthetic.Run> all = new ArrayList<>(runs("baseline", 3, 11, 24));
        all.addAll(runs("policy", 3, 11, 24));
        ResultDirectory d = ResultDirectory.read(Synthetic.batch(tmp.resolve("b"), all, false));
        assertEquals("batch", d.kind());
        assertEquals(6, d.replications().size());
        Replication r = d.replications().get(4);
        assertEquals("policy", r.scenario());
        assertEquals(12L, r.seed());
        assertEquals(2, r.replication());
        assertEquals(new Period(START, START.plusMonths(23)), r.period());
        assertEquals(24, r.values().get("homicides").length);
        assertEquals(java.util.Set.of("homicides", "impunity_rate"), r.values().keySet(), "extra_note ignored");
    }

    @Test
    void singleRunsAndFoldersOfRunsAreRead() {
        Path folder = tmp.resolve("results/baseline");
        for (Synthetic.Run r : runs("baseline", 2, 5, 12)) {
            Synthetic.single(folder.resolve("seed-" + r.seed()), r);
        }
        ResultDirectory d = ResultDirectory.read(folder);
        assertEquals("runs", d.kind());
        assertEquals(List.of(5L, 6L), d.replications().stream().map(Replication::seed).toList());
        assertEquals(List.of(1, 2), d.replications().stream().map(Replication::replication).toList());
        ResultDirectory one = ResultDirectory.read(folder.resolve("seed-6"));
        assertEquals("run", one.kind());
        assertEquals(6L, one.replications().get(0).seed());
    }

    @Test
    void aDirectoryThatIsNotAResultIsNamed() {
        Path empty = tmp.resolve("empty");
        Synthetic.write(empty.resolve("notes.txt"), "hello");
        InputException e = assertThrows(InputException.class, () -> ResultSet.read(List.of(empty)));
        assertTrue(e.getMessage().contains(empty.toString()) && e.getMessage().contains("not a Plaza result directory"), e.getMessage());
    }

    @Test
    void aFutureFormatIsRefusedClearly() {
        Path dir = Synthetic.batch(tmp.resolve("future"), runs("baseline", 2, 1, 12), true);
        Synthetic.write(dir.resolve("metadata.txt"), "format_version = " + (Metadata.FORMAT_VERSION + 1) + "\nkind = batch\n");
        InputException e = assertThrows(InputException.class, () -> ResultSet.read(List.of(dir)));
        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void differentPeriodsAreAnErrorNamingTheDirectoryUnlessAPeriodIsGiven() {
        Path a = Synthetic.batch(tmp.resolve("a"), runs("baseline", 2, 1, 24), true);
        Path b = Synthetic.batch(tmp.resolve("b"), runs("policy", 2, 1, 12), true);
        ResultSet data = ResultSet.read(List.of(a, b));
        InputException e = assertThrows(InputException.class, () -> data.commonPeriod(List.of()));
        assertTrue(e.getMessage().contains(b.toString()) && e.getMessage().contains("2007-01:2007-12")
                && e.getMessage().contains("--period 2007-01:2007-12"), e.getMessage());
        Period first = Period.parse("2007-01:2007-12");
        assertEquals(first, data.commonPeriod(List.of(first)));
        InputException beyond = assertThrows(InputException.class, () -> data.commonPeriod(List.of(Period.parse("2007-01:2008-06"))));
        assertTrue(beyond.getMessage().contains(b.toString()), beyond.getMessage());
    }

    @Test
    void aMissingMetricNamesTheDirectory() {
        Path a = Synthetic.batch(tmp.resolve("a"), runs("baseline", 2, 1, 12), true);
        ResultSet data = ResultSet.read(List.of(a));
        InputException e = assertThrows(InputException.class, () -> data.checkMetrics(List.of(Metric.TONS_DELIVERED)));
        assertTrue(e.getMessage().contains(a.toString()) && e.getMessage().contains("tons_delivered"), e.getMessage());
    }

    @Test
    void differentScalesDoNotBelongTogether() {
        Path a = Synthetic.batch(tmp.resolve("a"), runs("baseline", 2, 1, 12), true);
        Path b = Synthetic.batch(tmp.resolve("b"), runs("policy", 2, 1, 12), true);
        Synthetic.write(b.resolve("metadata.txt"), "format_version = 1\nkind = batch\nscale = 10\n");
        InputException e = assertThrows(InputException.class, () -> ResultSet.read(List.of(a, b)));
        assertTrue(e.getMessage().contains(b.toString()) && e.getMessage().contains("scale"), e.getMessage());
    }

    @Test
    void theSameRunGivenTwiceIsRefused() {
        Path a = Synthetic.batch(tmp.resolve("a"), runs("baseline", 2, 1, 12), true);
        Path b = Synthetic.single(tmp.resolve("again"), runs("baseline", 1, 1, 12).get(0));
        InputException e = assertThrows(InputException.class, () -> ResultSet.read(List.of(a, b)));
        assertTrue(e.getMessage().contains("seed 1 appears twice"), e.getMessage());
    }

    @Test
    void monthsMustBeConsecutive() {
        Path a = Synthetic.single(tmp.resolve("gap"), runs("baseline", 1, 1, 3).get(0));
        Synthetic.write(a.resolve("timeseries.csv"), "scenario,seed,month,homicides\nbaseline,1,2007-01,5\nbaseline,1,2007-03,6\n");
        InputException e = assertThrows(InputException.class, () -> ResultDirectory.read(a));
        assertTrue(e.getMessage().contains("timeseries.csv:3") && e.getMessage().contains("consecutive"), e.getMessage());
    }

    @Test
    void unknownMetricNamesSuggestTheNearest() {
        InputException e = assertThrows(InputException.class, () -> Metrics.parse(List.of("homicides,tons_deliverd")));
        assertTrue(e.getMessage().contains("'tons_deliverd'") && e.getMessage().contains("tons_delivered"), e.getMessage());
        assertEquals(List.of(Metric.HOMICIDES, Metric.IMPUNITY_RATE), Metrics.parse(List.of("homicides", " impunity_rate")));
        assertEquals(Metrics.HEADLINE, Metrics.parse(List.of()));
    }

    @Test
    void flowsAreTotalledAndStocksAveraged() {
        assertTrue(Metric.HOMICIDES.isFlow());
        assertTrue(Metric.DTO_REVENUE_USD.isFlow());
        assertTrue(!Metric.IMPUNITY_RATE.isFlow() && !Metric.TROOPS_DEPLOYED.isFlow());
        Replication r = new Replication(tmp, "r", "s", 1L, 1, new Period(START, START.plusMonths(2)),
                Map.of("homicides", new double[] {1, 2, 3}, "impunity_rate", new double[] {0.2, 0.4, 0.9}));
        assertEquals(6, Statistics.summarise(r, Metric.HOMICIDES, r.period()), 1e-12);
        assertEquals(0.5, Statistics.summarise(r, Metric.IMPUNITY_RATE, r.period()), 1e-12);
        assertEquals(5, Statistics.summarise(r, Metric.HOMICIDES, Period.parse("2007-02:2007-03")), 1e-12);
        assertNull(Metric.byColumn("extra_note"));
    }
}
