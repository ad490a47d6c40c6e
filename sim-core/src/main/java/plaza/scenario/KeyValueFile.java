package plaza.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plaza.params.InputException;
import plaza.params.NearestNames;

/**
 * The one reader of Plaza's human-readable data files (scenario and experiment files): one
 * {@code key = value} per line, {@code #} starts a comment (also after a value), blank lines ignored.
 * Malformed lines, empty values and keys set twice are refused with the file and line.
 */
public final class KeyValueFile {

    /**
     * One setting.
     *
     * @param key   the key, with runs of spaces collapsed
     * @param value the value, trimmed
     * @param line  1-based line number
     * @param where "file:line: ", the prefix of every error about this setting
     */
    public record Entry(String key, String value, int line, String where) { }

    private KeyValueFile() {}

    /** The largest file read (data files are a few kilobytes; this refuses a wrong file before it fills memory). */
    public static final long MAX_BYTES = 1 << 20;

    /**
     * Reads a file; {@code kind} names it in the error when it cannot be read ("scenario file").
     * Files over {@link #MAX_BYTES} and files that are not UTF-8 text are refused with their name; a
     * UTF-8 byte-order mark before the first key is ignored (some editors write one).
     */
    public static List<Entry> read(Path file, String kind) {
        List<String> lines;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(file + ": " + size + " bytes is too large for one of Plaza's " + kind + "s (at most "
                        + MAX_BYTES + " bytes); is it the right file?");
            }
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    throw new InputException(file + ": not a text file (it contains NUL bytes); " + kind
                            + "s are UTF-8 text of key = value lines");
                }
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            lines = text.lines().toList();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(file + ": not a text file (not valid UTF-8); " + kind
                    + "s are UTF-8 text of key = value lines");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read " + kind + ": " + e.getMessage());
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String where = file + ":" + (i + 1) + ": ";
            String line = stripComment(lines.get(i)).trim();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new InputException(where + "malformed line '" + NearestNames.echo(line) + "'; expected 'key = value'");
            }
            String key = line.substring(0, eq).trim().replaceAll("\\s+", " ");
            String value = line.substring(eq + 1).trim();
            if (value.isEmpty()) {
                throw new InputException(where + "no value given for '" + NearestNames.echo(key) + "'");
            }
            Integer first = seen.put(key, i + 1);
            if (first != null) {
                throw new InputException(where + "'" + NearestNames.echo(key) + "' is set twice (first on line " + first + ")");
            }
            entries.add(new Entry(key, value, i + 1, where));
        }
        return entries;
    }

    /**
     * Refuses a 0-byte file, which a truncated or wrong file would otherwise be taken for (no settings:
     * the defaults, without a word); {@code need} says what such a file needs at least.
     */
    public static void refuseEmpty(Path file, String kind, String need) {
        try {
            if (Files.size(file) == 0) {
                throw new InputException(file + ": the " + kind + " is empty (0 bytes); " + need);
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot read " + kind + ": " + e.getMessage());
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }
}
