package com.mariopizzeria.delivery;

import dev.herald.kafka.bus.BusIntegrationEventSink;
import dev.herald.kafka.consume.KafkaIntegrationConsumer;
import dev.herald.opentelemetry.HeraldTracing;
import dev.herald.runtime.EventBus;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * The delivery app's wiring: its generated table over its two handlers, a bus, and a Kafka consumer
 * that decodes the pizzeria's topic through the app's own generated codec into that bus.
 */
public final class DeliveryService implements AutoCloseable {

  /** The pizzeria's topic: one per service, named after its CloudEvents source. */
  public static final String TOPIC = "mario-pizzeria.orders";

  /** The consumer group: Kafka keeps this app's read position under it. */
  public static final String GROUP_ID = "delivery-app";

  private final RiderDispatch riders;
  private final LoyaltyPoints loyalty;
  private final EventBus bus;
  private final KafkaIntegrationConsumer consumer;

  private DeliveryService(
      String bootstrapServers, String groupId, PrintStream out, HeraldTracing tracing) {
    this.riders = new RiderDispatch(out);
    this.loyalty = new LoyaltyPoints(out);
    EventBus.Builder builder =
        EventBus.builder(List.of(new DeliveryHandlerTable(() -> loyalty, () -> riders)));
    // Each received event carries the pizzeria's traceparent: its deliveries here continue it.
    this.bus = (tracing == null ? builder : tracing.instrument(builder)).build();
    this.consumer =
        KafkaIntegrationConsumer.builder(
                bootstrapServers,
                groupId,
                new BusIntegrationEventSink(bus),
                new DeliveryEventCodec())
            .topics(TOPIC)
            .build();
  }

  /** Starts consuming the pizzeria's topic as {@value #GROUP_ID}. */
  public static DeliveryService start(String bootstrapServers, PrintStream out) {
    return start(bootstrapServers, GROUP_ID, out);
  }

  /** Starts consuming the pizzeria's topic in the given consumer group. */
  public static DeliveryService start(String bootstrapServers, String groupId, PrintStream out) {
    return start(bootstrapServers, groupId, out, null);
  }

  /**
   * Starts consuming the pizzeria's topic in the given consumer group, each handler's delivery a
   * span of the trace the pizzeria's command started.
   *
   * @param tracing the app's tracing, or null for none
   */
  public static DeliveryService start(
      String bootstrapServers, String groupId, PrintStream out, HeraldTracing tracing) {
    DeliveryService service = new DeliveryService(bootstrapServers, groupId, out, tracing);
    service.consumer.start();
    return service;
  }

  public RiderDispatch riders() {
    return riders;
  }

  public LoyaltyPoints loyalty() {
    return loyalty;
  }

  public EventBus bus() {
    return bus;
  }

  public KafkaIntegrationConsumer consumer() {
    return consumer;
  }

  /** Stops reading first, then lets the handlers finish what was read. */
  @Override
  public void close() {
    consumer.close();
    bus.shutdown(Duration.ofSeconds(10));
  }
}
