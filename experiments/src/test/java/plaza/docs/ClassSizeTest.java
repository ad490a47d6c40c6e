package plaza.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * experiments/ in rooms: no class under {@code src/main/java} is longer than {@value #LIMIT} lines
 * (split it by concern instead). No class is exempt.
 */
class ClassSizeTest {

    static final int LIMIT = 300;

    @Test
    void noClassUnderSrcMainIsLongerThanTheLimit() throws IOException {
        assertEquals(List.of(), tooLong(Path.of("src", "main", "java")),
                "classes longer than " + LIMIT + " lines: split them by concern (see experiments/src/main/java/plaza/gui/README.md)");
    }

    @Test
    void theCheckFindsEveryClassOverTheLimit(@TempDir Path root) throws IOException {
        write(root, "plaza/gui/Short.java", LIMIT);
        write(root, "plaza/gui/Long.java", LIMIT + 1);
        write(root, "plaza/analysis/Report.java", 391);
        write(root, "plaza/batch/NewPart.java", 300);
        assertEquals(List.of("plaza.analysis.Report: 391 lines (at most 300)",
                        "plaza.gui.Long: 301 lines (at most 300)"),
                tooLong(root));
    }

    /** Every class under {@code root} longer than its ceiling, as "name: lines (at most ceiling)", sorted by name. */
    static List<String> tooLong(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(f).toString().replace('\\', '/').replaceAll("\\.java$", "").replace('/', '.');
                int lines = Files.readAllLines(f).size();
                if (lines > LIMIT) {
                    out.add(name + ": " + lines + " lines (at most " + LIMIT + ")");
                }
            }
        }
        return out;
    }

    private static void write(Path root, String file, int lines) throws IOException {
        Path f = root.resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "//\n".repeat(lines));
    }
}
