package dev.herald.test;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A predicate on one event that says what it wants in failure messages: "an OrderConfirmed with
 * total 20" instead of a lambda's class name.
 *
 * @param <T> the event type it accepts; other types never match
 */
public final class EventMatcher<T> implements Predicate<Object> {

  private final Class<T> type;
  private final Predicate<? super T> condition;
  private final String description;

  private EventMatcher(Class<T> type, Predicate<? super T> condition, String description) {
    this.type = Objects.requireNonNull(type, "type");
    this.condition = Objects.requireNonNull(condition, "condition");
    this.description = Objects.requireNonNull(description, "description");
  }

  /** Any event of the type (or a subtype). */
  public static <T> EventMatcher<T> anyEvent(Class<T> type) {
    return new EventMatcher<>(type, event -> true, "any " + type.getSimpleName());
  }

  /** An event of the type for which the condition holds. */
  public static <T> EventMatcher<T> event(Class<T> type, Predicate<? super T> condition) {
    return new EventMatcher<>(type, condition, Messages.a(type) + " matching a condition");
  }

  /**
   * An event of the type for which the condition holds, described in messages as "an OrderConfirmed
   * {description}".
   */
  public static <T> EventMatcher<T> event(
      Class<T> type, String description, Predicate<? super T> condition) {
    return new EventMatcher<>(type, condition, Messages.a(type) + " " + description);
  }

  /** The type this matcher accepts. */
  public Class<T> type() {
    return type;
  }

  @Override
  public boolean test(Object event) {
    return type.isInstance(event) && condition.test(type.cast(event));
  }

  @Override
  public String toString() {
    return description;
  }
}
