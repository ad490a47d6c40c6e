package plaza.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Each phase package's README says which other phase packages it depends on ("Depends on
 * `plaza.x`, ... and the kernel"); this checks the sentence against the code: the phase packages its
 * classes import or name in full, no more and no fewer.
 */
class ReadmeDependencyTest {

    static final List<String> PHASES = List.of("funding", "institutions", "markets", "trafficking", "finance", "enforcement",
            "territory", "violence");
    private static final Pattern SENTENCE = Pattern.compile("Depends on (.*?)the\\s+kernel", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("plaza\\.(" + String.join("|", PHASES) + ")\\b");

    @Test
    void everyPhaseReadmeNamesExactlyThePhasesItsCodeUses() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String phase : PHASES) {
            Path dir = SourceScan.MAIN.resolve("plaza").resolve(phase);
            Matcher s = SENTENCE.matcher(Files.readString(dir.resolve("README.md")));
            assertTrue(s.find(), dir + "/README.md has no 'Depends on ... the kernel' sentence");
            Set<String> said = found(s.group(1), phase);
            Set<String> used = new TreeSet<>();
            for (Path f : SourceScan.javaFiles()) {
                if (f.startsWith(dir)) {
                    used.addAll(found(code(f), phase));
                }
            }
            if (!said.equals(used)) {
                wrong.add("plaza." + phase + ": README says " + said + ", the code uses " + used);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theCheckReadsQualifiedNamesAndImports() {
        assertEquals(Set.of("plaza.finance", "plaza.territory"),
                found("import plaza.finance.GunMarket;\n x = plaza.territory.Alliances.NONE; plaza.violence.Fronts", "violence"));
    }

    /** Phase packages other than {@code own} named in a text. */
    static Set<String> found(String text, String own) {
        Set<String> out = new TreeSet<>();
        Matcher m = PACKAGE.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals(own)) {
                out.add("plaza." + m.group(1));
            }
        }
        return out;
    }

    /** A source file without its comments (a class mentioned in a comment is no dependency). */
    private static String code(Path f) {
        String text = String.join("\n", SourceScan.lines(f));
        return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }
}
