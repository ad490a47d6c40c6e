package plaza.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The scenario library, experiment files and evidence tables packed inside {@code plaza.jar}
 * (under {@code plaza-home/}). When the jar runs outside a clone, they are unpacked once into a
 * folder of the temporary directory named by a checksum of their contents (so another build never
 * reads stale files), and that folder serves as the project home for inputs. Results still go to
 * the working directory.
 */
public final class BundledHome {

    static final String ROOT = "plaza-home";
    private static Path cached;

    private BundledHome() {}

    /** The unpacked bundle, or null when this build carries none. */
    /**
     * Plaza's home: {@code -Dplaza.home} (the launcher sets it) or the working directory; outside a
     * clone, where neither holds the scenario library, the unpacked bundle of plaza.jar.
     */
    public static Path home() {
        Path dir = Path.of(System.getProperty("plaza.home", ".")).toAbsolutePath().normalize();
        if (System.getProperty("plaza.home") == null && !Files.isRegularFile(dir.resolve("scenarios/baseline.scenario"))) {
            Path bundled = get();
            if (bundled != null) {
                return bundled;
            }
        }
        return dir;
    }

    static synchronized Path get() {
        if (cached == null) {
            cached = unpack();
        }
        return cached;
    }

    private static Path unpack() {
        URL marker = BundledHome.class.getResource("/" + ROOT + "/scenarios/baseline.scenario");
        if (marker == null) {
            return null;
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return copyOut(fs.getPath("/" + ROOT));
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot unpack the scenario library from plaza.jar: " + e.getMessage(), e));
        }
    }

    private static Path copyOut(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        CRC32 crc = new CRC32();
        for (Path f : files) {
            crc.update(root.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            crc.update(Files.readAllBytes(f));
        }
        Path target = Path.of(System.getProperty("java.io.tmpdir")).resolve("plaza-home-" + Long.toHexString(crc.getValue()));
        if (Files.isRegularFile(target.resolve("scenarios/baseline.scenario"))) {
            return target;
        }
        Path tmp = Files.createTempDirectory(target.getParent(), "plaza-home-unpacking-");
        for (Path f : files) {
            Path out = tmp.resolve(root.relativize(f).toString());
            Files.createDirectories(out.getParent());
            Files.copy(f, out, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // another process unpacked the same bundle first: use theirs
            if (!Files.isRegularFile(target.resolve("scenarios/baseline.scenario"))) {
                throw e;
            }
        }
        return target;
    }
}
