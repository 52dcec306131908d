/**
 * A real Kafka broker for tests and samples: one KRaft node in a child JVM that a test can kill and
 * restart, so that Herald's Kafka support is never tested against a mock.
 */
package dev.herald.kafka.testbroker;
