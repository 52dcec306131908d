package dev.herald.processor.ids;

import java.util.Comparator;
import java.util.Objects;
import javax.lang.model.element.Element;

/**
 * One name a durable store keeps, as a line of the ids file: a route id or a stored event name.
 *
 * @param kind what the name is of
 * @param value the id or name itself
 */
public record StableId(Kind kind, String value) implements Comparable<StableId> {

  /** The order of the ids file: events, then routes, each sorted by value. */
  private static final Comparator<StableId> ORDER =
      Comparator.comparing(StableId::kind).thenComparing(StableId::value);

  public StableId {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public int compareTo(StableId other) {
    return ORDER.compare(this, other);
  }

  /** The line of the ids file, e.g. {@code route com.example.Kitchen#cook(OrderPlaced)}. */
  public String line() {
    return kind.word() + " " + value;
  }

  /** What a stable name is of; the first word of its line in the ids file. */
  public enum Kind {
    /** A stored event name. */
    EVENT("event"),
    /** A route id. */
    ROUTE("route");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    /** The word that starts its lines in the ids file. */
    public String word() {
      return word;
    }
  }

  /**
   * A stable name of the code being compiled, with the element that declares it.
   *
   * @param id the name
   * @param element the {@code @Handles} method or the event record
   */
  public record Declared(StableId id, Element element) {

    public Declared {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(element, "element");
    }
  }
}
