package dev.herald.runtime;

import dev.herald.Phase;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import java.util.StringJoiner;
import java.util.concurrent.CompletionStage;

/**
 * One place an event can be delivered to, a generated route or a programmatic subscriber, with its
 * retry policy and the ordering unit it belongs to.
 */
abstract class Target {

  final String id;

  /**
   * The event types it takes, each with its subtypes: one for a route, one or more for a
   * subscriber.
   */
  private final Class<?>[] eventTypes;

  final Phase phase;
  final RetryPolicy policy;

  /**
   * The ordering unit: an aggregate's events reach the targets of one unit one at a time, in
   * sequence order. Every route of one handler class shares a unit; each subscriber has its own.
   */
  final int unit;

  /** Whether an attempt needs an {@link EventContext}; when none does, none is made. */
  final boolean takesContext;

  Target(
      String id,
      Class<?>[] eventTypes,
      Phase phase,
      RetryPolicy policy,
      int unit,
      boolean takesContext) {
    this.id = id;
    this.eventTypes = eventTypes;
    this.phase = phase;
    this.policy = policy;
    this.unit = unit;
    this.takesContext = takesContext;
  }

  /**
   * Calls the handler.
   *
   * @param context the event's context, or null when {@link #takesContext} is false
   */
  abstract CompletionStage<?> invoke(Object event, EventContext context) throws Exception;

  /** Whether events of this runtime class are delivered here. */
  final boolean takes(Class<?> eventClass) {
    for (Class<?> type : eventTypes) {
      if (type.isAssignableFrom(eventClass)) {
        return true;
      }
    }
    return false;
  }

  /** The types it takes, for messages. */
  final String describeTypes() {
    StringJoiner names = new StringJoiner(" or ");
    for (Class<?> type : eventTypes) {
      names.add(type.getName());
    }
    return names.toString();
  }

  /** A route of a generated table, called through the table's switch. */
  static final class Route extends Target {
    private final HandlerTable table;
    private final int index;

    Route(HandlerTable table, int index, HandlerRoute route, RetryPolicy policy, int unit) {
      super(
          route.id(),
          new Class<?>[] {route.eventType()},
          route.phase(),
          policy,
          unit,
          route.takesContext());
      this.table = table;
      this.index = index;
    }

    @Override
    CompletionStage<?> invoke(Object event, EventContext context) throws Exception {
      return table.invoke(index, event, context);
    }
  }

  /**
   * A target for a subscriber registered on the builder. A factory rather than the constructor, so
   * that verifying a caller does not load the subscriber class for a bus that has none.
   */
  static Target subscriber(
      String id,
      Class<?>[] eventTypes,
      Phase phase,
      RetryPolicy policy,
      int unit,
      EventSubscriber<?> subscriber) {
    return new Subscriber(id, eventTypes, phase, policy, unit, subscriber);
  }

  /** A subscriber registered on the builder; it always receives the event's context. */
  static final class Subscriber extends Target {
    private final EventSubscriber<Object> subscriber;

    @SuppressWarnings("unchecked")
    Subscriber(
        String id,
        Class<?>[] eventTypes,
        Phase phase,
        RetryPolicy policy,
        int unit,
        EventSubscriber<?> subscriber) {
      super(id, eventTypes, phase, policy, unit, true);
      // Only events passing takes(...) are routed here, so the cast holds.
      this.subscriber = (EventSubscriber<Object>) subscriber;
    }

    @Override
    CompletionStage<?> invoke(Object event, EventContext context) throws Exception {
      return subscriber.onEvent(event, context);
    }
  }
}
