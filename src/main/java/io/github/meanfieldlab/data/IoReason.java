package io.github.meanfieldlab.data;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.io.IOException;
import java.util.Locale;

/**
 * The reason an I/O operation failed, in words a user reads in one line ("/data/out: permission denied"):
 * Java's file exceptions often carry only the path, and name the reason in their class.
 */
public final class IoReason {
    private IoReason() {
    }

    /** The path the failure is about, if the exception names one, and what went wrong there. */
    public static String withPath(IOException e) {
        String reason = of(e);
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + reason;
        }
        return reason;
    }

    /** What went wrong: "permission denied", "not a folder", "no space left on device", ... */
    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty";
        }
        String text = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // The operating system's words (strerror), in the words the rest of the program uses.
        return switch (text) {
            case "Not a directory" -> "not a folder";
            case "Is a directory" -> "is a folder";
            case "Directory not empty" -> "a folder that is not empty";
            default -> text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        };
    }
}
