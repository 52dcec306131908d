/**
 * Out: turns committed integration events into CloudEvents and sends them to Kafka with an
 * idempotent, {@code acks=all} producer, keyed by aggregate id so one aggregate's events stay in
 * order.
 */
package dev.herald.kafka.publish;
