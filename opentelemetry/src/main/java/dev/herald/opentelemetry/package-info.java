/**
 * OpenTelemetry tracing for Herald: {@link dev.herald.opentelemetry.HeraldTracing} puts the
 * committing thread's trace on every event and makes each after-commit delivery attempt a span of
 * that trace, wherever and whenever it runs (a pool thread, a retry, the outbox relay after a
 * crash, another service that received the event from Kafka).
 */
package dev.herald.opentelemetry;
