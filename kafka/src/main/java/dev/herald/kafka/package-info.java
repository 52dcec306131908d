/**
 * Integration events on Kafka: Herald's {@code @IntegrationEvent} records leave a service as
 * CloudEvents 1.0 and enter another service through a consumer that only decodes types the
 * receiving service's generated codec knows.
 */
package dev.herald.kafka;
