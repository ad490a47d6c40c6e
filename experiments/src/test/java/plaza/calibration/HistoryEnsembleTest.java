package plaza.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.params.ParameterValues;

/**
 * The history-matched ensemble, through the command line: acceptance is reproducible (same
 * candidates, same code: same seeds and the same record of every candidate, whatever the threads),
 * the file states the rule and versions, {@code --seeds history} runs the accepted seeds, and a
 * stale ensemble (another model, other targets) is reported with the command that rebuilds it.
 */
class HistoryEnsembleTest {

    @TempDir
    Path tmp;

    private String previousHome;

    /** A project home of its own: the scenario library and targets copied, so the test writes its ensemble there. */
    private Path home() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve("scenarios"));
        Files.createDirectories(home.resolve("seeds"));
        try (Stream<Path> s = Files.list(root.resolve("scenarios"))) {
            for (Path f : s.filter(f -> f.toString().endsWith(".scenario")).toList()) {
                Files.copy(f, home.resolve("scenarios").resolve(f.getFileName()));
            }
        }
        Files.copy(root.resolve("seeds/targets.csv"), home.resolve("seeds/targets.csv"));
        previousHome = System.getProperty("plaza.home");
        homeSet = true;
        System.setProperty("plaza.home", home.toString());
        return home;
    }

    private boolean homeSet;

    @AfterEach
    void restoreHome() {
        if (!homeSet) {
            return;
        }
        if (previousHome != null) {
            System.setProperty("plaza.home", previousHome);
        } else {
            System.clearProperty("plaza.home");
        }
    }

    @Test
    void ruleMeetsStrictTolerantAndExcludedTargets() throws IOException {
        List<Target> t = Targets.load(CalibrationTestSupport.table(tmp, "t.csv",
                "strict,total,homicides,2008,10,20,1,u,001:1,n",
                "loose,total,homicides,2008,10,20,1,u,001:1,n",
                "open,total,homicides,2008,100,,1,u,001:1,n",
                "gone,total,homicides,2008,10,20,1,u,001:1,n"));
        HistoryEnsemble.Rule r = new HistoryEnsemble.Rule(List.of("strict"), 0.5, List.of("gone"));
        assertTrue(r.meets(t.get(0), 20, 10, 20));
        assertFalse(r.meets(t.get(0), 21, 10, 20), "strict: the range itself");
        assertTrue(r.meets(t.get(1), 25, 10, 20), "tolerant: widened by half of the width, 5, on each side");
        assertTrue(r.meets(t.get(1), 5, 10, 20));
        assertFalse(r.meets(t.get(1), 25.01, 10, 20));
        assertTrue(r.meets(t.get(2), 50, 100, Double.POSITIVE_INFINITY), "open range: widened by half the bound");
        assertFalse(r.meets(t.get(2), 49.9, 100, Double.POSITIVE_INFINITY));
        assertTrue(r.meets(t.get(3), 1e9, 10, 20), "excluded: not matched");
        assertTrue(r.text().contains("strict inside their range; every other target") && r.text().endsWith("not matched: gone"), r.text());
        HistoryEnsemble.Rule every = new HistoryEnsemble.Rule(List.of("all"), 0.5, List.of("gone"));
        assertFalse(every.meets(t.get(1), 21, 10, 20), "--strict all: no target widened");
        assertTrue(every.meets(t.get(1), 20, 10, 20));
        assertTrue(every.meets(t.get(3), 1e9, 10, 20), "excluded: not matched");
        assertTrue(every.text().endsWith("every target of seeds/targets.csv inside its range; not matched: gone"), every.text());
        assertThrows(plaza.params.InputException.class, () -> new HistoryEnsemble.Rule(List.of("all", "strict"), 0, List.of()));
    }

    @Test
    void buildIsReproducibleWrittenReadAndUsedBySeedsHistory() throws IOException {
        Path home = home();
        String[] rule = {"--strict", "homicides_2010", "--tolerance", "3", "--exclude", "seized_opium_gum_2000h1,homicides_growth_2005_2010"};
        CalibrationTestSupport.Result two = CalibrationTestSupport.cli(concat(new String[] {"ensemble", "--candidates", "4", "--keep", "3",
                "--threads", "2"}, rule));
        Path file = home.resolve("scenarios/history.ensemble");
        String text = Files.readString(file);
        String candidates = gunzip(home.resolve("scenarios/history-candidates.csv.gz"));
        CalibrationTestSupport.Result one = CalibrationTestSupport.cli(concat(new String[] {"ensemble", "--candidates", "4", "--keep", "3",
                "--threads", "1", "--out", tmp.resolve("again").toString()}, rule));
        assertEquals(two.code(), one.code(), one.out() + one.err());
        assertEquals(candidates, gunzip(tmp.resolve("again/history-candidates.csv.gz")), "the same record on 1 and 2 threads");
        assertEquals(text.lines().filter(l -> l.startsWith("seeds =")).toList(),
                Files.readString(tmp.resolve("again/history.ensemble")).lines().filter(l -> l.startsWith("seeds =")).toList());

        HistoryEnsemble e = HistoryEnsemble.read(file);
        List<String> rows = candidates.lines().toList();
        assertEquals(5, rows.size(), "a header and the four candidates: " + candidates);
        assertEquals("seed,accepted,rejected_at,rejected_by,targets_met", rows.get(0));
        int accepted = 0;
        for (int i = 1; i < rows.size(); i++) {
            String[] c = rows.get(i).split(",", -1);
            assertEquals(Integer.toString(i), c[0]);
            assertEquals(c[1].equals("true"), c[2].isEmpty() && c[3].isEmpty(), "accepted exactly when no check failed: " + rows.get(i));
            assertTrue(c[1].equals("true") || c[3].matches("[a-z0-9_:]+=[-0-9.E]+(;[a-z0-9_:]+=[-0-9.E]+)*"),
                    "a rejected candidate names the failed checks with its values: " + rows.get(i));
            accepted += c[1].equals("true") ? 1 : 0;
        }
        assertEquals(4, e.candidates());
        assertEquals(accepted, e.accepted());
        assertEquals(Math.min(3, accepted), e.seeds().size());
        assertTrue(text.contains("tolerance = 3\n") && text.contains("matching_rule = in the candidate's own baseline run to 2012-12, "
                + "homicides_2010 inside their range; every other target"), text);
        assertTrue(text.contains("rebuild = ./plaza ensemble --candidates 4 --keep 3 --strict homicides_2010 --tolerance 3 --exclude"), text);
        assertEquals(accepted >= 3 ? 0 : 1, two.code(), two.out() + two.err());
        int rejected = 4 - accepted;
        assertTrue(two.out().contains(accepted + " of 4 candidates accepted (" + (25 * accepted) + ".0%)"), two.out());
        assertTrue(rejected == 0 || two.out().lines().anyMatch(l -> l.matches("rejected at \\d{4}-\\d{2} \\d+\\.\\d%(, \\d{4}-\\d{2} \\d+\\.\\d%)*")),
                "where the candidates were rejected, month by month: " + two.out());
        assertTrue(e.seeds().size() >= 2, "the rest needs two accepted seeds; a tolerance of 3 widths accepted only "
                + e.seeds() + " of seeds 1-4 (a deterministic outcome of this model): loosen the rule above\n" + candidates);
        ParameterValues baseline = new plaza.scenario.ScenarioLibrary(home.resolve("scenarios")).load("baseline").values();
        assertEquals(null, e.staleness(baseline, home.resolve("seeds/targets.csv")), "just built: current");

        // --seeds history: the accepted seeds, first R of them, in runs.csv
        CalibrationTestSupport.Result b = CalibrationTestSupport.cli("batch", "--scenarios", "baseline", "--replications", "2",
                "--until", "2007-02", "--seeds", "history", "--out", tmp.resolve("b").toString());
        assertEquals(0, b.code(), b.out() + b.err());
        assertTrue(b.err().contains("current"), b.err());
        List<String> runs = Files.readAllLines(tmp.resolve("b/runs.csv"));
        assertEquals(e.seeds().get(0).toString(), runs.get(1).split(",")[4]);
        assertEquals(e.seeds().get(1).toString(), runs.get(2).split(",")[4]);
        assertTrue(Files.readString(tmp.resolve("b/plan.txt")).contains("seeds = history: " + e.seeds().get(0) + ", " + e.seeds().get(1)));

        // more replications than accepted seeds: bad input, with the command that builds more
        CalibrationTestSupport.Result many = CalibrationTestSupport.cli("batch", "--scenarios", "baseline", "--replications",
                Integer.toString(e.seeds().size() + 1), "--until", "2007-02", "--seeds", "history", "--out", tmp.resolve("m").toString());
        assertEquals(2, many.code());
        assertTrue(many.err().contains("holds " + e.seeds().size() + " accepted seeds") && many.err().contains("./plaza ensemble"), many.err());

        // stale: the targets changed, or the model's baseline run of the first seed changed
        Files.writeString(home.resolve("seeds/targets.csv"), Files.readString(home.resolve("seeds/targets.csv")).replace(",5600,9000,", ",5600,9001,"));
        String why = e.staleness(baseline, home.resolve("seeds/targets.csv"));
        assertTrue(why != null && why.contains("targets table"), why);
        CalibrationTestSupport.Result stale = CalibrationTestSupport.cli("batch", "--scenarios", "baseline", "--replications", "1",
                "--until", "2007-02", "--seeds", "history", "--out", tmp.resolve("s").toString());
        assertEquals(0, stale.code(), stale.err());
        assertTrue(stale.err().contains("is stale") && stale.err().contains(e.rebuildCommand()), stale.err());
        Files.writeString(home.resolve("seeds/targets.csv"), Files.readString(home.resolve("seeds/targets.csv")).replace(",5600,9001,", ",5600,9000,"));
        String model = e.staleness(baseline.with(plaza.params.ParameterCatalog.byName("dto.split_probability", ""), 0.5),
                home.resolve("seeds/targets.csv"));
        assertTrue(model != null && model.contains("fingerprint " + e.fingerprint()), model);
    }

    /**
     * Early rejection changes the cost, never the verdict: on candidates 1-40, under two rules (the
     * earlier default, strict on five targets with the others widened, and one that matches the
     * 2005-2010 growth, whose 2005 denominator is checked at 2005-12), the candidates accepted are the
     * same as when every candidate is simulated to 2012-12 and then judged; a rejected candidate's
     * evaluated values are those of its full run, and the full run misses a target too. The test fails
     * if early rejection saved little (10 or fewer candidates stopped before 2012), if the 2005
     * denominator bound rejected none under the growth rule, or if no candidate was accepted.
     *
     * <p>The fixture is a targets table of its own: seeds/targets.csv with the 2005-2010 growth band
     * narrowed from 4-9 to 5-9 (a test band, not a target: 001:407-408 says "more than sixfold"), so
     * that the growth rule rejects enough candidates for the check to mean something. With the
     * project's table the city model (2026-12-07) accepts 30 of 40 candidates under the growth rule and
     * rejects 10 (2 of them by the denominator bound at 2005-12, 2005 homicides above 20,000 / 4),
     * too few for the check; with the narrowed band the 2005 bound is 20,000 / 5 = 4,000, which 4 of
     * the 40 candidates exceed, and 12 more miss the growth or the 2010 homicides. The rules' verdicts
     * are compared on that table, so the claim does not depend on how the project's bands are tuned.
     */
    @Test
    void earlyRejectionAcceptsExactlyWhatTheFullRuleAccepts() throws IOException {
        String table = Files.readString(Path.of("..").toAbsolutePath().normalize().resolve("seeds/targets.csv"));
        String growth = "homicides_growth_2005_2010,ratio,homicides,2010/2005,4,9,";
        assertTrue(table.contains(growth), "seeds/targets.csv has the 2005-2010 growth band 4-9 this fixture narrows");
        Path targetsFile = tmp.resolve("targets.csv");
        Files.writeString(targetsFile, table.replace(growth, "homicides_growth_2005_2010,ratio,homicides,2010/2005,5,9,"));
        List<Target> all = Targets.load(targetsFile);
        ParameterValues baseline = new plaza.scenario.ScenarioLibrary(Path.of("..").toAbsolutePath().normalize().resolve("scenarios"))
                .load("baseline").values();
        List<HistoryEnsemble.Rule> rules = List.of(
                // major_dtos_2010 is left out of this rule (seeds 1-10: 7 of 10 runs inside 7-12, counted at the border)
                new HistoryEnsemble.Rule(List.of("homicides_2008", "homicides_2010", "homicides_2008_over_2007", "homicides_2007_2010"),
                        0.5, List.of("seized_opium_gum_2000h1", "homicides_growth_2005_2010", "major_dtos_2010")),
                new HistoryEnsemble.Rule(List.of("homicides_2010", "homicides_growth_2005_2010"), 1.5, List.of("seized_opium_gum_2000h1")));
        for (HistoryEnsemble.Rule rule : rules) {
            HistoryEnsemble.Build early = HistoryEnsemble.build(baseline, all, targetsFile, rule, 40, 40, 100, 2, null, true);
            HistoryEnsemble.Build full = HistoryEnsemble.build(baseline, all, targetsFile, rule, 40, 40, 100, 2, null, false);
            assertEquals(full.ensemble().seeds(), early.ensemble().seeds(), rule.text());
            assertFalse(early.ensemble().seeds().isEmpty(), "no candidate of 1-40 accepted under " + rule.text());
            int stoppedEarly = 0;
            int byBound = 0;
            for (int i = 0; i < 40; i++) {
                HistoryEnsemble.Candidate e = early.candidates().get(i);
                HistoryEnsemble.Candidate f = full.candidates().get(i);
                assertEquals(f.seed(), e.seed());
                assertEquals(f.accepted(), e.accepted(), "seed " + e.seed());
                assertEquals(f.accepted(), f.missed(full.targets()).isEmpty());
                for (int t = 0; t < e.values().length; t++) {
                    if (!Double.isNaN(e.values()[t])) {
                        assertEquals(f.values()[t], e.values()[t], "seed " + e.seed() + ", " + full.targets().get(t).id());
                        assertEquals(f.met()[t], e.met()[t]);
                    }
                }
                if (e.accepted()) {
                    assertEquals(null, e.rejectedAt());
                    assertEquals(full.targets().size(), e.evaluated(), "an accepted candidate was judged on every target");
                } else {
                    assertFalse(e.rejectedBy().isEmpty());
                    stoppedEarly += e.rejectedAt().isBefore(HistoryEnsemble.MATCHED_UNTIL) ? 1 : 0;
                    byBound += e.rejectedBy().stream().anyMatch(x -> x.contains("denominator")) ? 1 : 0;
                }
            }
            // the early path must do real work (the counts on the fixture's table are printed)
            System.out.printf("%s: %d of 40 stopped before 2012-12, %d by the 2005 denominator bound, %d accepted%n",
                    rule.text(), stoppedEarly, byBound, early.ensemble().seeds().size());
            assertTrue(stoppedEarly > 10, "only " + stoppedEarly + " of 40 candidates rejected before 2012-12 under " + rule.text());
            assertTrue(rule == rules.get(0) || byBound > 0, "the 2005 denominator bound rejected no candidate under " + rule.text());
        }
    }

    private static String gunzip(Path file) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
