/**
 * Throughput of Herald's Kafka publisher (issue 5): events per second through {@code
 * KafkaIntegrationPublisher} directly, through the bus's Kafka subscriber with and without the JDBC
 * outbox, and through a raw kafka-clients producer with the same settings, on one real broker in
 * one run. A harness with its own timing ({@link dev.herald.benchmarks.kafka.KafkaThroughput}), not
 * JMH: a measurement ends when the broker acknowledged every record.
 */
package dev.herald.benchmarks.kafka;
