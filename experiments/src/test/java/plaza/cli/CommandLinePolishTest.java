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

    private record Result(int code, String out, String err) { }

    private static Result plaza(String... args) {
        CommandLine cl = PlazaCli.commandLine();
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(out, true));
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            int code = cl.execute(args);
            return new Result(code, out + captured.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    @Test
    void misspelledCommandsAndOptionsGetSuggestions() {
        Result bach = plaza("bach");
        assertEquals(PlazaCli.BAD_INPUT, bach.code());
        assertTrue(bach.err().contains("Did you mean: batch"), bach.err());
        Result option = plaza("batch", "--replication", "2");
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
        Result r = plaza("headline", "--replications", "1", "--until", "2007-02", "--threads", "2", "--out", dir.toString());
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
    void runListsEveryFileItWrote() {
        Path dir = tmp.resolve("r");
        Result r = plaza("run", "baseline", "--until", "2007-02", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        for (String f : RunWriter.FILES) {
            assertTrue(r.out().contains(dir.resolve(f).toString()), f + " in " + r.out());
            assertTrue(java.nio.file.Files.isRegularFile(dir.resolve(f)), f);
        }
    }
}
