/**
 * Herald's annotation processor: reads {@code @DomainEvent}, {@code @IntegrationEvent} and
 * {@code @Handles} and generates, per compilation, a reflection-free handler table, a Dagger
 * module, a JSON event codec, the integration-event contract and the event catalog. The processor
 * class coordinates; reading, validation, the model, naming, writing and the catalog live in their
 * own packages.
 */
package dev.herald.processor;
