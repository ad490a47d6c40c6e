package plaza.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The system's reason for an I/O failure in words ("permission denied", "No space left on device"):
 * Java's exceptions for the common cases carry only the path, which alone reads as no reason at all
 * ("cannot write F/comparison.csv: F").
 */
public final class IoErrors {

    private IoErrors() {}

    /** Why the operation failed, with the file the system names when it is not the one in the message. */
    public static String reason(IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "no such file or directory";
        } else if (e instanceof NotDirectoryException) {
            why = "not a directory";
        } else if (e instanceof FileAlreadyExistsException) {
            why = "a file of that name exists";
        } else if (e instanceof DirectoryNotEmptyException) {
            why = "directory not empty";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            why = fs.getReason();
        } else if (e instanceof FileSystemException) {
            why = e.getClass().getSimpleName();
        } else {
            why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            why += " (" + fs.getFile() + (fs.getOtherFile() != null ? ", " + fs.getOtherFile() : "") + ")";
        }
        return why;
    }
}
