package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import plaza.cli.PlazaCli;
import plaza.output.Metric;

/** comparison.csv, report.md and the command line on synthetic result directories. */
class ComparisonOutputTest {

    private static final Map<String, Double> LEVELS = Map.of("homicides", 1000.0, "impunity_rate", 0.98);

    @TempDir
    Path tmp;

    private Path pairedBatch(String name, int months) {
        return Synthetic.batch(tmp.resolve(name),
                Synthetic.twoScenarios(new MersenneTwister(7), 10, months, 100, -20, 20, 5, true), false);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    @Test
    void writesTableChartsAndAReportThatSaysWhatIsDistinguishable() throws IOException {
        Path dir = pairedBatch("batch", 24);
        Comparison c = Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES, Metric.IMPUNITY_RATE), List.of()));
        c.write(dir);
        List<CSVRecord> rows = csv(dir.resolve("comparison.csv"));
        assertEquals(2, rows.size());
        CSVRecord h = rows.get(0);
        assertEquals("homicides", h.get("metric"));
        assertEquals("total", h.get("aggregate"));
        assertEquals("policy", h.get("scenario"));
        assertEquals("baseline", h.get("baseline"));
        assertEquals("paired-t", h.get("test"));
        assertEquals("yes", h.get("distinguishable"));
        double diff = Double.parseDouble(h.get("difference"));
        assertTrue(Double.parseDouble(h.get("ci90_low")) < diff && diff < Double.parseDouble(h.get("ci90_high")));
        assertTrue(Double.parseDouble(h.get("relative_change_pct")) < 0);
        assertTrue(Double.parseDouble(h.get("cohens_d")) < 0);
        assertEquals("mean", rows.get(1).get("aggregate"));
        String report = Files.readString(dir.resolve("report.md"));
        assertTrue(report.contains("Homicides 2007\u20132008 (total): policy is ") && report.contains("lower than baseline"), report);
        assertTrue(report.contains("distinguishable from noise (paired t, p "), report);
        assertTrue(report.contains("![chart](charts/timeseries-homicides.png)"), report);
        assertTrue(report.contains("![chart](charts/difference-homicides.png)"), report);
        assertTrue(report.contains("![chart](charts/effects-policy.png)"), report);
        assertTrue(report.contains("baseline: 1\u201310"), "seeds named: " + report);
        assertTrue(report.contains("synthetic"), "code version named");
        for (String png : List.of("timeseries-homicides", "timeseries-impunity_rate", "difference-homicides", "effects-policy")) {
            assertTrue(Files.size(dir.resolve("charts").resolve(png + ".png")) > 10_000, png);
        }
    }

    /** A second comparison in the same folder leaves only its own charts there, and other writers' charts alone. */
    @Test
    void aComparisonAgainReplacesTheChartsItNoLongerDraws() throws IOException {
        Path dir = pairedBatch("again", 24);
        Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES, Metric.IMPUNITY_RATE), List.of())).write(dir);
        Path charts = dir.resolve("charts");
        assertTrue(Files.exists(charts.resolve("difference-impunity_rate.png")) && Files.exists(charts.resolve("difference-impunity_rate.csv"))
                && Files.exists(charts.resolve("timeseries-impunity_rate.png")));
        Files.writeString(charts.resolve("sensitivity-homicides-total.png"), "another writer's chart");
        Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES), List.of())).write(dir);
        for (String stale : List.of("difference-impunity_rate.png", "difference-impunity_rate.csv", "timeseries-impunity_rate.png")) {
            assertFalse(Files.exists(charts.resolve(stale)), stale + " left from the first comparison");
        }
        assertTrue(Files.exists(charts.resolve("difference-homicides.png")) && Files.exists(charts.resolve("difference-homicides.csv")));
        assertTrue(Files.exists(charts.resolve("effects-policy.png")));
        assertEquals("another writer's chart", Files.readString(charts.resolve("sensitivity-homicides-total.png")));
    }

    @Test
    void aSingleReplicationSaysUncertaintyCannotBeEstimated() throws IOException {
        Path a = Synthetic.single(tmp.resolve("a"), Synthetic.constant("a", "baseline", 1, 1, YearMonth.of(2007, 1), 12, LEVELS));
        Path b = Synthetic.single(tmp.resolve("b"), Synthetic.constant("b", "policy", 1, 1, YearMonth.of(2007, 1), 12,
                Map.of("homicides", 900.0, "impunity_rate", 0.97)));
        Comparison c = Comparison.of(List.of(a, b), new Comparison.Options(null, List.of(Metric.HOMICIDES), List.of()));
        Contrast x = c.contrasts().get(0);
        assertEquals(Contrast.Test.NONE, x.test());
        assertTrue(Double.isNaN(x.low()) && Double.isNaN(x.p()));
        assertFalse(x.distinguishable());
        assertEquals(-10, x.relativePct(), 1e-4);
        Path out = tmp.resolve("out");
        c.write(out);
        CSVRecord row = csv(out.resolve("comparison.csv")).get(0);
        assertEquals("none", row.get("test"));
        assertEquals("", row.get("ci90_low"));
        assertEquals("unknown", row.get("distinguishable"));
        assertTrue(row.get("note").contains("uncertainty cannot be estimated"));
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("uncertainty cannot be estimated, so this may be noise"), report);
        assertTrue(report.contains("Some scenarios have a single replication"), report);
        assertFalse(report.contains("90% CI \u2212") || report.contains("90% CI +"), "no interval printed for n = 1");
    }

    @Test
    void defaultPeriodsAddTheMilestonesTheDataRunPast() {
        List<Synthetic.Run> runs = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            runs.add(Synthetic.constant("b" + i, "baseline", i, i, YearMonth.of(2007, 1), 12 * 16, LEVELS));
            Map<String, Double> higher = new java.util.LinkedHashMap<>(LEVELS);
            higher.replaceAll((k, v) -> 1.1 * v);
            runs.add(Synthetic.constant("p" + i, "policy", i, i, YearMonth.of(2007, 1), 12 * 16, higher));
        }
        Path dir = Synthetic.batch(tmp.resolve("long"), runs, true);
        Comparison c = Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES), List.of()));
        assertEquals(List.of(Period.parse("2007-01:2012-12"), Period.parse("2007-01:2020-12"), Period.parse("2007-01:2022-12")),
                c.periods());
        assertEquals(Period.parse("2007-01:2022-12"), c.mainPeriod());
    }

    @Test
    void runsMissingOnOneSideArePairedOnTheCommonSeeds() {
        List<Synthetic.Run> runs = new ArrayList<>(Synthetic.twoScenarios(new MersenneTwister(5), 5, 12, 100, 1, 20, 5, true));
        runs.remove(runs.size() - 1);
        Path dir = Synthetic.batch(tmp.resolve("failed"), runs, false);
        Contrast x = Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES), List.of())).contrasts().get(0);
        assertEquals(Contrast.Test.PAIRED_T, x.test());
        assertEquals(4, x.n());
        assertEquals("paired on the 4 seeds both have; left out (no partner run): baseline seed 5", x.note());
    }

    /** Baseline seeds 1-5 against a scenario run with the given seeds: what the report says it compared. */
    private String unequal(String name, long... policySeeds) throws java.io.IOException {
        List<Synthetic.Run> runs = new ArrayList<>();
        org.apache.commons.math3.random.RandomGenerator rng = new MersenneTwister(9);
        for (long seed = 1; seed <= 5; seed++) {
            runs.add(Synthetic.constant("b" + seed, "baseline", (int) seed, seed, YearMonth.of(2007, 1), 12,
                    java.util.Map.of("homicides", 100 + rng.nextDouble())));
        }
        for (long seed : policySeeds) {
            runs.add(Synthetic.constant("p" + seed, "policy", (int) seed, seed, YearMonth.of(2007, 1), 12,
                    java.util.Map.of("homicides", 120 + rng.nextDouble())));
        }
        Path dir = Synthetic.batch(tmp.resolve(name), runs, false);
        Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES), List.of())).write(dir);
        return Files.readString(dir.resolve("report.md"));
    }

    @Test
    void unequalSeedsAreReportedWithTheTrueCountsAndWhatWasLeftOut() throws java.io.IOException {
        String one = unequal("one", 1);
        assertTrue(one.contains("(1 policy run against 5 baseline runs, no test: uncertainty cannot be estimated)"), one);
        assertTrue(one.contains("with 1 policy run against 5 baseline runs; uncertainty cannot be estimated"), one);
        assertFalse(one.contains("single replication each"), one);

        String three = unequal("three", 1, 2, 3);
        assertTrue(three.contains("(3 pairs of runs with the same seed, paired t-test; left out (no partner run): baseline seeds 4\u20135)"), three);
        assertTrue(three.contains("| Homicides (total) | policy | 3 |"), "the table's n is the pairs used: " + three);

        String apart = unequal("apart", 11, 12, 13);
        assertTrue(apart.contains("(3 policy runs against 5 baseline runs, unpaired Welch t-test)"), apart);
    }

    @Test
    void theHelpNamesTheHeadlineMetrics() {
        StringWriter help = new StringWriter();
        CommandLine cl = PlazaCli.commandLine();
        cl.getSubcommands().get("compare").usage(new PrintWriter(help));
        String text = help.toString().replaceAll("\\s+", " ");
        for (Metric m : Metrics.HEADLINE) {
            assertTrue(text.contains(m.column()), m.column());
        }
    }

    @Test
    void theSentenceReadsAsTheIssueAsks() {
        Period p = Period.parse("2007-01:2020-12");
        Contrast x = new Contrast(p, Metric.HOMICIDES, "merida-judicial-50", "baseline", 10, 10, 92, 100, -8, -12, -4,
                Contrast.Test.PAIRED_T, 0.003, -1.1, "");
        assertEquals("Homicides 2007\u20132020 (total): merida-judicial-50 is 8.0% lower than baseline (92 vs 100 homicides), "
                + "90% CI \u221212.0% to \u22124.0%, distinguishable from noise (paired t, p = 0.003).", ReportText.sentence(x));
    }

    @Test
    void theCommandLineMapsBadInputToExitTwo() {
        Path dir = pairedBatch("cli", 12);
        assertEquals(2, execute("compare", dir.toString(), "--metrics", "homicide"));
        assertEquals(2, execute("compare", dir.toString(), "--metrics", "homicides", "--period", "2007-01:2009-12"));
        assertEquals(2, execute("compare", tmp.resolve("nothing").toString()));
        assertEquals(2, execute("compare", dir.toString(), "--metrics", "homicides", "--baseline", "nobody"));
        Path out = tmp.resolve("cmp");
        assertEquals(0, execute("compare", dir.toString(), "--metrics", "homicides,impunity_rate", "--baseline", "policy",
                "--period", "2007-01:2007-06", "--period", "2007-01:2007-12", "--out", out.toString()));
        assertTrue(Files.isRegularFile(out.resolve("report.md")));
        assertEquals(0, execute("chart", dir.toString(), "--metrics", "homicides", "--out", tmp.resolve("ch").toString()));
        assertTrue(Files.isRegularFile(tmp.resolve("ch/timeseries-homicides.png")));
    }

    private static int execute(String... args) {
        CommandLine cl = PlazaCli.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }
}
