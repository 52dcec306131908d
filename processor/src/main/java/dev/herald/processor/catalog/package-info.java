/**
 * The event catalog: for each compilation, Herald writes into the class output (and so into the
 * jar) under {@code META-INF/herald/<package>/}, where {@code <package>} is the package of the
 * generated sources:
 *
 * <ul>
 *   <li>{@code catalog.json}: events with fields, kind, CloudEvents contract, handlers and the
 *       aggregates that raise them (found by reading {@code raise(new X(...))} calls with javac's
 *       Tree API; none are listed under a compiler without it);
 *   <li>{@code asyncapi.yaml}: an AsyncAPI 3.0 document of the integration events on herald-kafka's
 *       default topics;
 *   <li>{@code events.md}: a Mermaid picture of aggregates, events and handlers, and a table per
 *       event.
 * </ul>
 *
 * <p>The processor option {@code -Aherald.catalog=false} turns it off. The integration contract,
 * {@code integration-events.json}, is written beside it from the same model, with the same JSON
 * Schema mapping ({@code JsonSchemas}) and the same printer ({@code Documents}).
 */
package dev.herald.processor.catalog;
