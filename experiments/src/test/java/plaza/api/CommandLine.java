package plaza.api;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import plaza.cli.PlazaCli;

/** Runs the {@code plaza} command line in-process, for comparing the API with it: exit code and error output. */
final class CommandLine {

    record Result(int code, String err) { }

    private CommandLine() {}

    static Result run(String... args) {
        picocli.CommandLine cl = PlazaCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return new Result(cl.execute(args), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }
}
