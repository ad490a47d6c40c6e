package plaza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.io.Metadata;
import plaza.io.RunWriter;

/** {@code plaza rerun}: a run, and one run of a batch, reproduced byte for byte from the result directory alone. */
class RerunCommandTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void home() {
        System.setProperty("plaza.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    private static Path scenario(Path dir, String troops) throws IOException {
        Files.createDirectories(dir);
        Path f = dir.resolve("my surge.scenario");
        Files.writeString(f, "description = test: a bigger surge\nextends = "
                + Path.of("..", "scenarios", "baseline.scenario").toAbsolutePath().normalize() + "\n"
                + "military.troops_deployed_2009 = " + troops + "\n");
        return f;
    }

    @Test
    void aRunWithPreciseValuesIsReproducedAfterItsScenarioFileChanged() throws IOException {
        Path file = scenario(tmp.resolve("sc"), "61234.56789012345");
        Path dir = tmp.resolve("run");
        var r = TrustworthyRunTest.cli("run", file.toString(), "--until", "2009-06", "--scale", "1000", "--seed", "3",
                "--set", "policy.kingpin_intensity=1.2345678901234567", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        Metadata md = Metadata.read(dir);
        assertEquals("1.2345678901234567", md.get("param.policy.kingpin_intensity"), "recorded exactly, not to 6 digits");
        assertEquals("61234.56789012345", md.get("param.military.troops_deployed_2009"));
        scenario(tmp.resolve("sc"), "20000"); // the scenario file changes afterwards
        Path again = tmp.resolve("again");
        var rerun = TrustworthyRunTest.cli("rerun", dir.toString(), "--out", again.toString());
        assertEquals(0, rerun.code(), rerun.err());
        for (String f : List.of(RunWriter.TIMESERIES, RunWriter.PLAZAS, RunWriter.EVENTS)) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve(f)), Files.readAllBytes(again.resolve(f))), f);
        }
    }

    @Test
    void meridaSharesThatSumToOneReadBackAndRerun() {
        Path dir = tmp.resolve("merida");
        var r = TrustworthyRunTest.cli("run", "baseline", "--until", "2008-03", "--scale", "1000", "--out", dir.toString(),
                "--set", "funding.merida_share_equipment=0.10000049", "--set", "funding.merida_share_judicial=0.2234564",
                "--set", "funding.merida_share_economic=0.3234564", "--set", "funding.merida_share_training=0.35308671");
        assertEquals(0, r.code(), r.err());
        var rerun = TrustworthyRunTest.cli("rerun", dir.toString());
        assertEquals(0, rerun.code(), "rounded to 6 digits they would sum to 0.999999 and be refused: " + rerun.err());
    }

    @Test
    void oneRunOfASampledBatchIsReproducedAndItsRerunCommandIsShellSafe() throws IOException, InterruptedException {
        Path file = scenario(tmp.resolve("dir with spaces é"), "50000");
        Path batch = tmp.resolve("batch");
        var b = TrustworthyRunTest.cli("batch", "--scenarios", file.toString(), "--design", "lhs", "--samples", "3",
                "--vary", "dto.arms_share=0.01:0.1", "--vary", "policy.kingpin_intensity=0.5:1.5", "--replications", "1",
                "--until", "2007-08", "--scale", "1000", "--threads", "1", "--out", batch.toString());
        assertEquals(0, b.code(), b.err());
        List<CSVRecord> params = records(batch.resolve("parameters.csv"));
        assertEquals(3, params.size(), "every run's parameters are recorded");
        assertEquals("50000", params.get(2).get("military.troops_deployed_2009"));
        var rerun = TrustworthyRunTest.cli("rerun", batch.toString(), "--run-id", "2", "--out", tmp.resolve("r2").toString());
        assertEquals(0, rerun.code(), rerun.err());
        String command = records(batch.resolve("runs.csv")).get(1).get("rerun");
        // the shell splits the command into the words Plaza needs: the path stays one word
        Process p = new ProcessBuilder("bash", "-c", "for w in " + command.substring("./plaza ".length())
                + "; do printf '%s\\n' \"$w\"; done").start();
        List<String> words = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor());
        assertEquals("run", words.get(0));
        assertEquals(file.toString(), words.get(1));
        var byCommand = TrustworthyRunTest.cli(words.subList(0, words.size()).toArray(new String[0]));
        assertEquals(0, byCommand.code(), byCommand.err());
    }

    @Test
    void aBatchNeedsARunIdAndAnUnknownIdIsRefused() throws IOException {
        Path batch = tmp.resolve("b");
        assertEquals(0, TrustworthyRunTest.cli("batch", "--replications", "2", "--until", "2007-03", "--scale", "1000",
                "--threads", "1", "--out", batch.toString()).code());
        var none = TrustworthyRunTest.cli("rerun", batch.toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("--run-id"), none.err());
        var unknown = TrustworthyRunTest.cli("rerun", batch.toString(), "--run-id", "9");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no run 9"), unknown.err());
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            return p.getRecords();
        }
    }
}
