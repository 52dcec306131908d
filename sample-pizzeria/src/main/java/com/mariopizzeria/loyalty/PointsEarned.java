package com.mariopizzeria.loyalty;

import dev.herald.DomainEvent;

/**
 * A delivered order earned points: one per whole euro. Version 2 of the event; the old till stored
 * version 1, {@link PointsEarnedV1}, without the order.
 */
@DomainEvent(name = "com.mariopizzeria.loyalty.points-earned", version = 2)
public record PointsEarned(String customer, String orderId, int points) implements LoyaltyEvent {}
