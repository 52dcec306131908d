package dev.herald.test;

import java.util.List;

/** Writes lists of events the same way in every failure message, so they read alike. */
final class EventListing {

  private EventListing() {}

  /** One event per line, numbered from 1 and indented; "(none)" for an empty list. */
  static String of(List<?> events) {
    return numbered(events, true);
  }

  /** One expectation (a matcher's description) per line, numbered from 1 and indented. */
  static String ofExpectations(List<?> expectations) {
    return numbered(expectations, false);
  }

  private static String numbered(List<?> items, boolean events) {
    if (items.isEmpty()) {
      return "    (none)\n";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      text.append("    ")
          .append(i + 1)
          .append(". ")
          .append(events ? describe(items.get(i)) : describeExpectation(items.get(i)))
          .append('\n');
    }
    return text.toString();
  }

  /** A matcher by its description; a bare lambda has none worth printing. */
  static String describeExpectation(Object expectation) {
    if (expectation instanceof EventMatcher<?>) {
      return expectation.toString();
    }
    return "a condition (name it with EventMatcher.event(type, description, condition))";
  }

  /** An event as its record text; the class name is added when the text does not start with it. */
  static String describe(Object event) {
    if (event == null) {
      return "null";
    }
    String text = String.valueOf(event);
    String simpleName = event.getClass().getSimpleName();
    return text.startsWith(simpleName) ? text : simpleName + " " + text;
  }
}
