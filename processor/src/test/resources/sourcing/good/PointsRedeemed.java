package loyalty;

import dev.herald.DomainEvent;

@DomainEvent(name = "loyalty.points-redeemed")
public record PointsRedeemed(String customer, int points) implements LoyaltyEvent {}
