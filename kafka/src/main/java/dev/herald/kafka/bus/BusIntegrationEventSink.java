package dev.herald.kafka.bus;

import dev.herald.kafka.consume.IntegrationEventSink;
import dev.herald.kafka.consume.ReceivedEvent;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryPort;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Hands received integration events to the AFTER_COMMIT {@code @Handles} methods and subscribers of
 * this service through the bus's {@link DeliveryPort}, keeping the event's id, aggregate id and
 * sequence: the bus's own routing decides who takes the event (handlers of its record type and of
 * the interfaces it implements), and each gets it isolated, retried, dead-lettered and in order per
 * aggregate, like a local event.
 *
 * <p>IMMEDIATE handlers are not called: a received event belongs to no transaction of this service.
 * An event no handler takes is accepted and dropped. Without a {@link ReceivedEventRecorder} the
 * deliveries live in memory once accepted (a crash before the handlers ran loses them, since the
 * offset is already committed); with one, they are recorded durably first and a redelivered record
 * is recognised and skipped.
 */
public final class BusIntegrationEventSink implements IntegrationEventSink {

  private static final CompletionStage<Void> ACCEPTED = CompletableFuture.completedStage(null);

  private final DeliveryPort port;
  private final ReceivedEventRecorder recorder;

  /** A sink that delivers in memory only. */
  public BusIntegrationEventSink(EventBus bus) {
    this.port = Objects.requireNonNull(bus, "bus").deliveryPort();
    this.recorder = null;
  }

  /** A sink that records each received event with the recorder before delivering it. */
  public BusIntegrationEventSink(EventBus bus, ReceivedEventRecorder recorder) {
    this.port = Objects.requireNonNull(bus, "bus").deliveryPort();
    this.recorder = Objects.requireNonNull(recorder, "recorder");
  }

  /**
   * Records (with a recorder) and delivers the event to every AFTER_COMMIT route the bus has for
   * it, as first attempts.
   *
   * @throws IllegalStateException when the bus was shut down; the consumer then reads the record
   *     again
   * @throws Exception what the recorder threw; the consumer then reads the record again
   */
  @Override
  public CompletionStage<?> accept(ReceivedEvent event) throws Exception {
    List<Delivery> deliveries = port.deliveriesOf(event.envelope());
    if (deliveries.isEmpty()) {
      return ACCEPTED;
    }
    if (recorder != null
        && !recorder.record(
            event.deduplicationKey(),
            new CommittingEvents(List.of(event.envelope()), deliveries))) {
      return ACCEPTED;
    }
    port.deliver(deliveries);
    return ACCEPTED;
  }
}
