package dev.herald;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an instance method as a handler of the event type named by its first parameter: an event
 * record, or an interface that event records implement (the method then receives each of them).
 *
 * <p>An optional second parameter of type {@code dev.herald.runtime.EventContext} gives the event's
 * id, aggregate id, sequence number, time and the delivery attempt. The method returns {@code
 * void}, or a {@code java.util.concurrent.CompletionStage} when it completes later.
 *
 * <pre>{@code
 * final class Kitchen {
 *   @Inject Kitchen(TicketQueue tickets) { ... }
 *
 *   @Handles
 *   void startCooking(OrderConfirmed event) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Handles {

  /** When the handler runs relative to the commit of the unit of work that raised the event. */
  Phase phase() default Phase.AFTER_COMMIT;
}
