package dev.herald.processor.ids;

import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.ids.StableId.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ids file's format: one stable name a line, {@code route <id>} or {@code event <name>}, events
 * first, each kind sorted, after a comment header; {@code #} comments and empty lines are ignored
 * when reading. Deterministic, so the file only changes in version control when an id does.
 *
 * <pre>
 * # Herald stable ids of com.example.orders: ...
 * event com.example.order.confirmed.v2
 * event com.example.orders.OrderPlaced
 * route com.example.orders.kitchen.Kitchen#startBaking(OrderConfirmed)
 * </pre>
 */
public final class IdsFile {

  private IdsFile() {}

  /**
   * What a file holds.
   *
   * @param ids the stable names it lists
   * @param problems a finding for each line that is neither a name, a comment nor empty
   */
  public record Content(SortedSet<StableId> ids, List<Finding> problems) {

    public Content {
      ids = new TreeSet<>(ids);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads the file's lines.
   *
   * @param path the file, for messages
   */
  public static Content parse(List<String> lines, String path) {
    SortedSet<StableId> ids = new TreeSet<>();
    List<Finding> problems = new ArrayList<>();
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      StableId id = parseLine(line);
      if (id == null) {
        problems.add(Finding.global(Diagnostic.IDS_FILE_MALFORMED, number, path, line));
      } else {
        ids.add(id);
      }
    }
    return new Content(ids, problems);
  }

  /** The file's text for the given names of the compilation in the given package. */
  public static String format(String packageName, Collection<StableId> ids) {
    StringBuilder text =
        new StringBuilder()
            .append("# Herald stable ids of ")
            .append(packageName)
            .append(": the name each event is stored under and the id each route's\n")
            .append("# deliveries are stored under. The build checks the code against this file,")
            .append(" so that a\n")
            .append("# rename cannot strand stored events or deliveries unnoticed; rewrite it on")
            .append(" purpose with\n")
            .append("# -Aherald.ids.update=true and review the change.\n");
    for (StableId id : new TreeSet<>(ids)) {
      text.append(id.line()).append('\n');
    }
    return text.toString();
  }

  private static StableId parseLine(String line) {
    int space = line.indexOf(' ');
    if (space < 0) {
      return null;
    }
    String word = line.substring(0, space);
    String value = line.substring(space + 1).strip();
    if (value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
      return null;
    }
    for (Kind kind : Kind.values()) {
      if (kind.word().equals(word)) {
        return new StableId(kind, value);
      }
    }
    return null;
  }
}
