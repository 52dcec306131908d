package loyalty;

/** What happens to a loyalty account. */
public sealed interface LoyaltyEvent permits PointsEarned, PointsRedeemed {}
