package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import plaza.cli.PlazaCli;

/** plaza chart charts only what it is given: a folder of unrelated results is refused, not pooled. */
class ChartCommandTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void home() {
        System.setProperty("plaza.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    private static int plaza(StringWriter err, String... args) {
        CommandLine cl = PlazaCli.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void refusesAFolderOfUnrelatedResultsAndChartsASeedFolder() {
        StringWriter err = new StringWriter();
        assertEquals(0, plaza(err, "run", "baseline", "--until", "2007-02", "--out", tmp.resolve("mixed/one").toString()));
        assertEquals(0, plaza(err, "run", "kingpin-surge", "--until", "2007-02", "--out", tmp.resolve("mixed/two").toString()));
        StringWriter refused = new StringWriter();
        assertEquals(PlazaCli.BAD_INPUT, plaza(refused, "chart", tmp.resolve("mixed").toString()));
        assertTrue(refused.toString().contains("folder of 2 results (one, two)"), refused.toString());
        assertFalse(Files.exists(tmp.resolve("mixed/charts")), "nothing drawn");

        assertEquals(0, plaza(err, "run", "baseline", "--until", "2007-02", "--seed", "1", "--out", tmp.resolve("baseline/seed-1").toString()));
        assertEquals(0, plaza(err, "run", "baseline", "--until", "2007-02", "--seed", "2", "--out", tmp.resolve("baseline/seed-2").toString()));
        assertEquals(0, plaza(err, "chart", tmp.resolve("baseline").toString(), "--metrics", "homicides"), err.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("baseline/charts/timeseries-homicides.png")));
        assertEquals(PlazaCli.BAD_INPUT, plaza(new StringWriter(), "chart", tmp.resolve("baseline/seed-1").toString(), tmp.resolve("mixed/one").toString()),
                "several directories need --out");
    }
}
