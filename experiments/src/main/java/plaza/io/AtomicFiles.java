package plaza.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that no reader ever sees half of one: content goes to a temporary file in the same
 * directory, which is flushed to disk and then renamed over the target in one step.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** Something that writes the whole content of a file. */
    @FunctionalInterface
    public interface Content {
        void write(Writer w) throws IOException;
    }

    /** A temporary sibling of {@code target} (hidden, unique to this process and thread). */
    public static Path temporaryFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid()
                + "-" + Thread.currentThread().getId());
    }

    public static void write(Path target, Content content) {
        writeWith(target, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.write(w);
            }
        });
    }

    /** Writes bytes whole under a temporary name and renames them into place. */
    public static void writeBytes(Path target, byte[] bytes) {
        writeWith(target, tmp -> Files.write(tmp, bytes));
    }

    /** Fills a temporary sibling of {@code target}, then commits it; on failure the temporary file is removed. */
    private static void writeWith(Path target, Filler filler) {
        Path tmp = temporaryFor(target);
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            filler.fill(tmp);
            commit(tmp, target);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original error is the one worth reporting
            }
            throw new UncheckedIOException("cannot write " + target + ": " + IoErrors.reason(e), e);
        }
    }

    @FunctionalInterface
    private interface Filler {
        void fill(Path tmp) throws IOException;
    }

    public static void writeString(Path target, String s) {
        write(target, w -> w.write(s));
    }

    /** Renames a finished temporary file over its target, atomically where the file system allows. */
    public static void commit(Path tmp, Path target) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
