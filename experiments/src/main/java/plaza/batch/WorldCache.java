package plaza.batch;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import plaza.io.AtomicFiles;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;
import plaza.params.Schedule;

/**
 * Saved worlds on disk ({@code results/.worlds/} for {@code plaza batch} and {@code plaza headline}), so
 * that a later batch continues its runs from them instead of simulating 1995-2006 again.
 *
 * <p>A world is stored under a key made of the <em>code version</em> (SHA-256 of the bytes of every
 * class of the model and of MASON, the classes a saved world is made of, with the Java version) and the
 * run it was saved from: seed, scale, the month it was saved after and every parameter's value and
 * written path. A saved world is Java serialization and therefore tied to the exact classes: a world
 * of other code is never read. Its file name starts with the code version, so when the code changes
 * every file of other code is stale: it is deleted on first use and the worlds are simulated again and
 * stored. A file that cannot be read (truncated, damaged, or written by other code under the same
 * name) is stale too: rebuilt and replaced. Files are written whole under a temporary name and renamed
 * (atomic), compressed (deflate, fastest level) with a CRC-32 of the world's bytes. Whether a run may
 * continue a world is still decided by {@code Checkpoint.resume}: the disk only saves simulating it.
 */
final class WorldCache {

    private static final String MAGIC = "plaza-world-1";
    private static final String SUFFIX = ".world";

    private final Path dir;
    private final String code;
    private final AtomicInteger loaded = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger stale = new AtomicInteger();
    private volatile boolean pruned;
    private volatile String writeError;

    WorldCache(Path dir) {
        this(dir, codeVersion());
    }

    /** With a given code version (tests: worlds of "other code"). */
    WorldCache(Path dir, String code) {
        this.dir = dir;
        this.code = code;
    }

    Path dir() {
        return dir;
    }

    /** Worlds read from disk so far. */
    int loaded() {
        return loaded.get();
    }

    /** Worlds written to disk so far. */
    int stored() {
        return stored.get();
    }

    /** Stale files found so far (of other code, or unreadable): deleted, their worlds simulated again. */
    int stale() {
        return stale.get();
    }

    /** Why worlds could not be written (the batch goes on without storing them), or null. */
    String writeError() { return writeError; }

    /** The file of the world saved after {@code through} from the run {@code config}. */
    Path file(RunConfig config, YearMonth through) {
        return dir.resolve(code.substring(0, 16) + "-" + key(config, through) + SUFFIX);
    }

    /** The world saved after {@code through} from {@code config}, or null if none is stored (or it was stale). */
    byte[] load(RunConfig config, YearMonth through) {
        prune();
        Path f = file(config, through);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !code.equals(in.readUTF()) || !key(config, through).equals(in.readUTF())) {
                throw new IOException("another code version or run");
            }
            int length = in.readInt();
            long crc = in.readLong();
            byte[] world = new byte[length];
            try (InputStream z = new InflaterInputStream(in, new java.util.zip.Inflater(), 1 << 16)) {
                int n = z.readNBytes(world, 0, length);
                if (n != length || z.read() != -1) {
                    throw new IOException("truncated");
                }
            }
            CRC32 check = new CRC32();
            check.update(world);
            if (check.getValue() != crc) {
                throw new IOException("damaged");
            }
            loaded.incrementAndGet();
            return world;
        } catch (IOException | RuntimeException e) {
            stale.incrementAndGet();
            delete(f);
            return null;
        }
    }

    /** Stores a world (atomically); a failure to write is reported once by the batch, not fatal. */
    void store(RunConfig config, YearMonth through, byte[] world) {
        if (writeError != null) {
            return;
        }
        prune();
        Path f = file(config, through);
        Path tmp = AtomicFiles.temporaryFor(f);
        try {
            Files.createDirectories(dir);
            CRC32 crc = new CRC32();
            crc.update(world);
            try (OutputStream raw = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 DataOutputStream out = new DataOutputStream(raw)) {
                out.writeUTF(MAGIC);
                out.writeUTF(code);
                out.writeUTF(key(config, through));
                out.writeInt(world.length);
                out.writeLong(crc.getValue());
                Deflater deflater = new Deflater(Deflater.BEST_SPEED);
                try (DeflaterOutputStream z = new DeflaterOutputStream(new NonClosing(out), deflater, 1 << 16)) {
                    z.write(world);
                } finally {
                    deflater.end();
                }
            }
            AtomicFiles.commit(tmp, f);
            stored.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            delete(tmp);
            writeError = "cannot store saved worlds in " + dir + ": " + e.getMessage();
        }
    }

    /** Deletes, once, the world files of other code versions (stale: they can never be read by this code). */
    private void prune() {
        if (pruned) {
            return;
        }
        synchronized (this) {
            if (pruned) {
                return;
            }
            pruned = true;
            if (!Files.isDirectory(dir)) {
                return;
            }
            String mine = code.substring(0, 16) + "-";
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(SUFFIX) && !name.startsWith(mine)) {
                        stale.incrementAndGet();
                        delete(f);
                    }
                }
            } catch (IOException e) {
                // an unreadable directory: the worlds are simulated, and writing them will say why
            }
        }
    }

    private static void delete(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            // left for the next batch to find stale again
        }
    }

    /** The run part of a world's key: seed, scale, the month saved after, and every value and written path. */
    static String key(RunConfig config, YearMonth through) {
        MessageDigest md = sha256();
        StringBuilder s = new StringBuilder();
        s.append("seed=").append(config.seed()).append('\n');
        s.append("scale=").append(Double.doubleToLongBits(config.scale())).append('\n');
        s.append("through=").append(through).append('\n');
        ParameterValues p = config.params();
        for (Parameter x : ParameterCatalog.all()) {
            Schedule path = p.writtenPath(x);
            s.append(x.name()).append('=').append(Double.doubleToLongBits(p.plain(x)))
                    .append(path == null ? "" : " " + path.text()).append('\n');
        }
        return HexFormat.of().formatHex(md.digest(s.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    }

    private static volatile String codeVersion;

    /**
     * SHA-256 of every class file of the model (sim-core) and of MASON, by name and content, and the
     * Java version: what a saved world's bytes depend on besides the run. Computed once per process.
     */
    static String codeVersion() {
        String v = codeVersion;
        if (v == null) {
            MessageDigest md = sha256();
            try {
                for (Class<?> c : List.of(PlazaModel.class, sim.engine.SimState.class)) {
                    hashClasses(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()), md);
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                throw new IllegalStateException("cannot read the model's classes to version saved worlds: " + e.getMessage(), e);
            }
            md.update(("java " + System.getProperty("java.specification.version")).getBytes(StandardCharsets.UTF_8));
            v = HexFormat.of().formatHex(md.digest());
            codeVersion = v;
        }
        return v;
    }

    private static void hashClasses(Path where, MessageDigest md) throws IOException {
        if (Files.isDirectory(where)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(where)) {
                files = s.filter(f -> f.toString().endsWith(".class")).sorted().toList();
            }
            for (Path f : files) {
                md.update(where.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            }
            return;
        }
        try (JarFile jar = new JarFile(where.toFile())) {
            List<JarEntry> entries = new ArrayList<>();
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry x = e.nextElement();
                if (x.getName().endsWith(".class")) {
                    entries.add(x);
                }
            }
            entries.sort((a, b) -> a.getName().compareTo(b.getName()));
            for (JarEntry x : entries) {
                md.update(x.getName().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = jar.getInputStream(x)) {
                    md.update(in.readAllBytes());
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets the deflater finish without closing the file stream under it (closed by its own try). */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
