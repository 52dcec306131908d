package dev.herald;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an upcaster: a static method that turns an event of one version into the same event's next
 * version. The generated codec calls the chain {@code v1 -> v2 -> ...} whenever it reads an older
 * version, so stores, relays and consumers only ever see the current record.
 *
 * <p>The older version stays a record of its own, stored under the same event name with its version
 * ({@link DomainEvent#version()}, {@link IntegrationEvent#version()}):
 *
 * <pre>{@code
 * @DomainEvent(name = "loyalty.points-earned") // version 1: events stored before the change
 * public record PointsEarnedV1(String customer, int points) {
 *   @Upcasts
 *   static PointsEarned toV2(PointsEarnedV1 old) {
 *     return new PointsEarned(old.customer(), "unknown", old.points());
 *   }
 * }
 *
 * @DomainEvent(name = "loyalty.points-earned", version = 2)
 * public record PointsEarned(String customer, String orderId, int points) implements LoyaltyEvent {}
 * }</pre>
 *
 * <p>The processor checks the chain at compile time: one upcaster per older version, each from
 * version {@code n} to {@code n + 1} of the same event, none missing on the way to the current
 * version, and no {@code @Handles} or {@code @Applies} method taking an older version. An upcaster
 * must not return {@code null} or throw a checked exception; an unchecked exception it throws makes
 * the event unreadable, which a consumer dead-letters with the reason.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Upcasts {}
