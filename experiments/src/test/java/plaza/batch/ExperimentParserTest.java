package plaza.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import plaza.cli.PlazaCli;
import plaza.params.InputException;

class ExperimentParserTest {

    @TempDir
    Path tmp;

    private Path write(String text) throws IOException {
        Path f = tmp.resolve("x.experiment");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void theExampleFilesParseAndResolveToTheAdvertisedRunCounts() {
        Path dir = TestProject.ROOT.resolve("experiments/experiments");
        BatchSpec sobol = BatchSpec.resolve(ExperimentParser.parse(dir.resolve("sobol-example.experiment")), TestProject.scenarios());
        assertEquals(5, sobol.factors().size());
        assertEquals(1001, sobol.runCount());
        BatchSpec grid = BatchSpec.resolve(ExperimentParser.parse(dir.resolve("troop-sweep.experiment")), TestProject.scenarios());
        assertEquals(60, grid.runCount());
        BatchSpec morris = BatchSpec.resolve(ExperimentParser.parse(dir.resolve("morris-screening.experiment")), TestProject.scenarios());
        assertEquals(90, morris.runCount());
        ExperimentDefinition headline = ExperimentParser.parse(dir.resolve("headline.experiment"));
        assertEquals("headline", headline.name());
        assertEquals(10, headline.replications());
        assertEquals(YearMonth.of(2020, 12), headline.until());
        BatchSpec h = BatchSpec.resolve(headline, TestProject.scenarios());
        assertEquals(TestProject.scenarios().names().size() * 10, h.runCount());
    }

    @Test
    void everyKeyIsRead() throws IOException {
        ExperimentDefinition d = ExperimentParser.parse(write("""
                # comment
                description = test   # trailing comment
                scenarios = baseline
                replications = 4
                seed = 100
                until = 2009-06
                scale = 1_000
                design = lhs
                samples = 20
                vary policy.kingpin_intensity = 0 : 2
                set guns.us_source_share = 0.8
                """));
        assertEquals("test", d.description());
        assertEquals(4, d.replications());
        assertEquals(100, d.seed());
        assertEquals(YearMonth.of(2009, 6), d.until());
        assertEquals(1000, d.scale());
        assertEquals(DesignKind.LHS, d.design());
        assertEquals(20, d.samples());
        assertEquals(2, d.factors().get(0).high());
        assertEquals(0.8, d.sets().get("guns.us_source_share"));
    }

    @Test
    void errorsNameTheFileLineAndAllowedValues() throws IOException {
        InputException unknownKey = assertThrows(InputException.class, () -> ExperimentParser.parse(write("seed = 1\nreplicates = 3\n")));
        assertTrue(unknownKey.getMessage().contains("x.experiment:2:") && unknownKey.getMessage().contains("unknown key 'replicates'"),
                unknownKey.getMessage());
        InputException name = assertThrows(InputException.class, () -> ExperimentParser.parse(write("vary policy.kingpin_intensty = 0:1\n")));
        assertTrue(name.getMessage().contains(":1:") && name.getMessage().contains("policy.kingpin_intensity"), name.getMessage());
        InputException range = assertThrows(InputException.class, () -> ExperimentParser.parse(write("\nvary guns.us_source_share = 0:3\n")));
        assertTrue(range.getMessage().contains(":2:") && range.getMessage().contains("allowed [0, 1]"), range.getMessage());
        InputException design = assertThrows(InputException.class, () -> ExperimentParser.parse(write("design = factorial\n")));
        assertTrue(design.getMessage().contains("grid, lhs, sobol, morris"), design.getMessage());
        InputException twice = assertThrows(InputException.class, () -> ExperimentParser.parse(write("seed = 1\nseed = 2\n")));
        assertTrue(twice.getMessage().contains("set twice"), twice.getMessage());
    }

    @Test
    void anUnknownOutcomeSuggestsTheNearestNames() throws IOException {
        InputException e = assertThrows(InputException.class, () -> ExperimentParser.parse(write("seed = 1\noutcomes = homicides, homicide\n")));
        String m = e.getMessage();
        assertTrue(m.contains("x.experiment:2: unknown outcome 'homicide'; nearest valid names: homicides"), m);
        assertTrue(m.split(",").length < 8, "a few suggestions, not every metric: " + m);
        assertTrue(!m.contains("active_dtos"), m);
    }

    @Test
    void badFlagsExitWithCode2AndAClearMessage() {
        assertEquals(2, exit("batch", "--vary", "policy.kingpin=0:1"), "unknown parameter");
        assertTrue(lastErr.contains("nearest valid names") && lastErr.contains("policy.kingpin_intensity"), lastErr);
        assertEquals(2, exit("batch", "--vary", "guns.us_source_share=0.5:1.5"), "out of range");
        assertTrue(lastErr.contains("allowed [0, 1]"), lastErr);
        assertEquals(2, exit("batch", "--design", "sobol"), "sobol with nothing varied");
        assertTrue(lastErr.contains("at least one varied parameter"), lastErr);
        assertEquals(2, exit("batch", "--threads", "0", "--scenarios", TestProject.baseline(), "--out", tmp.resolve("o").toString()));
    }

    @Test
    void theCommandRunsABatchAndExitsZero() {
        Path out = tmp.resolve("cli");
        assertEquals(0, exit("batch", "--scenarios", TestProject.baseline(), "--replications", "2", "--until", "2007-03",
                "--scale", "1000", "--threads", "2", "--out", out.toString()));
        assertTrue(Files.exists(out.resolve("runs.csv")) && Files.exists(out.resolve("metadata.txt")));
    }

    private String lastErr = "";

    private int exit(String... args) {
        CommandLine cl = PlazaCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        lastErr = err.toString();
        return code;
    }
}
