package dev.herald.test;

import dev.herald.Phase;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.EventSubscriber;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/**
 * A subscriber that records every event the bus delivers to it, for handler and application tests;
 * safe to read from the test thread while delivery threads record.
 *
 * <pre>{@code
 * EventRecorder recorder = new EventRecorder();
 * EventBus bus = recorder.registerWith(EventBus.builder(tables)).build();
 * ...
 * List<OrderConfirmed> confirmed = recorder.awaitEvents(OrderConfirmed.class, 1, Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>By default it subscribes AFTER_COMMIT, so it records what was committed and published, not
 * what a failed unit of work raised. A recorder of {@code Object.class} takes every event, so the
 * bus no longer rejects event types no table knows; {@link HeraldTestBus} puts that check back.
 *
 * <p>The envelopes it records are rebuilt from the {@link EventContext} a subscriber receives,
 * which carries no aggregate type: their {@code aggregateType()} is {@code null}.
 */
public final class EventRecorder implements EventSubscriber<Object> {

  /** The subscriber id of a recorder built without one. */
  public static final String DEFAULT_ID = DeliveryProbe.FIXTURE_ID_PREFIX + "recorder";

  private final String id;
  private final Class<?> type;
  private final Phase phase;
  private final Object lock = new Object();
  private final List<EventEnvelope> recorded = new ArrayList<>();

  /** A recorder of every event, AFTER_COMMIT, with the id {@value #DEFAULT_ID}. */
  public EventRecorder() {
    this(DEFAULT_ID, Object.class, Phase.AFTER_COMMIT);
  }

  /**
   * A recorder of the events assignable to {@code type}, in the given phase.
   *
   * @param id the subscriber id, unique on its bus
   */
  public EventRecorder(String id, Class<?> type, Phase phase) {
    this.id = Objects.requireNonNull(id, "id");
    this.type = Objects.requireNonNull(type, "type");
    this.phase = Objects.requireNonNull(phase, "phase");
  }

  /** Subscribes this recorder on the builder, and returns the builder for chaining. */
  public EventBus.Builder registerWith(EventBus.Builder builder) {
    return Objects.requireNonNull(builder, "builder").subscribe(id, type, phase, this);
  }

  /** Its subscriber id, for {@link DeliveryProbe} and retry policies. */
  public String id() {
    return id;
  }

  @Override
  public CompletionStage<?> onEvent(Object event, EventContext context) {
    EventEnvelope envelope =
        new EventEnvelope(
            context.eventId(),
            null,
            context.aggregateId(),
            context.sequence(),
            context.occurredAt(),
            event);
    synchronized (lock) {
      recorded.add(envelope);
      lock.notifyAll();
    }
    return HandlerTable.COMPLETED;
  }

  /** Every envelope recorded so far, in the order they arrived. */
  public List<EventEnvelope> envelopes() {
    synchronized (lock) {
      return List.copyOf(recorded);
    }
  }

  /** Every event recorded so far, in the order they arrived. */
  public List<Object> events() {
    return eventsSince(0);
  }

  /** The recorded events of a type (or its subtypes), in the order they arrived. */
  public <T> List<T> recorded(Class<T> eventType) {
    Objects.requireNonNull(eventType, "eventType");
    List<T> matching = new ArrayList<>();
    for (Object event : events()) {
      if (eventType.isInstance(event)) {
        matching.add(eventType.cast(event));
      }
    }
    return matching;
  }

  /** How many events were recorded in all. */
  public int size() {
    synchronized (lock) {
      return recorded.size();
    }
  }

  /** Forgets everything recorded so far. */
  public void clear() {
    synchronized (lock) {
      recorded.clear();
    }
  }

  /**
   * Waits until at least {@code count} events of the type were recorded.
   *
   * @return the recorded events of the type, at least {@code count} of them
   * @throws AssertionError when the timeout passes first, listing what was recorded
   */
  public <T> List<T> awaitEvents(Class<T> eventType, int count, Duration timeout) {
    Objects.requireNonNull(eventType, "eventType");
    if (count < 1) {
      throw new IllegalArgumentException("count must be 1 or more, was " + count);
    }
    Deadline deadline = Deadline.after(timeout);
    synchronized (lock) {
      while (true) {
        List<T> matching = recorded(eventType);
        if (matching.size() >= count) {
          return matching;
        }
        if (!deadline.waitOn(lock)) {
          throw new AssertionError(
              "Expected "
                  + count
                  + " "
                  + eventType.getSimpleName()
                  + " event"
                  + (count == 1 ? "" : "s")
                  + " within "
                  + timeout
                  + ", but "
                  + matching.size()
                  + " arrived. Recorded events:\n"
                  + EventListing.of(events()));
        }
      }
    }
  }

  /**
   * Waits for the first event, recorded at or after position {@code from}, of the type that
   * satisfies the condition.
   *
   * @return that event
   * @throws AssertionError when the timeout passes first, listing what was recorded from there
   */
  <T> T awaitFirst(
      int from,
      Class<T> eventType,
      Predicate<? super T> condition,
      String description,
      Duration timeout) {
    Deadline deadline = Deadline.after(timeout);
    synchronized (lock) {
      int checked = from;
      while (true) {
        for (; checked < recorded.size(); checked++) {
          Object event = recorded.get(checked).event();
          if (eventType.isInstance(event) && condition.test(eventType.cast(event))) {
            return eventType.cast(event);
          }
        }
        if (!deadline.waitOn(lock)) {
          throw new AssertionError(
              "Expected "
                  + description
                  + " within "
                  + timeout
                  + ", but none arrived. Events recorded since the stimulus:\n"
                  + EventListing.of(eventsSince(from)));
        }
      }
    }
  }

  /** The events recorded at or after position {@code from}. */
  List<Object> eventsSince(int from) {
    synchronized (lock) {
      List<Object> events = new ArrayList<>(Math.max(0, recorded.size() - from));
      for (int i = from; i < recorded.size(); i++) {
        events.add(recorded.get(i).event());
      }
      return events;
    }
  }
}
