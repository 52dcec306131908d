package com.mariopizzeria.loyalty;

import dev.herald.DomainEvent;

/** The customer traded points for a reward. */
@DomainEvent(name = "com.mariopizzeria.loyalty.points-redeemed")
public record PointsRedeemed(String customer, int points, String reward) implements LoyaltyEvent {}
