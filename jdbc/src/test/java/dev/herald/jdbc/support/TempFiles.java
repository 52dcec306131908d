package dev.herald.jdbc.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary directories of a test JVM, deleted when it exits. */
public final class TempFiles {

  private TempFiles() {}

  /** A new temporary directory, deleted with its contents at JVM exit. */
  public static Path directory(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> deleteRecursively(dir), "delete-" + prefix));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a directory tree; what cannot be deleted is reported, not thrown. */
  public static void deleteRecursively(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("Could not delete " + root + ": " + e.getMessage());
    }
  }
}
