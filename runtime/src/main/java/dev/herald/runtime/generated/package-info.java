/**
 * The contract that the Herald processor's generated code implements: a {@link
 * dev.herald.runtime.generated.HandlerTable} per compilation calls its {@code @Handles} methods,
 * and an {@link dev.herald.runtime.generated.EventCodec} turns its event records into JSON and
 * back. Applications hand the generated instances to the bus and never implement these themselves.
 */
package dev.herald.runtime.generated;
