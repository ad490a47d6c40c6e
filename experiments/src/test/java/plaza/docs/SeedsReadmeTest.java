package plaza.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * seeds/README.md says, for each of the five source files, what it is and where it was published,
 * so a reader without ../shared can find them; where the files are beside the clone, the lines it
 * points to for each identification exist and show a name the row gives (publisher, title, author).
 */
class SeedsReadmeTest {

    private static final Pattern CITE = Pattern.compile("(\\d{3}):(\\d+)(?:-(\\d+))?");

    @Test
    void everySourceFileSaysWhatItIsAndWhereItWasPublished() throws IOException {
        String readme = Files.readString(Path.of("..", "seeds", "README.md"));
        int start = readme.indexOf("### What each file is and where it was published");
        assertTrue(start >= 0, "section present");
        List<String> rows = readme.substring(start).lines().filter(l -> l.matches("\\| 00[0-4] \\|.*")).toList();
        assertEquals(5, rows.size(), "one row per file: " + rows);
        Path seeds = Path.of("..", "..", "shared", "seeds");
        for (String row : rows) {
            String[] cells = row.split("\\|");
            String number = cells[1].trim();
            assertTrue(cells[2].trim().length() > 20 && cells[3].trim().length() > 20, "what and where for " + number + ": " + row);
            Matcher m = CITE.matcher(cells[4]);
            List<String> cited = new ArrayList<>();
            while (m.find()) {
                assertEquals(number, m.group(1), "a row cites its own file: " + row);
                cited.add(m.group());
            }
            assertFalse(cited.isEmpty(), "each row shows where the file names its source: " + row);
            if (!Files.isDirectory(seeds)) {
                continue;
            }
            Path file;
            try (var files = Files.list(seeds)) {
                file = files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow();
            }
            List<String> lines = Files.readAllLines(file);
            StringBuilder shown = new StringBuilder();
            for (String c : cited) {
                Matcher x = CITE.matcher(c);
                assertTrue(x.matches());
                int from = Integer.parseInt(x.group(2));
                int to = x.group(3) == null ? from : Integer.parseInt(x.group(3));
                assertTrue(from >= 1 && to <= lines.size() && from <= to, c + " within the file's " + lines.size() + " lines");
                for (int i = from; i <= to; i++) {
                    shown.append(lines.get(i - 1)).append(' ');
                }
            }
            String text = shown.toString().toLowerCase(Locale.ROOT);
            boolean named = false;
            for (String word : (cells[2] + " " + cells[3]).split("[^A-Za-z]+")) {
                named |= word.length() >= 5 && Character.isUpperCase(word.charAt(0)) && text.contains(word.toLowerCase(Locale.ROOT));
            }
            assertTrue(named, number + ": the cited lines show a name the row gives: " + text);
        }
    }
}
