package loyalty;

import dev.herald.Handles;
import java.util.ArrayList;
import java.util.List;

/** Lists what happens to loyalty accounts. */
public final class LoyaltyReport {

  public final List<String> lines = new ArrayList<>();

  @Handles
  public void on(PointsEarned event) {
    lines.add(event.customer() + " +" + event.points() + " for " + event.orderId());
  }

  @Handles
  public void on(PointsRedeemed event) {
    lines.add(event.customer() + " -" + event.points());
  }
}
