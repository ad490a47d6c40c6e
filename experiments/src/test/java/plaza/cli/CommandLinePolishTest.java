package plaza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import plaza.io.RunWriter;

/** Suggestions for misspellings, --version, shell completion and what run reports it wrote. */
class CommandLinePolishTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void home() {
        System.setProperty("plaza.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    private static Cli.Result plaza(String... args) {
        return Cli.run(args);
    }

    @Test
    void misspelledCommandsAndOptionsGetSuggestions() {
        Cli.Result bach = plaza("bach");
        assertEquals(PlazaCli.BAD_INPUT, bach.code());
        assertTrue(bach.err().contains("Did you mean: batch"), bach.err());
        Cli.Result option = plaza("batch", "--replication", "2");
        assertEquals(PlazaCli.BAD_INPUT, option.code());
        assertTrue(option.err().contains("Did you mean: --replications"), option.err());
    }

    @Test
    void versionNamesTheCommit() {
        assertEquals(0, plaza("--version").code());
        String v = new PlazaCli.Version().getVersion()[0];
        assertTrue(v.matches("Plaza 0\\.1\\.0 \\(commit [0-9a-f]{12}(-dirty)? data [0-9a-f]{12}\\)"), "tests run in a clone, whose commit is known: " + v);
    }

    @Test
    void completionScriptCoversCommandsAndOptions() {
        assertEquals(0, plaza("generate-completion").code());
        String script = picocli.AutoComplete.bash("plaza", PlazaCli.commandLine());
        assertTrue(script.contains("_picocli_plaza_batch") && script.contains("--replications") && script.contains("complete -F"), "bash completion script");
    }

    @Test
    void headlineTakesReplicationsAndUntil() throws java.io.IOException {
        Path dir = tmp.resolve("headline");
        Cli.Result r = plaza("headline", "--replications", "1", "--until", "2007-02", "--threads", "2", "--precision", "0", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        java.util.List<String> runs = java.nio.file.Files.readAllLines(dir.resolve("runs.csv"));
        int scenarios = plaza.cli.Project.scenarios().names().size();
        assertEquals(1 + scenarios, runs.size(), "one replication of every scenario");
        java.util.List<String> months = java.nio.file.Files.readAllLines(dir.resolve("timeseries.csv"));
        assertEquals(1 + 2 * scenarios, months.size(), "two months each");
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("report.html")));
        assertEquals(PlazaCli.BAD_INPUT, plaza("headline", "--until", "2007-13", "--out", tmp.resolve("bad").toString()).code());
    }

    @Test
    void guiAndRunSayWhyTheirDefaultPeriodsDiffer() {
        var commands = PlazaCli.commandLine().getSubcommands();
        String g = commands.get("gui").getUsageMessage().replaceAll("\\s+", " ");
        String r = commands.get("run").getUsageMessage().replaceAll("\\s+", " ");
        assertTrue(g.contains("default: 2020-12") && g.contains("'run' and 'batch' default to 2012-12"), g);
        assertTrue(r.contains("default: 2012-12") && r.contains("'gui' and 'headline' run to 2020-12"), r);
    }

    @Test
    void runListsEveryFileItWrote() {
        Path dir = tmp.resolve("r");
        Cli.Result r = plaza("run", "baseline", "--until", "2007-02", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        for (String f : RunWriter.FILES) {
            assertTrue(r.out().contains(dir.resolve(f).toString()), f + " in " + r.out());
            assertTrue(java.nio.file.Files.isRegularFile(dir.resolve(f)), f);
        }
    }
}
