package other;

import dev.herald.DomainEvent;

@DomainEvent
public record Exposed(Internal internal, Inner inner) {

  record Inner(String value) {}
}
