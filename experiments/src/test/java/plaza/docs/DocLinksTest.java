package plaza.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The top-level README is a front door: it stays short, links every module and package README, and
 * no relative link in any of the project's Markdown pages points to a file that does not exist.
 */
class DocLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private static List<Path> markdownPages() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> {
                        String r = ROOT.relativize(p).toString().replace('\\', '/');
                        return !r.contains("node_modules") && !r.contains("/target/") && !r.startsWith("target/")
                                && !r.startsWith("results/") && !r.startsWith(".") && !r.contains("/.");
                    })
                    .sorted().toList();
        }
    }

    @Test
    void readmeIsShortAndLinksEveryReadme() throws IOException {
        Path readme = ROOT.resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        long lines = text.lines().count();
        assertTrue(lines <= 320, "README.md has " + lines + " lines; keep it a front door (at most about 300) and move details to the page that describes them");
        for (Path p : markdownPages()) {
            if (!p.getFileName().toString().equals("README.md") || p.equals(readme)) {
                continue;
            }
            String rel = ROOT.relativize(p).toString().replace('\\', '/');
            if (rel.equals("results/README.md")) {
                continue;
            }
            assertTrue(text.contains("](" + rel + ")"), "README.md does not link " + rel);
        }
    }

    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : markdownPages()) {
            boolean fence = false;
            int n = 0;
            for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
                n++;
                if (line.startsWith("```")) {
                    fence = !fence;
                }
                if (fence) {
                    continue;
                }
                Matcher m = LINK.matcher(line);
                while (m.find()) {
                    String target = m.group(1);
                    if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
                        continue;
                    }
                    String path = target.split("#", 2)[0];
                    if (!Files.exists(page.getParent().resolve(path).normalize())) {
                        broken.add(ROOT.relativize(page) + ":" + n + " -> " + target);
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), "broken links: " + broken);
    }
}
