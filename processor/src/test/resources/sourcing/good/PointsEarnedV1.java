package loyalty;

import dev.herald.DomainEvent;
import dev.herald.Upcasts;

/** How points were stored before they named the order. */
@DomainEvent(name = "loyalty.points-earned")
public record PointsEarnedV1(String customer, int points) {

  @Upcasts
  static PointsEarned toV2(PointsEarnedV1 old) {
    return new PointsEarned(old.customer(), "unknown", old.points());
  }
}
