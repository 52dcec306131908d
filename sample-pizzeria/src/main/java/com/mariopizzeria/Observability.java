package com.mariopizzeria;

import com.mariopizzeria.web.KitchenBoard;
import dev.herald.jdbc.JdbcOutbox;
import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.micrometer.DeliveryMetrics;
import dev.herald.micrometer.KafkaPublisherMetrics;
import dev.herald.micrometer.OutboxMetrics;
import dev.herald.opentelemetry.HeraldTracing;
import dev.herald.runtime.EventBus;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What watches the pizzeria beside its handlers, each part optional: the kitchen page's board, a
 * meter registry for {@code /metrics}, and OpenTelemetry tracing. {@link PizzeriaModule} adds each
 * part that is there to the bus, the outbox and the Kafka publisher; a pizzeria without any runs
 * the bus as before, with no hook at all.
 *
 * @param board the kitchen page's board, or null
 * @param metrics where delivery, outbox and Kafka metrics go, or null
 * @param tracing the tracing of deliveries and Kafka sends, or null
 */
public record Observability(KitchenBoard board, MeterRegistry metrics, HeraldTracing tracing) {

  /** The {@code outbox} tag of the pizzeria's one outbox. */
  static final String OUTBOX_NAME = "pizzeria";

  /** Nothing watches. */
  public static Observability none() {
    return new Observability(null, null, null);
  }

  public Observability withBoard(KitchenBoard board) {
    return new Observability(board, metrics, tracing);
  }

  public Observability withMetrics(MeterRegistry metrics) {
    return new Observability(board, metrics, tracing);
  }

  public Observability withTracing(HeraldTracing tracing) {
    return new Observability(board, metrics, tracing);
  }

  /** Subscribes the board, meters the deliveries and traces them, for the parts that are there. */
  EventBus.Builder instrument(EventBus.Builder bus) {
    if (board != null) {
      board.subscribeTo(bus);
    }
    if (metrics != null) {
      DeliveryMetrics.of(metrics).instrument(bus);
    }
    if (tracing != null) {
      tracing.instrument(bus);
    }
    return bus;
  }

  /**
   * Lets the publisher send the delivery span as each record's {@code traceparent}, so that the
   * delivery app's spans nest under the pizzeria's publish.
   */
  KafkaIntegrationPublisher.Builder instrument(KafkaIntegrationPublisher.Builder publisher) {
    return tracing == null ? publisher : publisher.traceContext(tracing::currentTraceparent);
  }

  /** Meters the publisher's sends. */
  void bind(KafkaIntegrationPublisher publisher) {
    if (metrics != null) {
      new KafkaPublisherMetrics(publisher).bindTo(metrics);
    }
  }

  /**
   * Meters the outbox's pending deliveries and the relay's lag, read when {@code /metrics} is
   * scraped (at most once a second), never while an order commits.
   */
  void bind(JdbcOutbox outbox) {
    if (metrics != null) {
      new OutboxMetrics(outbox, OUTBOX_NAME).bindTo(metrics);
    }
  }
}
