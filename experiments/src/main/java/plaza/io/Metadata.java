package plaza.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plaza.params.InputException;

/**
 * The metadata sidecar of every result directory ({@value #FILE}): plain "key = value" lines in a
 * fixed order, so it diffs well and any tool can read it. {@code format_version} says how the
 * directory's files are laid out; {@code kind} is {@code run} or {@code batch}.
 */
public final class Metadata {

    public static final String FILE = "metadata.txt";
    /** Layout of result directories written by this code. Readers accept this and earlier versions. */
    public static final int FORMAT_VERSION = 1;

    /** Metadata files are a few kilobytes; anything far larger is not one. */
    private static final long MAX_BYTES = 16 << 20;

    private final Map<String, String> entries = new LinkedHashMap<>();

    public Metadata put(String key, Object value) {
        String v = String.valueOf(value).replace('\n', ' ').replace('\r', ' ');
        entries.put(key, v);
        return this;
    }

    public String get(String key) {
        return entries.get(key);
    }

    public Map<String, String> entries() {
        return entries;
    }

    public void write(Path dir) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            sb.append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
        }
        AtomicFiles.writeString(dir.resolve(FILE), sb.toString());
    }

    /** Reads a result directory's metadata; refuses formats newer than this code understands. */
    public static Metadata read(Path dir) {
        RunCommit.finish(dir); // a run killed while its files were moved into place: finish the moves first
        Path file = dir.resolve(FILE);

        if (!Files.isRegularFile(file)) {
            throw new InputException(dir + " is not a Plaza result directory (no " + FILE + ")");
        }
        Metadata m = new Metadata();
        List<String> lines;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(file + ": " + Files.size(file) + " bytes is too large for a metadata file; is "
                        + dir + " a Plaza result directory?");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(file + ": not a text file (not valid UTF-8); is " + dir + " a Plaza result directory?");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf(" = ");
            if (eq < 0) {
                throw new InputException(file + ":" + (i + 1) + ": malformed metadata line '" + line + "'");
            }
            m.entries.put(line.substring(0, eq).trim(), line.substring(eq + 3));
        }
        String version = m.get("format_version");
        if (version == null) {
            throw new InputException(file + ": no format_version");
        }
        int v;
        try {
            v = Integer.parseInt(version.trim());
        } catch (NumberFormatException e) {
            throw new InputException(file + ": format_version '" + version + "' is not a number");
        }
        if (v > FORMAT_VERSION) {
            throw new InputException(file + ": format_version " + v + " is newer than this Plaza understands (up to "
                    + FORMAT_VERSION + "); update Plaza to read it");
        }
        return m;
    }
}
