package clash;

import dev.herald.DomainEvent;

@DomainEvent
public record CompletionStage(long at) {}
