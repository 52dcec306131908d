/**
 * In: reads CloudEvents from Kafka, accepts only the integration event types the service's
 * generated codecs know, sends anything malformed to a dead-letter topic with the reason, and
 * commits a record's offset only once its delivery is recorded.
 */
package dev.herald.kafka.consume;
