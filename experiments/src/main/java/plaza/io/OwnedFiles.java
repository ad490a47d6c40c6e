package plaza.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import plaza.params.InputException;

/**
 * What a command that writes into a folder it does not own ({@code compare}: into a batch directory,
 * or any {@code --out}) may replace there: only files it wrote itself and that are unchanged since. A
 * hidden list ({@value #LIST}) records each file the command wrote with its SHA-256; a file of one of
 * the command's names that the list does not have, or whose content changed since (a report edited by
 * hand), belongs to the user and is refused unless {@code --fresh}.
 */
public final class OwnedFiles {

    /** The list of files written, one "sha256  path" line each (path relative to the folder, '/'-separated). */
    public static final String LIST = ".plaza.written";

    private OwnedFiles() {}

    /**
     * Checks that {@code command} may write {@code files} and the files under {@code folders} of
     * {@code dir}: each that exists must be on the list, unchanged, unless {@code fresh}; files Plaza
     * wrote as a result ({@code plazaOwned}, such as a batch's datapackage.json) are replaced too.
     * Refuses with the first file that is the user's (exit 2).
     */
    public static void claim(Path dir, String command, List<String> files, List<String> folders, Set<String> plazaOwned,
                             boolean fresh) {
        if (fresh || !Files.isDirectory(dir)) {
            return;
        }
        Map<String, String> list = read(dir);
        for (String folder : folders) {
            Path f = dir.resolve(folder);
            if (Files.exists(f) && !Files.isDirectory(f)) {
                throw new InputException(dir + " holds a file " + folder + " where " + command + " writes a folder; move it,"
                        + " or use another --out");
            }
        }
        for (String name : candidates(dir, files, folders)) {
            if (plazaOwned.contains(name)) {
                continue;
            }
            String sha = list.get(name);
            String now = sha256(dir.resolve(name));
            if (sha == null || !sha.equals(now)) {
                throw new InputException(dir.resolve(name) + " was not written by '" + command + "'"
                        + (sha == null ? "" : " (it changed since " + command + " wrote it)") + "; " + command
                        + " does not replace it: move it, use another --out, or --fresh to replace "
                        + String.join(", ", files) + (folders.isEmpty() ? "" : " and " + String.join("/, ", folders) + "/")
                        + " there (other files stay)");
            }
        }
    }

    /** Records what {@code files} and the files under {@code folders} of {@code dir} hold now (after writing them). */
    public static void record(Path dir, List<String> files, List<String> folders) {
        Map<String, String> list = new LinkedHashMap<>(read(dir));
        for (String name : candidates(dir, files, folders)) {
            list.put(name, sha256(dir.resolve(name)));
        }
        list.keySet().removeIf(name -> !Files.isRegularFile(dir.resolve(name)));
        StringBuilder sb = new StringBuilder("# files written by Plaza here; see experiments/docs/guarantees.md\n");
        list.forEach((name, sha) -> sb.append(sha).append("  ").append(name).append('\n'));
        AtomicFiles.writeString(dir.resolve(LIST), sb.toString());
    }

    /** The files of these names that exist in {@code dir}, and every regular file under the folders. */
    private static List<String> candidates(Path dir, List<String> files, List<String> folders) {
        Set<String> out = new TreeSet<>();
        for (String f : files) {
            if (Files.exists(dir.resolve(f))) {
                out.add(f);
            }
        }
        for (String folder : folders) {
            Path f = dir.resolve(folder);
            if (!Files.isDirectory(f)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(f)) {
                s.filter(Files::isRegularFile).forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + f + ": " + IoErrors.reason(e), e);
            }
        }
        return new ArrayList<>(out);
    }

    private static Map<String, String> read(Path dir) {
        Map<String, String> out = new LinkedHashMap<>();
        Path file = dir.resolve(LIST);
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int sep = line.indexOf("  ");
                if (line.startsWith("#") || sep != 64) {
                    continue; // not a line this class wrote: it vouches for no file
                }
                out.put(line.substring(sep + 2), line.substring(0, sep));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + IoErrors.reason(e), e);
        }
        return out;
    }

    private static String sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            return "not a regular file";
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + IoErrors.reason(e), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
