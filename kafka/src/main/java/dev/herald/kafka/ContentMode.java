package dev.herald.kafka;

/**
 * How a CloudEvent is laid out in a Kafka record, as the CloudEvents Kafka protocol binding
 * defines.
 */
public enum ContentMode {

  /**
   * Attributes in {@code ce_}-prefixed headers, the event's JSON alone in the value: the default,
   * since consumers that know nothing of CloudEvents still read the payload as plain JSON.
   */
  BINARY,

  /** The whole CloudEvent as one {@code application/cloudevents+json} document in the value. */
  STRUCTURED
}
