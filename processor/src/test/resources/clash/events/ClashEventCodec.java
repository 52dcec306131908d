package clash.events;

import dev.herald.DomainEvent;

/** An event named like the codec Herald generates for package clash. */
@DomainEvent
public record ClashEventCodec(long at) {}
