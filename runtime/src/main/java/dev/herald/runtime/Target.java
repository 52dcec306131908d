package dev.herald.runtime;

import dev.herald.Phase;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import java.util.StringJoiner;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One place an event can be delivered to, a generated route or a programmatic subscriber, with the
 * retry policy and the per-aggregate ordering lanes that belong to it.
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

  /** Lanes of the aggregates that currently have deliveries to this target, by aggregate id. */
  final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();

  Target(String id, Class<?>[] eventTypes, Phase phase, RetryPolicy policy) {
    this.id = id;
    this.eventTypes = eventTypes;
    this.phase = phase;
    this.policy = policy;
  }

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
    final HandlerRoute route;

    Route(HandlerTable table, int index, HandlerRoute route, RetryPolicy policy) {
      super(route.id(), new Class<?>[] {route.eventType()}, route.phase(), policy);
      this.table = table;
      this.index = index;
      this.route = route;
    }

    @Override
    CompletionStage<?> invoke(Object event, EventContext context) throws Exception {
      return table.invoke(index, event, context);
    }
  }

  /** A subscriber registered on the builder. */
  static final class Subscriber extends Target {
    private final EventSubscriber<Object> subscriber;

    @SuppressWarnings("unchecked")
    Subscriber(
        String id,
        Class<?>[] eventTypes,
        Phase phase,
        RetryPolicy policy,
        EventSubscriber<?> subscriber) {
      super(id, eventTypes, phase, policy);
      // Only events passing takes(...) are routed here, so the cast holds.
      this.subscriber = (EventSubscriber<Object>) subscriber;
    }

    @Override
    CompletionStage<?> invoke(Object event, EventContext context) throws Exception {
      return subscriber.onEvent(event, context);
    }
  }
}
