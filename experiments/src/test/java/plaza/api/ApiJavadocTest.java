package plaza.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API package's Javadoc builds without a warning, every public type and member documented
 * (doclint, all groups, warnings as errors), into {@code target/api-javadoc/}; and the check fails on
 * an undocumented public method.
 */
class ApiJavadocTest {

    private static final Path API = Path.of("src", "main", "java", "plaza", "api");

    @Test
    void theApiPackageDocumentsEveryPublicMemberWithoutWarnings() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(API)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(sources.size() >= 10, "API sources found: " + sources);
        Result r = javadoc(sources, Path.of("target", "api-javadoc"));
        assertEquals("", r.output(), "javadoc of plaza.api printed warnings or errors");
        assertEquals(0, r.code(), r.output());
        String index = Files.readString(Path.of("target", "api-javadoc", "plaza", "api", "Run.html"));
        assertTrue(index.contains("outputs()") && index.contains("Runs the model and keeps every month"), "Run.html documents outputs()");
    }

    @Test
    void anUndocumentedPublicMethodFailsTheCheck(@TempDir Path tmp) throws IOException {
        Path pkg = Files.createDirectories(tmp.resolve("src/plaza/api"));
        Path file = pkg.resolve("Undocumented.java");
        Files.writeString(file, "package plaza.api;\n/** Documented type. */\npublic final class Undocumented {\n"
                + "    /** Documented constructor. */\n    public Undocumented() { }\n    public int size() { return 0; }\n}\n");
        Result r = javadoc(List.of(file), tmp.resolve("out"));
        assertNotEquals(0, r.code(), "an undocumented public method must fail the check");
        assertTrue(r.output().contains("Undocumented.java:6") && r.output().contains("no comment"), r.output());
    }

    record Result(int code, String output) { }

    private static Result javadoc(List<Path> sources, Path out) throws IOException {
        Files.createDirectories(out);
        java.util.spi.ToolProvider tool = java.util.spi.ToolProvider.findFirst("javadoc").orElseThrow();
        List<String> args = new ArrayList<>(List.of("-Xdoclint:all", "-Xwerror", "-quiet", "-encoding", "UTF-8",
                "-d", out.toString(), "-classpath", classpath()));
        sources.forEach(p -> args.add(p.toString()));
        StringWriter w = new StringWriter();
        PrintWriter pw = new PrintWriter(w, true);
        int code = tool.run(pw, pw, args.toArray(String[]::new));
        pw.flush();
        return new Result(code, w.toString());
    }

    /** The test class path (surefire passes it in a property; its own class path is a manifest jar). */
    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
