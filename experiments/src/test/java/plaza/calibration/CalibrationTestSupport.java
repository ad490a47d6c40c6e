package plaza.calibration;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;
import plaza.cli.PlazaCli;

/** Runs the command line in-process and writes small targets tables for tests. */
final class CalibrationTestSupport {

    static final String HEADER = String.join(",", Targets.COLUMNS) + "\n";

    private CalibrationTestSupport() {}

    /** Points the project home at the repository root (tests run in the module directory). */
    static void home() {
        System.setProperty("plaza.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    record Result(int code, String out, String err) {}

    static Result cli(String... args) {
        CommandLine cl = PlazaCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static Path table(Path dir, String name, String... rows) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, HEADER + String.join("\n", rows) + "\n");
        return f;
    }
}
