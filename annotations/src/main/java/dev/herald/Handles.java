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

  /**
   * The stable id of this route; empty, the default, means {@code <handler binary
   * name>#<method>(<event simple name>)}, e.g. {@code
   * com.mariopizzeria.kitchen.Kitchen#startCooking(OrderConfirmed)}.
   *
   * <p>Durable stores key pending and dead-lettered deliveries by it, so renaming the method or the
   * class, or moving the class, changes the id and strands deliveries stored under the old one. Set
   * it to the old id when renaming, and they still reach this method:
   *
   * <pre>{@code
   * @Handles(id = "com.mariopizzeria.kitchen.Kitchen#startCooking(OrderConfirmed)")
   * public void cook(OrderConfirmed event) { ... } // renamed from startCooking, id kept
   * }</pre>
   *
   * <p>Letters, digits and {@code . _ - $ # ( ) / :}, at most 1000 characters, unique among the
   * routes of the compilation; the processor option {@code herald.ids} guards it against accidental
   * changes.
   */
  String id() default "";
}
