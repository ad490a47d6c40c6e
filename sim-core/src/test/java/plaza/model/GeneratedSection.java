package plaza.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated part of a README between two marker lines. {@link #check} fails when the text between
 * them differs from what the generator gives now; run with {@code -Dplaza.updateReadme=true} it
 * rewrites that part first (and nothing else in the file).
 */
final class GeneratedSection {

    private GeneratedSection() {}

    /** {@code begin} includes its line break; {@code end} starts the line after the generated text. */
    static void check(Path readme, String begin, String end, String generated) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int a = text.indexOf(begin);
        int b = text.indexOf(end);
        assertTrue(a >= 0 && b > a, readme + " lacks the markers " + begin.strip() + " ... " + end);
        if (Boolean.getBoolean("plaza.updateReadme")) {
            text = text.substring(0, a + begin.length()) + generated + text.substring(b);
            Files.writeString(readme, text, StandardCharsets.UTF_8);
            b = text.indexOf(end);
        }
        assertEquals(generated, text.substring(a + begin.length(), b),
                readme + ": the generated part is stale; regenerate it with -Dplaza.updateReadme=true");
    }
}
