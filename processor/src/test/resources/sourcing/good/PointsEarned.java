package loyalty;

import dev.herald.DomainEvent;

@DomainEvent(name = "loyalty.points-earned", version = 2)
public record PointsEarned(String customer, String orderId, int points) implements LoyaltyEvent {}
