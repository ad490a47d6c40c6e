package plaza.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What the library documentation tells users matches the build: the coordinates in
 * {@code experiments/docs/library.md} are the POMs' (group, artifacts, version), each example depends on
 * the version being built, and the API README lists every class of {@code plaza.api}.
 */
class LibraryDocsTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void documentedCoordinatesAreTheBuildsOwn() throws IOException {
        String version = first(Files.readString(ROOT.resolve("pom.xml")), "<artifactId>plaza-parent</artifactId>\\s*<version>([^<]+)</version>");
        String doc = Files.readString(ROOT.resolve("experiments/docs/library.md"));
        for (String module : List.of("pom.xml", "sim-core/pom.xml", "experiments/pom.xml", "experiments/spark/pom.xml")) {
            String pom = Files.readString(ROOT.resolve(module));
            String artifact = first(pom.replaceFirst("(?s)<parent>.*?</parent>", ""), "<artifactId>([^<]+)</artifactId>");
            assertTrue(doc.contains("org.plaza:" + artifact + ":" + version), "library.md names org.plaza:" + artifact + ":" + version);
        }
        assertTrue(doc.contains("<version>" + version + "</version>"), "the Maven snippet has version " + version);
        assertTrue(doc.contains("'org.plaza:plaza-experiments:" + version + "'"), "the Gradle snippet has version " + version);
        for (String example : List.of("paired-homicides", "custom-output")) {
            String pom = Files.readString(ROOT.resolve("experiments/examples/" + example + "/pom.xml"));
            assertEquals(version, first(pom, "<plaza.version>([^<]+)</plaza.version>"), example + " depends on the version built");
            assertTrue(!pom.contains("<parent>"), example + " stands alone, without Plaza's parent POM");
            assertTrue(Files.readString(ROOT.resolve("pom.xml")).contains("<module>experiments/examples/" + example + "</module>"),
                    example + " is built and tested with the reactor");
        }
    }

    @Test
    void theApiReadmeListsEveryClass() throws IOException {
        Path api = Path.of("src/main/java/plaza/api");
        String readme = Files.readString(api.resolve("README.md"));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> s = Files.list(api)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".java") && !n.equals("package-info.java") && !n.equals("Errors.java")
                        && !readme.contains("`" + n.substring(0, n.length() - 5) + "`")) {
                    missing.add(n);
                }
            }
        }
        assertEquals(List.of(), missing, "plaza.api classes the README's class table does not name");
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no match for " + regex);
        return m.group(1);
    }
}
