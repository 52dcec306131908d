package dev.herald.test;

import dev.herald.runtime.AggregateRoot;
import dev.herald.runtime.spi.EventEnvelope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What one command of an {@link AggregateFixture} did: the events it raised or the exception it
 * threw, with expectations that fail with an {@link AssertionError} listing expected and actual
 * events. Every expectation returns this result, so several can be chained.
 *
 * @param <A> the aggregate type
 */
public final class CommandResult<A extends AggregateRoot<?>> {

  private final A aggregate;
  private final List<EventEnvelope> envelopes;
  private final List<Object> events;
  private final Exception thrown;

  CommandResult(A aggregate, List<EventEnvelope> envelopes, Exception thrown) {
    this.aggregate = aggregate;
    this.envelopes = envelopes;
    List<Object> raised = new ArrayList<>(envelopes.size());
    for (EventEnvelope envelope : envelopes) {
      raised.add(envelope.event());
    }
    this.events = List.copyOf(raised);
    this.thrown = thrown;
  }

  /**
   * Expects exactly these events, in this order, compared with {@code equals} (records compare
   * their components).
   */
  public CommandResult<A> expectEvents(Object... expected) {
    Objects.requireNonNull(expected, "expected");
    List<Object> wanted = Arrays.asList(expected);
    requireNoException("raise " + count(wanted.size()), wanted);
    int difference = firstDifference(wanted, events);
    if (difference >= 0) {
      StringBuilder message =
          new StringBuilder()
              .append(Messages.name(aggregate))
              .append(" raised other events than expected (first difference at event ")
              .append(difference + 1)
              .append(")\n")
              .append("  expected ")
              .append(count(wanted.size()))
              .append(":\n")
              .append(EventListing.of(wanted))
              .append("  but it raised ")
              .append(events.size())
              .append(":\n")
              .append(EventListing.of(events));
      explainLookAlike(message, wanted, difference);
      throw new AssertionError(message.toString());
    }
    return this;
  }

  /**
   * Expects as many events as predicates, the event at each position satisfying the predicate at
   * that position; an {@link EventMatcher} names itself in the message.
   */
  @SafeVarargs
  public final CommandResult<A> expectEventsMatching(Predicate<Object>... matchers) {
    Objects.requireNonNull(matchers, "matchers");
    List<Predicate<Object>> wanted = new ArrayList<>(matchers.length);
    for (Predicate<Object> matcher : matchers) {
      wanted.add(Objects.requireNonNull(matcher, "matchers must not contain null"));
    }
    return matchAll(wanted);
  }

  /** Expects events of exactly these types (or subtypes), in this order, whatever their fields. */
  public CommandResult<A> expectEventTypes(Class<?>... types) {
    Objects.requireNonNull(types, "types");
    List<Predicate<Object>> matchers = new ArrayList<>(types.length);
    for (Class<?> type : types) {
      matchers.add(EventMatcher.anyEvent(type));
    }
    return matchAll(matchers);
  }

  private CommandResult<A> matchAll(List<Predicate<Object>> wanted) {
    requireNoException("raise " + count(wanted.size()), wanted);
    String problem = null;
    if (wanted.size() != events.size()) {
      problem = "expected " + count(wanted.size()) + " but it raised " + events.size();
    } else {
      for (int i = 0; i < wanted.size(); i++) {
        if (!wanted.get(i).test(events.get(i))) {
          problem =
              "event "
                  + (i + 1)
                  + " does not match "
                  + EventListing.describeExpectation(wanted.get(i));
          break;
        }
      }
    }
    if (problem != null) {
      throw new AssertionError(
          Messages.name(aggregate)
              + " raised events that do not match: "
              + problem
              + "\n"
              + "  expected:\n"
              + EventListing.ofExpectations(wanted)
              + "  raised:\n"
              + EventListing.of(events));
    }
    return this;
  }

  /** Expects the command to have completed without raising any event. */
  public CommandResult<A> expectNoEvents() {
    requireNoException("raise no event", List.of());
    if (!events.isEmpty()) {
      throw new AssertionError(
          "Expected "
              + Messages.name(aggregate)
              + " to raise no event, but it raised "
              + events.size()
              + ":\n"
              + EventListing.of(events));
    }
    return this;
  }

  /** Expects the command to have thrown an exception of this type (or a subtype). */
  public CommandResult<A> expectException(Class<? extends Throwable> type) {
    Objects.requireNonNull(type, "type");
    if (thrown == null) {
      throw new AssertionError(
          "Expected the command to throw "
              + type.getSimpleName()
              + ", but it completed and "
              + Messages.name(aggregate)
              + " raised "
              + count(events.size())
              + ":\n"
              + EventListing.of(events));
    }
    if (!type.isInstance(thrown)) {
      throw new AssertionError(
          "Expected the command to throw "
              + type.getSimpleName()
              + ", but it threw "
              + Messages.describe(thrown),
          thrown);
    }
    return this;
  }

  /**
   * Expects the command to have thrown this type of exception with a message containing the
   * fragment.
   */
  public CommandResult<A> expectException(Class<? extends Throwable> type, String messageFragment) {
    Objects.requireNonNull(messageFragment, "messageFragment");
    expectException(type);
    String message = thrown.getMessage();
    if (message == null || !message.contains(messageFragment)) {
      throw new AssertionError(
          "Expected "
              + type.getSimpleName()
              + " with a message containing \""
              + messageFragment
              + "\", but its message was "
              + (message == null ? "null" : "\"" + message + "\""),
          thrown);
    }
    return this;
  }

  /**
   * Runs assertions on the aggregate after the command, for state no event shows; an assertion that
   * fails propagates as it is, so IDEs still show its comparison.
   */
  public CommandResult<A> expectState(Consumer<? super A> assertions) {
    Objects.requireNonNull(assertions, "assertions");
    requireNoException("complete", List.of());
    assertions.accept(aggregate);
    return this;
  }

  /** The events the command raised, in order. */
  public List<Object> events() {
    return events;
  }

  /** The envelopes of the events the command raised, with their sequence numbers and ids. */
  public List<EventEnvelope> envelopes() {
    return envelopes;
  }

  /** The exception the command threw, if any. */
  public Optional<Exception> exception() {
    return Optional.ofNullable(thrown);
  }

  /** The aggregate after the command. */
  public A aggregate() {
    return aggregate;
  }

  private void requireNoException(String expectation, List<?> expected) {
    if (thrown != null) {
      throw new AssertionError(
          "Expected "
              + Messages.name(aggregate)
              + " to "
              + expectation
              + ", but the command threw "
              + Messages.describe(thrown)
              + (expected.isEmpty() ? "" : "\n  expected:\n" + EventListing.of(expected))
              + (events.isEmpty() ? "" : "  raised before it threw:\n" + EventListing.of(events)),
          thrown);
    }
  }

  private static int firstDifference(List<Object> expected, List<Object> actual) {
    int common = Math.min(expected.size(), actual.size());
    for (int i = 0; i < common; i++) {
      if (!Objects.equals(expected.get(i), actual.get(i))) {
        return i;
      }
    }
    return expected.size() == actual.size() ? -1 : common;
  }

  /** Two events that print alike but are unequal are the most confusing failure: say why. */
  private void explainLookAlike(StringBuilder message, List<Object> expected, int index) {
    if (index >= expected.size() || index >= events.size()) {
      return;
    }
    Object wanted = expected.get(index);
    Object raised = events.get(index);
    if (wanted == null || !String.valueOf(wanted).equals(String.valueOf(raised))) {
      return;
    }
    message.append("  event ").append(index + 1).append(" prints the same but is not equal: ");
    if (wanted.getClass() != raised.getClass()) {
      message
          .append("expected a ")
          .append(wanted.getClass().getName())
          .append(", raised a ")
          .append(raised.getClass().getName())
          .append('\n');
    } else {
      message.append("a component's equals() differs (an array, or a type without equals?)\n");
    }
  }

  private static String count(int n) {
    return n == 1 ? "1 event" : n + " events";
  }
}
