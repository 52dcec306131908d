package dev.herald.runtime.spi;

import dev.herald.runtime.generated.HandlerRoute;
import java.util.Objects;

/**
 * An after-commit delivery the runtime owes: one event to one handler. {@code (eventId, routeId)}
 * identifies it across retries, restarts and nodes.
 *
 * @param envelope the event
 * @param routeId the {@link HandlerRoute#id()} of the handler, or the id of a programmatic
 *     subscriber
 */
public record Delivery(EventEnvelope envelope, String routeId) {

  public Delivery {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(routeId, "routeId");
  }
}
