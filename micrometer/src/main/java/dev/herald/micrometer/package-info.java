/**
 * Micrometer metrics for Herald: {@link dev.herald.micrometer.DeliveryMetrics} counts and times
 * every after-commit delivery per route and event type, {@link
 * dev.herald.micrometer.KafkaPublisherMetrics} and {@link
 * dev.herald.micrometer.KafkaConsumerMetrics} watch the Kafka clients, and {@link
 * dev.herald.micrometer.OutboxMetrics} the JDBC outbox's backlog. Tags name routes, types and
 * outboxes only, never an event or aggregate, so the number of series stays that of the
 * application's code.
 */
package dev.herald.micrometer;
