package plaza.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import plaza.io.RunWriter;

/** {@code plaza run}: the files it writes, their reproducibility, and every bad-input case. */
class RunCommandTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void home() {
        System.setProperty("plaza.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    private record Result(int code, String err) { }

    private static Result run(String... args) {
        CommandLine cl = PlazaCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int code = cl.execute(args);
        return new Result(code, err.toString());
    }

    @Test
    void writesAllFilesAndIsReproducible() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        assertEquals(0, run("run", "baseline", "--seed", "5", "--until", "2008-06", "--out", a.toString()).code());
        assertEquals(0, run("run", "baseline", "--seed", "5", "--until", "2008-06", "--out", b.toString()).code());
        assertEquals(0, run("run", "baseline", "--seed", "6", "--until", "2008-06", "--out", c.toString()).code());
        for (String f : List.of(RunWriter.TIMESERIES, RunWriter.PLAZAS, RunWriter.EVENTS, "metadata.txt")) {
            assertTrue(Files.isRegularFile(a.resolve(f)), f);
        }
        byte[] ta = Files.readAllBytes(a.resolve(RunWriter.TIMESERIES));
        assertArrayEquals(ta, Files.readAllBytes(b.resolve(RunWriter.TIMESERIES)), "same seed, same bytes");
        assertFalse(java.util.Arrays.equals(ta, Files.readAllBytes(c.resolve(RunWriter.TIMESERIES))), "seeds differ");
        List<String> lines = Files.readAllLines(a.resolve(RunWriter.TIMESERIES));
        assertEquals(1 + 18, lines.size());
        assertTrue(lines.get(0).startsWith("scenario,seed,month,homicides,active_dtos"), lines.get(0));
        assertTrue(lines.get(1).startsWith("baseline,5,2007-01,"), lines.get(1));
        String md = Files.readString(a.resolve("metadata.txt"));
        assertTrue(md.contains("format_version = 1") && md.contains("param.policy.kingpin_intensity = "), md);
    }

    @Test
    void fromWritesEarlierMonthsInEveryFile() throws IOException {
        Path d = tmp.resolve("from");
        assertEquals(0, run("run", "baseline", "--until", "2007-02", "--from", "1995-01", "--out", d.toString()).code());
        List<String> lines = Files.readAllLines(d.resolve(RunWriter.TIMESERIES));
        assertEquals(1 + 12 * 12 + 2, lines.size(), "1995-01 to 2007-02");
        assertTrue(lines.get(1).startsWith("baseline,1,1995-01,"), lines.get(1));
        assertTrue(Files.readAllLines(d.resolve(RunWriter.PLAZAS)).get(1).startsWith("baseline,1,1995-01,"), "plaza rows from 1995");
        String md = Files.readString(d.resolve("metadata.txt"));
        assertTrue(md.contains("from = 1995-01"), md);
        Path e = tmp.resolve("from2005");
        assertEquals(0, run("run", "baseline", "--until", "2007-02", "--from", "2005-01", "--out", e.toString()).code());
        List<String> later = Files.readAllLines(e.resolve(RunWriter.TIMESERIES));
        assertEquals(1 + 24 + 2, later.size(), "2005-01 to 2007-02");
        assertEquals(lines.get(1 + 120), later.get(1), "the same run, only the window differs");
        assertBadInput(run("run", "baseline", "--from", "1990-01"), "--from 1990-01 is out of range; allowed 1995-01 to 2007-01");
        assertBadInput(run("run", "baseline", "--from", "soon"), "--from 'soon' is not a month");
    }

    @Test
    void theNineteenNinetiesAloneCanBeAskedFor() throws IOException {
        Path d = tmp.resolve("nineties");
        assertEquals(0, run("run", "baseline", "--from", "1995-01", "--until", "2001-12", "--scale", "1000", "--out", d.toString()).code());
        List<String> lines = Files.readAllLines(d.resolve(RunWriter.TIMESERIES));
        assertEquals(1 + 7 * 12, lines.size(), "1995-01 to 2001-12");
        assertTrue(lines.get(1).startsWith("baseline,1,1995-01,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("baseline,1,2001-12,"), lines.get(lines.size() - 1));
        assertTrue(Files.readString(d.resolve("metadata.txt")).contains("until = 2001-12"));
        // the same months as the start of a longer run: stopping early changes nothing before the stop
        Path longer = tmp.resolve("longer");
        assertEquals(0, run("run", "baseline", "--from", "1995-01", "--until", "2007-01", "--scale", "1000", "--out", longer.toString()).code());
        assertEquals(lines, Files.readAllLines(longer.resolve(RunWriter.TIMESERIES)).subList(0, lines.size()));
        // without --from nothing before 2007 is written, so an earlier --until is refused and says how
        assertBadInput(run("run", "baseline", "--until", "2001-12"), "--until 2001-12 is out of range; allowed 2007-01 to 2030-12",
                "--from 1995-01");
        assertBadInput(run("run", "baseline", "--from", "2005-01", "--until", "2003-12"), "allowed 2005-01 to 2030-12");
    }

    private void assertBadInput(Result r, String... fragments) {
        assertEquals(2, r.code(), r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "missing '" + f + "' in: " + r.err());
        }
    }

    @Test
    void unknownScenario() {
        assertBadInput(run("run", "legalise-marijuana", "--out", tmp.resolve("x").toString()), "unknown scenario 'legalise-marijuana'");
        assertFalse(Files.exists(tmp.resolve("x")), "no partial output");
    }

    @Test
    void unknownParameter() {
        assertBadInput(run("run", "baseline", "--set", "policy.kingpin_intesity=2", "--out", tmp.resolve("y").toString()),
                "unknown parameter 'policy.kingpin_intesity'", "policy.kingpin_intensity");
        assertFalse(Files.exists(tmp.resolve("y")), "no partial output");
    }

    @Test
    void valueOutOfRange() {
        assertBadInput(run("run", "baseline", "--set", "policy.marijuana_legal_share=2"),
                "policy.marijuana_legal_share", "allowed [0, 1] share of U.S. marijuana demand");
    }

    @Test
    void badMonthAndScale() {
        assertBadInput(run("run", "baseline", "--until", "2040-01"), "--until 2040-01 is out of range");
        assertBadInput(run("run", "baseline", "--until", "soon"), "'soon' is not a month");
        assertBadInput(run("run", "baseline", "--scale", "0"), "--scale");
    }

    @Test
    void malformedScenarioFileNamesLine() throws IOException {
        Path f = tmp.resolve("mine.scenario");
        Files.writeString(f, "description = mine\nextends = baseline\npolicy.kingpin_intensity: 2\n");
        assertBadInput(run("run", f.toString(), "--out", tmp.resolve("z").toString()), "mine.scenario:3: malformed line");
        Files.writeString(f, "extends = nosuch\n");
        assertBadInput(run("run", f.toString()), "mine.scenario:1: extends: unknown scenario 'nosuch'");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count(), "only the scenario file itself");
        }
    }

    @Test
    void unknownOption() {
        assertBadInput(run("run", "baseline", "--seeed", "3"), "Unknown option");
    }
}
