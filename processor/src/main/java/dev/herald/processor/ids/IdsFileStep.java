package dev.herald.processor.ids;

import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.ids.StableId.Declared;
import dev.herald.processor.ids.StableId.Kind;
import dev.herald.processor.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.lang.model.util.Elements;

/**
 * Reads and writes the ids file named by the processor option {@code herald.ids}: checks the code
 * against it, or, with {@code herald.ids.update=true}, rewrites it from the code.
 *
 * <p>The file lives in the project's sources rather than in the compiler's output, so it is read
 * and written directly rather than through the {@code Filer}, which only knows output locations.
 */
public final class IdsFileStep {

  private final Elements elements;
  private final Path file;

  /**
   * @param file the ids file, an absolute path
   */
  public IdsFileStep(Elements elements, Path file) {
    this.elements = elements;
    this.file = file;
  }

  /** What is wrong with the file, or between it and the code's stable names. */
  public ValidationReport check(List<Declared> ids) {
    ValidationReport.Builder report = ValidationReport.builder();
    if (!Files.exists(file)) {
      return report.add(Finding.global(Diagnostic.IDS_FILE_MISSING, file)).build();
    }
    IdsFile.Content content;
    try {
      content = IdsFile.parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      return report.add(Finding.global(Diagnostic.IDS_FILE_UNREADABLE, file, e)).build();
    }
    if (!content.problems().isEmpty()) {
      // Comparing with a file that was not read whole would call present names missing.
      content.problems().forEach(report::add);
      return report.build();
    }
    return new RenameGuard(elements, file.toString()).check(content.ids(), ids);
  }

  /**
   * Rewrites the file from the code's stable names, unless it already says the same.
   *
   * @param packageName the package of the generated sources, for the file's header
   * @return a note of what changed, an error if the file could not be written, nothing if it was up
   *     to date
   */
  public Optional<Finding> update(String packageName, List<Declared> ids) {
    SortedSet<StableId> current = new TreeSet<>();
    ids.forEach(id -> current.add(id.id()));
    String text = IdsFile.format(packageName, current);
    try {
      boolean existed = Files.exists(file);
      SortedSet<StableId> before = new TreeSet<>();
      if (existed) {
        String old = Files.readString(file, StandardCharsets.UTF_8);
        if (old.equals(text)) {
          return Optional.empty();
        }
        before.addAll(IdsFile.parse(old.lines().toList(), file.toString()).ids());
      }
      Path directory = file.getParent();
      if (directory != null) {
        Files.createDirectories(directory);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return Optional.of(
          Finding.global(
              Diagnostic.IDS_FILE_UPDATED,
              count(current, Kind.ROUTE),
              count(current, Kind.EVENT),
              file,
              existed ? change(before, current) : "a new file"));
    } catch (IOException e) {
      return Optional.of(Finding.global(Diagnostic.IDS_FILE_NOT_WRITTEN, file, e));
    }
  }

  private static String change(SortedSet<StableId> before, SortedSet<StableId> after) {
    long added = after.stream().filter(id -> !before.contains(id)).count();
    long removed = before.stream().filter(id -> !after.contains(id)).count();
    return added + " added, " + removed + " removed";
  }

  private static long count(SortedSet<StableId> ids, Kind kind) {
    return ids.stream().filter(id -> id.kind() == kind).count();
  }
}
