package loyalty;

import dev.herald.Handles;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the points earned; nothing handles PointsRedeemed, which the account applies, and that is
 * no reason for a warning.
 */
public final class LoyaltyReport {

  public final List<String> lines = new ArrayList<>();

  @Handles
  public void on(PointsEarned event) {
    lines.add(event.customer() + " +" + event.points() + " for " + event.orderId());
  }
}
