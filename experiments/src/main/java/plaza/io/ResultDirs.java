package plaza.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import plaza.params.InputException;

/**
 * The rules every command that writes a result directory ({@code run}, {@code batch},
 * {@code rerun}) follows before it writes anything:
 * <ul>
 * <li>an {@code --out} that names a file is refused (nothing is ever written over a user's file);</li>
 * <li>the directory is locked with an operating-system file lock ({@value #LOCK}), released by the
 *     operating system when the process ends however it ends, so two processes never write into one
 *     directory at once (shards of one batch share the lock);</li>
 * <li>a directory that holds another kind of result (a batch, when writing a run, and vice versa)
 *     is refused unless {@code --fresh} says to replace it;</li>
 * <li>hidden temporaries left by killed processes are removed.</li>
 * </ul>
 */
public final class ResultDirs {

    /** The lock file in every result directory (hidden; it holds who locked the directory last). */
    public static final String LOCK = ".plaza.lock";
    /** The files Plaza writes in result directories: what {@code --fresh} may remove, and nothing else. */
    public static final List<String> PLAZA_FILES = List.of("timeseries.csv", "plazas.csv", "events.csv", Metadata.FILE,
            "runs.csv", "summary.csv", "timings.csv", "sensitivity.csv", "parameters.csv", "plan.txt");
    /** The batch's part-file folder. */
    public static final String PARTS = "parts";

    /**
     * Directories this process has locked: on POSIX systems closing any channel on a locked file
     * releases the process's lock, so a second attempt from this process must not even open it.
     */
    private static final Map<Path, String> HELD = new HashMap<>();

    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.tmp-(\\d+)-\\d+");

    private ResultDirs() {}

    /**
     * Refuses, as bad input (exit 2), an output directory that cannot be one: a path that names a
     * file, a path under a file, or a place where nothing can be written (a read-only file system, no
     * permission). Failures later, while writing, are I/O failures (exit 1) and name the file.
     */
    public static void requireDirectory(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException("--out " + dir + " is a file, not a directory; give a directory for the results"
                    + " (it is created if missing); the file was left as it is");
        }
        Path existing = dir.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw new InputException("--out " + dir + " cannot be created: " + existing + " is a file, not a directory;"
                    + " give a directory for the results; nothing was written");
        }
        if (!Files.isWritable(existing)) {
            String why;
            try {
                why = Files.getFileStore(existing).isReadOnly() ? "read-only file system" : "permission denied";
            } catch (IOException e) {
                why = "permission denied";
            }
            throw new InputException("--out " + dir + ": cannot write in " + existing + ": " + why
                    + "; give a directory you can write to; nothing was written");
        }
    }

    /**
     * What a directory holds: "" (missing, empty, or none of Plaza's files), the {@code kind} of its
     * metadata ("run" or "batch"), "batch" for an unfinished batch (a plan but no metadata yet), or
     * "unknown" for Plaza's file names without readable metadata.
     */
    public static String kind(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        RunCommit.finish(dir);

        if (Files.isRegularFile(dir.resolve(Metadata.FILE))) {
            try {
                String k = Metadata.read(dir).get("kind");
                if (k != null && !k.isBlank()) {
                    return k.trim();
                }
            } catch (InputException e) {
                return "unknown";
            }
        }
        if (Files.exists(dir.resolve("plan.txt")) || Files.isDirectory(dir.resolve(PARTS))) {
            return "batch";
        }
        for (String f : PLAZA_FILES) {
            if (Files.exists(dir.resolve(f))) {
                return "unknown";
            }
        }
        return "";
    }

    /**
     * Checks that {@code dir} may receive a result of this kind: refuses one of another kind unless
     * {@code fresh}, in which case Plaza's files (and nothing else) are removed first.
     */
    public static void claim(Path dir, String kind, boolean fresh) {
        String existing = kind(dir);
        if (existing.isEmpty() || existing.equals(kind)) {
            return;
        }
        if (!fresh) {
            String what = existing.equals("unknown") ? "Plaza result files without a readable " + Metadata.FILE
                    : "a Plaza " + existing + " result";
            throw new InputException(dir + " holds " + what + "; writing a " + kind + " there would mix the two;"
                    + " use --fresh to replace it, or another --out");
        }
        removePlazaFiles(dir);
    }

    /** Removes Plaza's own result files and the parts folder (for --fresh); other files stay. */
    public static void removePlazaFiles(Path dir) {
        try {
            for (String f : PLAZA_FILES) {
                Files.deleteIfExists(dir.resolve(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir + ": " + e.getMessage(), e);
        }
        deleteFlatFolder(dir.resolve(PARTS));
    }

    /** Deletes a folder of files (no subfolders), such as a batch's parts; nothing if it is missing. */
    public static void deleteFlatFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            for (Path p : s) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes hidden temporaries ({@code .name.tmp-PID-THREAD}) that processes no longer running
     * left in {@code dir}; those of live processes (shards on this machine) stay.
     */
    public static int removeStaleTemporaries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".*")) {
            for (Path p : s) {
                Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long pid = Long.parseLong(m.group(1));
                boolean alive = pid == self || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new UncheckedIOException("cannot clean " + dir + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
        return removed;
    }

    /** A held lock on a result directory; closing releases it. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;
        private final Path key;

        private Lock(FileChannel channel, FileLock lock, Path key) {
            this.channel = channel;
            this.lock = lock;
            this.key = key;
        }

        @Override
        public void close() {
            synchronized (HELD) {
                HELD.remove(key);
            }
            try {
                lock.release();
            } catch (IOException ignored) {
                // closing the channel releases it too
            }
            try {
                channel.close();
            } catch (IOException ignored) {
                // the operating system releases the lock when the process ends
            }
        }
    }

    /**
     * Creates {@code dir} and locks it: exclusively, or {@code shared} with other holders of a shared
     * lock (the shards of one batch). Refuses, naming the holder, when another process holds it.
     */
    public static Lock lock(Path dir, boolean shared, String what) {
        Path key = dir.toAbsolutePath().normalize();
        synchronized (HELD) {
            if (HELD.containsKey(key)) {
                throw new InputException(dir + " is in use by this process (" + HELD.get(key) + "); wait for it to"
                        + " finish, or use another --out");
            }
            Lock l = acquire(dir, shared, what, key);
            HELD.put(key, "pid " + ProcessHandle.current().pid() + ": " + what);
            return l;
        }
    }

    private static Lock acquire(Path dir, boolean shared, String what, Path key) {
        Path file = dir.resolve(LOCK);
        FileChannel ch;
        try {
            Files.createDirectories(dir);
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file + ": " + IoErrors.reason(e), e);
        }
        FileLock lock;
        try {
            lock = ch.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            close(ch);
            throw new UncheckedIOException("cannot lock " + file + ": " + IoErrors.reason(e), e);
        }
        if (lock == null) {
            String holder = holder(ch);
            close(ch);
            throw new InputException(dir + " is in use by another Plaza process (" + holder + "); wait for it to"
                    + " finish, or use another --out");
        }
        if (!shared) {
            try {
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", since " + Instant.now()
                        + ": " + what + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            } catch (IOException ignored) {
                // the note only names the holder in another process's message
            }
        }
        return new Lock(ch, lock, key);
    }

    private static String holder(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(2000);
            int n = ch.read(b, 0);
            String s = n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.UTF_8).trim();
            return s.isEmpty() ? "shards of a batch, or a process that has not said who it is" : s;
        } catch (IOException e) {
            return "unknown process";
        }
    }

    private static void close(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // nothing was locked
        }
    }
}
