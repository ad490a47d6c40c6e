package plaza.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.io.Numbers;
import plaza.output.Event;
import plaza.output.Metric;

/**
 * The API's promise: results through it are the command line's, byte for byte, for the same
 * scenario, changes, seed, period and scale; a batch through it writes the same files as
 * {@code plaza batch}; its comparison is {@code plaza compare}'s.
 */
class ApiEquivalenceTest {

    @TempDir
    Path tmp;

    @Test
    void aRunInMemoryIsTheCommandLinesFiles() throws IOException {
        Path cli = tmp.resolve("cli");
        CommandLine.Result r = CommandLine.run("run", "merida-judicial-50", "--seed", "4", "--from", "2006-07", "--until", "2009-06",
                "--scale", "200", "--set", "policy.kingpin_intensity=1.5", "--out", cli.toString());
        assertEquals(0, r.code(), r.err());

        Scenario s = Scenarios.bundled().load("merida-judicial-50").with("policy.kingpin_intensity", 1.5);
        assertEquals(1.5, s.value("policy.kingpin_intensity"));
        assertEquals("0.5", s.parameters().get("policy.merida_equipment_to_judicial"));
        RunOutputs out = s.run(4).from(YearMonth.of(2006, 7)).until(YearMonth.of(2009, 6)).scale(200).outputs();
        Path api = tmp.resolve("api");
        out.writeCsv(api);
        for (String f : List.of("timeseries.csv", "plazas.csv", "events.csv")) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(f)), Files.readAllBytes(api.resolve(f)), f + " differs");
        }

        // the values in memory, by content: every month and metric is the number in the CLI's file
        List<String> lines = Files.readAllLines(cli.resolve("timeseries.csv"));
        assertEquals(36, out.months().size());
        assertEquals(lines.size() - 1, out.months().size());
        List<String> header = List.of(lines.get(0).split(","));
        for (int i = 0; i < out.months().size(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            MonthRow row = out.months().get(i);
            assertEquals(cells[2], row.month().toString());
            for (Metric m : Metric.values()) {
                String cell = cells[header.indexOf(m.column())];
                assertEquals(cell, Numbers.format(row.get(m)), row.month() + " " + m.column());
                assertEquals(Double.parseDouble(cell), row.get(m), row.month() + " " + m.column());
            }
        }
        assertEquals(YearMonth.of(2006, 7), out.months().get(0).month());
        assertTrue(out.summary(Metric.HOMICIDES, YearMonth.of(2007, 1), YearMonth.of(2009, 6)) > 0);

        // plaza and event rows by content: counts per month and the event types in order
        Map<String, Integer> plazasPerMonth = new HashMap<>();
        for (String line : Files.readAllLines(cli.resolve("plazas.csv")).subList(1, Files.readAllLines(cli.resolve("plazas.csv")).size())) {
            plazasPerMonth.merge(line.split(",")[2], 1, Integer::sum);
        }
        out.plazas().forEach((month, rows) -> assertEquals(plazasPerMonth.get(month.toString()), rows.size(), month.toString()));
        List<String> fileEvents = new ArrayList<>();
        for (String line : Files.readAllLines(cli.resolve("events.csv")).subList(1, Files.readAllLines(cli.resolve("events.csv")).size())) {
            String[] c = line.split(",");
            fileEvents.add(c[2] + " " + c[3]);
        }
        List<String> memoryEvents = new ArrayList<>();
        out.events().forEach((month, list) -> list.forEach(e -> memoryEvents.add(month + " " + e.type().label())));
        assertEquals(fileEvents, memoryEvents);
        assertTrue(memoryEvents.size() > 10, "events in 36 months: " + memoryEvents.size());

        // the change was applied: without it the same run differs
        RunOutputs unchanged = Scenarios.bundled().load("merida-judicial-50").run(4).from(YearMonth.of(2006, 7))
                .until(YearMonth.of(2009, 6)).scale(200).outputs();
        assertNotEquals(unchanged.summary(Metric.LEADERS_REMOVED, YearMonth.of(2007, 1), YearMonth.of(2009, 6)),
                out.summary(Metric.LEADERS_REMOVED, YearMonth.of(2007, 1), YearMonth.of(2009, 6)));
    }

    @Test
    void theObserverSeesWhatTheOutputsHold() {
        Run run = Scenarios.bundled().load("baseline").run(2).until(YearMonth.of(2008, 3));
        List<String> seen = new ArrayList<>();
        run.run(new RunObserver() {
            @Override
            public void month(MonthRow row) {
                seen.add(row.month() + " " + Numbers.format(row.get(Metric.HOMICIDES)));
            }

            @Override
            public void events(YearMonth month, List<Event> events) {
                seen.add(month + " events " + events.size());
            }
        });
        List<String> expected = new ArrayList<>();
        RunOutputs out = run.outputs();
        for (MonthRow row : out.months()) {
            expected.add(row.month() + " " + Numbers.format(row.get(Metric.HOMICIDES)));
            expected.add(row.month() + " events " + out.events().get(row.month()).size());
        }
        assertEquals(15 * 2, seen.size());
        assertEquals(expected, seen);
    }

    @Test
    void oneRunOnTwoThreadsAtOnceGivesTheNumbersOfTheRunAlone() throws Exception {
        Run run = Scenarios.bundled().load("kingpin-surge").run(7).until(YearMonth.of(2008, 6));
        RunOutputs alone = run.outputs();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<RunOutputs> a = pool.submit(run::outputs);
            java.util.concurrent.Future<RunOutputs> b = pool.submit(run::outputs);
            for (RunOutputs together : List.of(a.get(), b.get())) {
                for (Metric m : Metric.values()) {
                    assertArrayEquals(alone.series(m), together.series(m), m.column());
                }
                assertEquals(alone.plazas(), together.plazas());
                assertEquals(alone.events(), together.events());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBatchAndItsComparisonAreTheCommandLines() throws IOException {
        Path cli = tmp.resolve("cli-batch");
        CommandLine.Result r = CommandLine.run("batch", "--scenarios", "baseline,merida-judicial-50", "--replications", "3",
                "--seed", "5", "--until", "2010-12", "--threads", "1", "--set", "policy.kingpin_intensity=1.5", "--out", cli.toString());
        assertEquals(0, r.code(), r.err());
        Path api = tmp.resolve("api-batch");
        BatchResult b = Batch.of("baseline", "merida-judicial-50").replications(3).seed(5).until(YearMonth.of(2010, 12))
                .set("policy.kingpin_intensity", "1.5").threads(2).run(api);
        assertEquals(new BatchResult(api, 6, 6, 0), b);
        for (String f : List.of("runs.csv", "timeseries.csv", "summary.csv", "parameters.csv")) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(f)), Files.readAllBytes(api.resolve(f)), f + " differs");
        }

        // the batch's runs read back are the runs in memory
        Results results = b.results();
        assertEquals(List.of("baseline", "merida-judicial-50"), results.scenarios());
        YearMonth from = YearMonth.of(2009, 1);
        YearMonth to = YearMonth.of(2010, 12);
        double sum = 0;
        for (RunSeries base : results.runs("baseline")) {
            RunSeries other = results.runs("merida-judicial-50").get(base.replication() - 1);
            assertEquals(base.seed(), other.seed());
            RunOutputs memory = Scenarios.bundled().load("baseline").with("policy.kingpin_intensity", 1.5).run(base.seed())
                    .until(to).outputs();
            assertEquals(memory.summary(Metric.HOMICIDES, from, to), base.summary(Metric.HOMICIDES, from, to));
            sum += other.summary(Metric.HOMICIDES, from, to) - base.summary(Metric.HOMICIDES, from, to);
        }

        Path cliCompare = tmp.resolve("cli-compare");
        r = CommandLine.run("compare", cli.toString(), "--metrics", "homicides,impunity_rate", "--period", "2009-01:2010-12",
                "--out", cliCompare.toString());
        assertEquals(0, r.code(), r.err());
        Path apiCompare = tmp.resolve("api-compare");
        Comparison c = Comparison.of(Results.read(api)).metrics(Metric.HOMICIDES, Metric.IMPUNITY_RATE).period(from, to);
        c.write(apiCompare);
        assertArrayEquals(Files.readAllBytes(cliCompare.resolve("comparison.csv")), Files.readAllBytes(apiCompare.resolve("comparison.csv")));

        List<Difference> ds = c.differences();
        assertEquals(2, ds.size());
        Difference h = ds.get(0);
        assertEquals("merida-judicial-50", h.scenario());
        assertEquals("baseline", h.baseline());
        assertEquals(Metric.HOMICIDES, h.metric());
        assertEquals("paired-t", h.test());
        assertEquals(3, h.n());
        assertEquals(sum / 3, h.difference(), 1e-9 * Math.abs(h.baselineValue()));
        assertTrue(h.low() <= h.difference() && h.difference() <= h.high(), h.toString());

        // two result sets, the first holding the baseline: the same paired differences
        BatchResult baseOnly = Batch.of("baseline").replications(3).seed(5).until(to).set("policy.kingpin_intensity", "1.5")
                .run(tmp.resolve("base"));
        BatchResult otherOnly = Batch.of("merida-judicial-50").replications(3).seed(5).until(to).set("policy.kingpin_intensity", "1.5")
                .run(tmp.resolve("other"));
        Difference two = Comparison.of(baseOnly.results(), otherOnly.results()).metrics(Metric.HOMICIDES).period(from, to)
                .differences().get(0);
        assertEquals(List.of(h.difference(), h.low(), h.high(), h.p()), List.of(two.difference(), two.low(), two.high(), two.p()));
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> Comparison.of(results, otherOnly.results()));
        assertTrue(e.getMessage().contains("holds 2 scenarios (baseline, merida-judicial-50)"), e.getMessage());
    }
}
