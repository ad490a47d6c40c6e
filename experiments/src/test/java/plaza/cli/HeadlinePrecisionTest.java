package plaza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plaza headline --precision} and {@code plaza compare --precision}: scenarios whose difference
 * is not yet precise get more replications in rounds, paired on the same seeds, up to the cap, and
 * precision.csv says how many each got and how precise it is (issue 24).
 */
class HeadlinePrecisionTest {

    @TempDir
    Path tmp;

    @Test
    void replicatesImpreciseScenariosInRoundsUpToTheCapAndSaysSo() throws IOException {
        Path exp = tmp.resolve("small.experiment");
        // the kingpin surge's effect on homicides 2007-2009 is noisy: 3 pairs cannot pin it to 1%
        Files.writeString(exp, "scenarios = baseline, kingpin-surge, trusted-trade\nreplications = 3\nuntil = 2009-12\nscale = 1000\n");
        Path dir = tmp.resolve("h");
        Cli.Result r = Cli.run("headline", "--experiment", exp.toString(), "--out", dir.toString(), "--threads", "2",
                "--precision", "1%", "--max-replications", "6");
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("precision.csv"));
        assertEquals("scenario,replications,half_width_pct,target_pct,replications_needed,met,outcomes", rows.get(0));
        String kingpin = rows.stream().filter(l -> l.startsWith("kingpin-surge,")).findFirst().orElseThrow();
        String trusted = rows.stream().filter(l -> l.startsWith("trusted-trade,")).findFirst().orElseThrow();
        // trusted-trade changes nothing homicides see: an exact zero difference is precise at 3 pairs
        assertTrue(trusted.startsWith("trusted-trade,3,0,1,"), trusted);
        assertTrue(trusted.contains(",yes,"), trusted);
        // the kingpin surge got more replications, up to the cap, and is reported as not met
        assertTrue(kingpin.startsWith("kingpin-surge,6,"), kingpin);
        assertTrue(kingpin.contains(",no,homicides"), kingpin);
        assertTrue(Files.isDirectory(dir.resolve("round-2")), "the second round is a batch of its own");
        List<String> round = Files.readAllLines(dir.resolve("round-2/runs.csv"));
        assertEquals(1 + 2 * 3, round.size(), "baseline and kingpin-surge, 3 more replications each");
        assertTrue(round.get(1).contains(",4,") || round.get(1).split(",")[4].equals("4"), "seeds continue at 4: " + round.get(1));
        String table = Files.readString(dir.resolve("comparison.csv"));
        assertTrue(table.contains("kingpin-surge,baseline,6,6,"), "the comparison pairs all 6 seeds");
        assertTrue(r.out().contains("precision: 1 of 2 scenarios within 1% on homicides (90% interval half-width);"
                + " the others stopped at 6 replications (--max-replications)"), r.out());
    }

    @Test
    void aHeadlineOfOtherCodeOrDefinitionIsReplacedWithItsRounds() throws IOException {
        Path exp = tmp.resolve("small.experiment");
        Files.writeString(exp, "scenarios = baseline, kingpin-surge\nreplications = 3\nuntil = 2009-12\nscale = 1000\n");
        Path dir = tmp.resolve("h");
        Cli.Result first = Cli.run("headline", "--experiment", exp.toString(), "--out", dir.toString(), "--threads", "2",
                "--precision", "1%", "--max-replications", "5");
        assertEquals(0, first.code(), first.err());
        assertTrue(Files.readString(dir.resolve("round-2/plan.txt")).contains("2009-12"), "the first headline's round ran to 2009-12");
        // the same command again after the definition changed (as after a model update): the old
        // headline and its round-2/ are replaced, not refused
        Files.writeString(exp, "scenarios = baseline, kingpin-surge\nreplications = 3\nuntil = 2008-12\nscale = 1000\n");
        Cli.Result second = Cli.run("headline", "--experiment", exp.toString(), "--out", dir.toString(), "--threads", "2",
                "--precision", "1%", "--max-replications", "5");
        assertEquals(0, second.code(), second.err());
        String plan = Files.readString(dir.resolve("round-2/plan.txt"));
        assertTrue(plan.contains("2008-12") && !plan.contains("2009-12"), "round-2 is the new headline's: " + plan);
        List<String> rows = Files.readAllLines(dir.resolve("precision.csv"));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("kingpin-surge,5,")), String.join("\n", rows));
    }

    @Test
    void compareReplicatesABatchItDidNotStartFromTheExperimentItRecords() throws IOException {
        Path dir = tmp.resolve("b");
        Cli.Result batch = Cli.run("batch", "--scenarios", "baseline,kingpin-surge,trusted-trade", "--replications", "3", "--until", "2009-12",
                "--scale", "1000", "--threads", "2", "--out", dir.toString());
        assertEquals(0, batch.code(), batch.err());
        Cli.Result two = Cli.run("compare", dir.toString(), tmp.toString(), "--precision", "1%");
        assertEquals(2, two.code(), "one batch only");
        assertTrue(two.err().contains("--precision adds replications to one batch directory"), two.err());

        Cli.Result r = Cli.run("compare", dir.toString(), "--precision", "1%", "--max-replications", "6", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("precision.csv"));
        String kingpin = rows.stream().filter(l -> l.startsWith("kingpin-surge,")).findFirst().orElseThrow();
        assertTrue(kingpin.startsWith("kingpin-surge,6,") && kingpin.contains(",no,homicides"), kingpin);
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("trusted-trade,3,0,1,") && l.contains(",yes,")), rows.toString());
        List<String> round = Files.readAllLines(dir.resolve("round-2/runs.csv"));
        assertEquals(1 + 2 * 3, round.size(), "baseline and kingpin-surge, 3 more replications each");
        assertEquals("4", round.get(1).split(",")[4], "seeds continue at 4: " + round.get(1));
        assertTrue(Files.readString(dir.resolve("comparison.csv")).contains("kingpin-surge,baseline,6,6,"), "the comparison pairs all 6 seeds");
        assertTrue(r.out().contains("precision: 1 of 2 scenarios within 1% on homicides"), r.out());
    }

    @Test
    void compareReplicatesEveryDesignPointOfAVariedLever() throws IOException {
        Path dir = tmp.resolve("v");
        Cli.Result batch = Cli.run("batch", "--vary", "policy.merida_equipment_to_judicial=0,1", "--set", "policy.merida_reallocation_fy=2008",
                "--replications", "2", "--until", "2010-06", // to 2009-06 the two design points' homicides were equal seed by seed (war exhaustion on, 2026-12-06), leaving nothing to replicate
                "--scale", "1000", "--threads", "2", "--out", dir.toString());
        assertEquals(0, batch.code(), batch.err());
        Cli.Result r = Cli.run("compare", dir.toString(), "--precision", "0.01%", "--max-replications", "3", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        List<String> round = Files.readAllLines(dir.resolve("round-2/runs.csv"));
        assertEquals(1 + 2, round.size(), "both design points, one more replication each");
        String row = Files.readAllLines(dir.resolve("precision.csv")).get(1);
        assertTrue(row.startsWith("\"baseline [policy.merida_equipment_to_judicial=1]\",3,") || row.startsWith("baseline [policy.merida_equipment_to_judicial=1],3,"), row);
    }
}
