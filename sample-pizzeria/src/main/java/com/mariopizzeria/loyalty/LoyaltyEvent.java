package com.mariopizzeria.loyalty;

/**
 * Everything that happens to a loyalty account: sealed, so the processor checks that {@link
 * LoyaltyAccount} applies each of them.
 */
public sealed interface LoyaltyEvent permits PointsEarned, PointsRedeemed {

  /** The customer's e-mail address, the account's id. */
  String customer();
}
