package clash.events;

import dev.herald.DomainEvent;

/** An event named like the two handler classes clash.a.Kitchen and clash.b.Kitchen. */
@DomainEvent
public record Kitchen(long at) {}
