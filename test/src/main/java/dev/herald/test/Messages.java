package dev.herald.test;

import dev.herald.runtime.AggregateRoot;

/** Short descriptions of exceptions, aggregates and types for failure messages. */
final class Messages {

  private Messages() {}

  /** "IllegalStateException: the message", or the bare class name when there is no message. */
  static String describe(Throwable failure) {
    String message = failure.getMessage();
    String name =
        failure.getClass().getSimpleName().isEmpty()
            ? failure.getClass().getName()
            : failure.getClass().getSimpleName();
    return message == null ? name : name + ": " + message;
  }

  /** "Order o-1": the aggregate's class and id, as a reader of the test knows it. */
  static String name(AggregateRoot<?> aggregate) {
    Object id;
    try {
      id = aggregate.id();
    } catch (RuntimeException failure) {
      id = "(id unavailable: " + describe(failure) + ")";
    }
    return aggregate.getClass().getSimpleName() + " " + id;
  }

  /** The type's simple name with its article: "an OrderConfirmed", "a PizzaAdded". */
  static String a(Class<?> type) {
    String name = type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
    return ("AEIOUaeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }
}
