package plaza.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces the files of a single run in one step, so that a run killed at any moment leaves either
 * the earlier run or the new one, never a mix of the two.
 *
 * <p>The new run is written whole into a staging folder inside the result directory
 * ({@value #STAGING}). The commit is one atomic rename of that folder to {@value #COMMITTED}: before
 * it, the earlier run is the result and the staging folder is discarded by the next writer; after it,
 * the new run is. The files are then moved from {@value #COMMITTED} into place and the folder removed.
 * A process killed while moving leaves {@value #COMMITTED} behind, and every command that reads or
 * writes a result directory first finishes those moves ({@link #finish}), so no command ever sees the
 * new data beside the old metadata.
 */
public final class RunCommit {

    /** The folder a run is written into before its commit (hidden). */
    public static final String STAGING = ".plaza.new";
    /** The staging folder once committed: its files are the result, to be moved into place. */
    public static final String COMMITTED = ".plaza.commit";

    private RunCommit() {}

    /**
     * An empty staging folder in {@code dir} (the caller holds the directory's lock): a committed run
     * is moved into place first, and what an unfinished earlier writer staged is discarded.
     */
    public static Path stage(Path dir) {
        finish(dir);
        Path staging = dir.resolve(STAGING);
        ResultDirs.deleteFlatFolder(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging + ": " + reason(e), e);
        }
        return staging;
    }

    /** Commits the staged run (one rename) and moves its files into place. */
    public static void commit(Path dir) {
        Path staging = dir.resolve(STAGING);
        Path committed = dir.resolve(COMMITTED);
        try {
            try {
                Files.move(staging, committed, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, committed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the run in " + dir + " (renaming " + staging + " to "
                    + committed + "): " + reason(e) + "; the earlier run there is unchanged", e);
        }
        finish(dir);
    }

    /** Removes a staged, uncommitted run (a failed run leaves the earlier one as it was). */
    public static void discard(Path dir) {
        try {
            ResultDirs.deleteFlatFolder(dir.resolve(STAGING));
        } catch (UncheckedIOException ignored) {
            // the next writer removes it; no reader ever takes a staged run for a result
        }
    }

    /**
     * Moves the files of a committed run into place, if one is waiting in {@code dir}; nothing
     * otherwise. Safe to call from several processes at once: a file another process moved first is
     * skipped. Every reader and writer of result directories calls this before looking at the files.
     */
    public static void finish(Path dir) {
        Path committed = dir.resolve(COMMITTED);
        if (!Files.isDirectory(committed)) {
            return;
        }
        try {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(committed)) {
                for (Path f : files) {
                    try {
                        Files.move(f, dir.resolve(f.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE,
                                StandardCopyOption.REPLACE_EXISTING);
                    } catch (NoSuchFileException movedByAnother) {
                        // another process finishing the same commit moved it
                    }
                }
            }
            Files.deleteIfExists(committed);
        } catch (NoSuchFileException | DirectoryNotEmptyException finishedByAnother) {
            // another process finished (or is finishing) the same commit
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish replacing the run in " + dir + ": the new run is complete in "
                    + committed + " but its files could not be moved into place: " + reason(e)
                    + "; run Plaza again with write access to " + dir, e);
        }
    }

    private static String reason(IOException e) {
        return IoErrors.reason(e);
    }
}
