package dev.herald.runtime.generated;

import dev.herald.Phase;
import java.util.Objects;

/**
 * One {@code @Handles} method as a generated table describes it: the event type it takes, where it
 * lives, and when it runs.
 *
 * @param id stable name of the handler method, {@code <handler binary name>#<method>(<event simple
 *     name>)}; durable stores key deliveries by it, so it survives restarts but not renames
 * @param eventType the type of the method's first parameter: an event record or an interface
 * @param handlerType the class declaring the method
 * @param methodName the method's name, for logs and diagnostics
 * @param phase when the handler runs
 */
public record HandlerRoute(
    String id, Class<?> eventType, Class<?> handlerType, String methodName, Phase phase) {

  public HandlerRoute {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(handlerType, "handlerType");
    Objects.requireNonNull(methodName, "methodName");
    Objects.requireNonNull(phase, "phase");
  }
}
