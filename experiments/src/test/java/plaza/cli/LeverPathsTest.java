package plaza.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import plaza.batch.ExperimentDefinition;
import plaza.batch.ExperimentParser;
import plaza.batch.Factor;
import plaza.io.RunWriter;
import plaza.params.InputException;
import plaza.params.MilitaryParameters;
import plaza.params.ParameterValues;
import plaza.params.Schedule;

/** Lever paths through the command line: --set, --explain, --vary on a point, and experiment files. */
class LeverPathsTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void home() {
        System.setProperty("plaza.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    private static Cli.Result run(String... args) {
        return Cli.run(args);
    }

    @Test
    void explainPrintsEachPathWithWhereItsPointsCameFrom() {
        Path out = tmp.resolve("never");
        Cli.Result r = run("run", "gun-export-controls", "--explain", "--out", out.toString(),
                "--set", "military.troops_deployed=2006-12: 0, 2007: 12000, 2010: 45000 ~linear");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("military.troops_deployed  linear path, written at --set"), r.out());
        assertTrue(r.out().contains("    2010-01: 45000    (--set)"), r.out());
        assertTrue(r.out().contains("policy.gun_control_intensity = 0.75  (") && r.out().contains("gun-export-controls.scenario:15)"), r.out());
        assertTrue(r.out().contains("policy.gun_control_year = 2011  (") && r.out().contains("gun-export-controls.scenario:16)"), r.out());
        assertTrue(r.out().contains("police.reform_strength = 0  (constant; catalog default)"), r.out());
        assertFalse(Files.exists(out), "--explain runs nothing");
    }

    @Test
    void aWrittenPathEqualToTheAliasesRunsTheSameBytesAndALaterSurgeDoesNot() throws IOException {
        Path base = tmp.resolve("base");
        Path same = tmp.resolve("same");
        Path later = tmp.resolve("later");
        assertEquals(0, run("run", "baseline", "--until", "2009-06", "--out", base.toString()).code());
        assertEquals(0, run("run", "baseline", "--until", "2009-06", "--out", same.toString(), "--set",
                "military.troops_deployed=2006-11: 0, 2007-03: 12000, 2007-12: 12000, 2008-12: 45000 ~linear").code());
        assertEquals(0, run("run", "baseline", "--until", "2009-06", "--out", later.toString(), "--set",
                "military.troops_deployed=2006-11: 0, 2007-03: 12000, 2008-12: 12000, 2009-12: 45000 ~linear").code());
        byte[] b = Files.readAllBytes(base.resolve(RunWriter.TIMESERIES));
        assertArrayEquals(b, Files.readAllBytes(same.resolve(RunWriter.TIMESERIES)));
        assertFalse(java.util.Arrays.equals(b, Files.readAllBytes(later.resolve(RunWriter.TIMESERIES))));
        assertTrue(Files.readString(base.resolve("metadata.txt")).contains(
                "param.military.troops_deployed = 2006-11: 0, 2007-03: 12000, 2007-12: 12000, 2008-12: 45000 ~linear"),
                "the metadata gives the path built from the aliases");
        assertTrue(Files.readString(same.resolve("metadata.txt")).contains(
                "param.military.troops_deployed = 2006-11: 0, 2007-03: 12000, 2007-12: 12000, 2008-12: 45000 ~linear"));
    }

    @Test
    void aBadPointIsBadInputNamingThePoint() {
        Cli.Result r = run("run", "baseline", "--set", "policy.aml_intensity=2011: 2, 2010: 3");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--set: point 2 (2010-01) of 'policy.aml_intensity'"), r.err());
    }

    @Test
    void varyShiftsOrSetsOnePointOfThePath() {
        ParameterValues.Builder b = Project.scenarios().load("baseline").values().toBuilder();
        Factor shift = Factor.parse("military.troops_deployed[3].shift", "0:12:2", "");
        assertEquals("military.troops_deployed[3].shift", shift.name());
        shift.apply(b, 12, "test: ");
        Schedule s = b.build().path(MilitaryParameters.TROOPS);
        assertEquals(YearMonth.of(2008, 12), s.points().get(2).month(), "the point moved a year");
        assertEquals(YearMonth.of(2009, 12), s.points().get(3).month(), "and every later point with it");
        assertEquals(YearMonth.of(2007, 3), s.points().get(1).month(), "earlier points stay");

        ParameterValues.Builder v = Project.scenarios().load("baseline").values().toBuilder();
        Factor.parse("military.troops_deployed[4]", "20000:60000", "").apply(v, 30000, "test: ");
        assertEquals(30000, v.build().at(MilitaryParameters.TROOPS, YearMonth.of(2010, 1)));

        ParameterValues.Builder bad = Project.scenarios().load("baseline").values().toBuilder();
        InputException order = assertThrows(InputException.class,
                () -> Factor.parse("military.troops_deployed[2].shift", "-12:0", "").apply(bad, -12, "design point 1: "));
        assertTrue(order.getMessage().contains("months must increase"), order.getMessage());
        InputException range = assertThrows(InputException.class, () -> Factor.parse("military.troops_deployed[2]", "0:300000", "--vary: "));
        assertTrue(range.getMessage().contains("out of range"), range.getMessage());
    }

    @Test
    void experimentFilesSetPathsAndVaryPoints() throws IOException {
        Path f = tmp.resolve("p.experiment");
        Files.writeString(f, "scenarios = baseline\nset policy.gun_control_intensity = 2009: 0.5, 2012: 1\n"
                + "vary military.troops_deployed[3].shift = 0:12:2\n");
        ExperimentDefinition d = ExperimentParser.parse(f);
        assertEquals("2009: 0.5, 2012: 1", d.paths().get("policy.gun_control_intensity"));
        assertTrue(d.canonicalLines().contains("set policy.gun_control_intensity = 2009: 0.5, 2012: 1"), d.canonicalLines().toString());
        Files.writeString(f, "scenarios = baseline\nset policy.gun_control_intensity = 2009: 0.5, 2012: 7\n");
        InputException e = assertThrows(InputException.class, () -> ExperimentParser.parse(f));
        assertTrue(e.getMessage().contains("p.experiment:2: point 2 (2012-01)"), e.getMessage());
    }

    @Test
    void explainChangedListsOnlyTheLeversThatDifferFromTheBaseline() {
        Cli.Result all = run("run", "gun-export-controls", "--explain");
        Cli.Result changed = run("run", "gun-export-controls", "--explain", "--changed");
        assertEquals(0, changed.code(), changed.err());
        assertTrue(changed.out().contains("policy.gun_control_intensity = 0.75  (") && changed.out().contains("policy.gun_control_year = 2011  ("),
                changed.out());
        assertFalse(changed.out().contains("police.reform_strength"), "a lever at its baseline value is not listed: " + changed.out());
        assertTrue(changed.out().lines().count() < all.out().lines().count() / 5, changed.out());
        java.util.regex.Matcher n = java.util.regex.Pattern.compile("# (\\d+) of (\\d+) levers differs? from baseline").matcher(changed.out());
        assertTrue(n.find(), changed.out());
        long blocks = changed.out().lines().filter(l -> !l.startsWith(" ") && !l.startsWith("#")).count();
        assertEquals(Long.parseLong(n.group(1)), blocks, "the count is the levers listed");
        assertTrue(Long.parseLong(n.group(2)) > 50, "out of every lever");

        Cli.Result none = run("run", "baseline", "--explain", "--changed");
        assertTrue(none.out().contains("# 0 of ") && none.out().lines().count() == 2, none.out());
        // a path set on the command line differs from the baseline's path, and is listed
        Cli.Result set = run("run", "baseline", "--explain", "--changed", "--set", "military.troops_deployed=2006-12: 0, 2007: 12000, 2010: 45000 ~linear");
        assertTrue(set.out().contains("military.troops_deployed  linear path, written at --set"), set.out());
        Cli.Result alone = run("run", "baseline", "--changed");
        assertEquals(2, alone.code());
        assertTrue(alone.err().contains("--changed goes with --explain"), alone.err());
    }

    @Test
    void explainListsTheConflictsOfSeveralParents() throws IOException {
        Path f = tmp.resolve("both.scenario");
        Files.writeString(f, "description = two reallocations\nextends = merida-judicial-50, merida-judicial-100\n");
        Cli.Result r = run("run", f.toString(), "--explain");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("extends merida-judicial-50, merida-judicial-100"), r.out());
        assertTrue(r.out().contains("# conflict: policy.merida_equipment_to_judicial: merida-judicial-50 sets 0.5 ("), r.out());
        assertTrue(r.out().contains("merida-judicial-100 wins"), r.out());
        assertTrue(r.out().contains("policy.merida_equipment_to_judicial = 1  ("), r.out());
    }
}
