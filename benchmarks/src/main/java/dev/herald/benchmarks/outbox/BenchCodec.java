package dev.herald.benchmarks.outbox;

import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.IntegrationEventType;
import java.util.List;

/**
 * A hand-written codec for the three benchmark events, standing in for the one the processor
 * generates (the events carry no Herald annotation, so they stay out of the dispatch benchmarks'
 * generated table): plain string building, and they are integration events for the Kafka benchmark.
 */
public final class BenchCodec implements EventCodec {

  /** CloudEvents source of the benchmark service. */
  public static final String SOURCE = "herald-bench/orders";

  private static final String PLACED = "dev.herald.bench.order.placed";
  private static final String CONFIRMED = "dev.herald.bench.order.confirmed";
  private static final String READY = "dev.herald.bench.order.ready";

  private static final List<IntegrationEventType> TYPES =
      List.of(
          new IntegrationEventType(CONFIRMED, 1, SOURCE, OrderConfirmed.class),
          new IntegrationEventType(PLACED, 1, SOURCE, OrderPlaced.class),
          new IntegrationEventType(READY, 1, SOURCE, OrderReady.class));

  @Override
  public String typeName(Class<?> eventType) {
    if (eventType == OrderPlaced.class) {
      return PLACED + ".v1";
    }
    if (eventType == OrderConfirmed.class) {
      return CONFIRMED + ".v1";
    }
    if (eventType == OrderReady.class) {
      return READY + ".v1";
    }
    return null;
  }

  @Override
  public boolean knows(String typeName) {
    return (PLACED + ".v1").equals(typeName)
        || (CONFIRMED + ".v1").equals(typeName)
        || (READY + ".v1").equals(typeName);
  }

  @Override
  public String encode(Object event) {
    // Order ids are "order-<n>": nothing to escape.
    if (event instanceof OrderPlaced placed) {
      return "{\"orderId\":\""
          + placed.orderId()
          + "\",\"unit\":"
          + placed.unit()
          + ",\"pizzas\":"
          + placed.pizzas()
          + "}";
    }
    if (event instanceof OrderConfirmed confirmed) {
      return "{\"orderId\":\""
          + confirmed.orderId()
          + "\",\"unit\":"
          + confirmed.unit()
          + ",\"totalCents\":"
          + confirmed.totalCents()
          + "}";
    }
    if (event instanceof OrderReady ready) {
      return "{\"orderId\":\"" + ready.orderId() + "\",\"unit\":" + ready.unit() + "}";
    }
    throw new IllegalArgumentException("BenchCodec does not know " + event.getClass().getName());
  }

  /** Not needed: the benchmarks never read an event back (no relay runs, no consumer). */
  @Override
  public Object decode(String typeName, String json) {
    throw new EventDecodingException(
        "BenchCodec does not decode (" + typeName + "): the benchmarks only write");
  }

  @Override
  public List<IntegrationEventType> integrationEvents() {
    return TYPES;
  }
}
