package dev.herald.runtime.generated;

import dev.herald.Phase;
import java.util.Objects;

/**
 * One {@code @Handles} method as a generated table describes it: the event type it takes, where it
 * lives, when it runs, and whether it asks for the event's context.
 *
 * @param id stable name of the handler method: {@code @Handles(id = ...)}, or by default {@code
 *     <handler binary name>#<method>(<event simple name>)}; durable stores key deliveries by it
 * @param eventType the type of the method's first parameter: an event record or an interface
 * @param handlerType the class declaring the method; the bus orders an aggregate's events per
 *     handler class
 * @param methodName the method's name, for logs and diagnostics
 * @param phase when the handler runs
 * @param takesContext whether the method has an {@code EventContext} parameter: the bus makes a
 *     context (and the event's id) only for deliveries that need one
 */
public record HandlerRoute(
    String id,
    Class<?> eventType,
    Class<?> handlerType,
    String methodName,
    Phase phase,
    boolean takesContext) {

  public HandlerRoute {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(handlerType, "handlerType");
    Objects.requireNonNull(methodName, "methodName");
    Objects.requireNonNull(phase, "phase");
  }

  /** A route that may ask for the event's context, as a hand-written table declares it. */
  public HandlerRoute(
      String id, Class<?> eventType, Class<?> handlerType, String methodName, Phase phase) {
    this(id, eventType, handlerType, methodName, phase, true);
  }
}
