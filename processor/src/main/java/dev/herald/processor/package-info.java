/**
 * Herald's annotation processor: reads {@code @DomainEvent}, {@code @IntegrationEvent} and
 * {@code @Handles} and generates, per compilation, a reflection-free handler table and a Dagger
 * module. The processor class coordinates; reading, validation, the model, naming and writing live
 * in their own packages.
 */
package dev.herald.processor;
