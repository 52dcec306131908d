package com.mariopizzeria.loyalty;

import dev.herald.DomainEvent;
import dev.herald.Upcasts;

/**
 * Points as the old till stored them, before they named the order: version 1, still in the loyalty
 * store. The codec reads every one of them as a {@link PointsEarned} through {@link #toV2}.
 */
@DomainEvent(name = "com.mariopizzeria.loyalty.points-earned")
public record PointsEarnedV1(String customer, int points) {

  /** What the old till's points are credited to. */
  public static final String OLD_TILL = "old till";

  @Upcasts
  public static PointsEarned toV2(PointsEarnedV1 old) {
    return new PointsEarned(old.customer(), OLD_TILL, old.points());
  }
}
