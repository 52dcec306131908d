package clash.events;

import dev.herald.DomainEvent;

/** An event whose components are named like the generated codec's parameters and variables. */
@DomainEvent
public record Locals(
    long at,
    long json,
    long object,
    long value,
    long e,
    long event,
    long failure,
    long typeName,
    long route,
    long context) {}
