/**
 * Wires the Kafka publisher and consumer into the {@link dev.herald.runtime.EventBus}: publishing
 * is an after-commit subscriber (retried, dead-lettered, ordered per aggregate, and an outbox
 * delivery when the JDBC store is used), and received events go to the service's {@code @Handles}
 * methods through the bus's delivery.
 */
package dev.herald.kafka.bus;
