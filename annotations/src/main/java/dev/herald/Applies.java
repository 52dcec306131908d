package dev.herald;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an apply method of an event-sourced aggregate (a class extending {@code
 * dev.herald.runtime.EventSourcedAggregate<ID, E>}): the one place its state changes for the event
 * record its single parameter names, both when a command raises the event and when the aggregate is
 * rebuilt from its stored history.
 *
 * <p>The processor checks that the aggregate has exactly one apply method for each event record of
 * its sealed event interface {@code E}, and generates {@code <Aggregate>Applier}, which calls them
 * with plain method calls; the aggregate passes it to its superclass:
 *
 * <pre>{@code
 * public final class LoyaltyAccount extends EventSourcedAggregate<String, LoyaltyEvent> {
 *   private final String customer;
 *   private int points;
 *
 *   public LoyaltyAccount(String customer) {
 *     super(new LoyaltyAccountApplier()); // generated beside this class
 *     this.customer = customer;
 *   }
 *
 *   public void earn(String orderId, int points) {
 *     raise(new PointsEarned(customer, orderId, points)); // applied at once, by on(PointsEarned)
 *   }
 *
 *   @Applies
 *   void on(PointsEarned event) {
 *     points += event.points();
 *   }
 *   ...
 * }
 * }</pre>
 *
 * <p>An apply method returns {@code void}, takes one event record of {@code E}, is not private or
 * static, throws no checked exception, and only changes state: it must not raise events or call
 * anything outside the aggregate, since it runs again on every load.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Applies {}
