package dev.herald;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public record as a domain event: something that happened inside this service, named in
 * the past tense ({@code OrderConfirmed}), delivered to the {@link Handles} methods that take it.
 *
 * <p>Kept in class files ({@code CLASS} retention) so that a processor compiling another module
 * still sees it on records from this one; nothing reads it at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DomainEvent {

  /**
   * The stable name a durable store (such as herald-jdbc's outbox) keeps events of this record
   * under; empty, the default, means the record's canonical name ({@code
   * com.mariopizzeria.orders.OrderPlaced}).
   *
   * <p>Stored events are read back by this name, so moving or renaming the record changes where
   * they would be looked for. Set it to the old canonical name before moving the record, and events
   * stored before the move are still read:
   *
   * <pre>{@code
   * @DomainEvent(name = "com.mariopizzeria.OrderPlaced") // moved to ...orders, name kept
   * public record OrderPlaced(String orderId) {}
   * }</pre>
   *
   * <p>Letters, digits and {@code . _ - $}, at most 500 characters, unique among the events of the
   * compilation; the processor option {@code herald.ids} guards it against accidental changes.
   */
  String name() default "";

  /**
   * The version of this event's shape, from 1. When a change would break reading events already
   * stored, keep the old record as version {@code n} (same {@link #name()}) and give the new one
   * version {@code n + 1}, with an {@link Upcasts} method from the old to the new.
   *
   * <p>Version 1 is stored under {@link #name()} itself, so events stored before versioning are
   * version 1; a later version is stored under {@code name + ".v" + version}.
   */
  int version() default 1;
}
