package loyalty;

import dev.herald.IntegrationEvent;
import dev.herald.Upcasts;

/** Version 1 is upcast to version 2, which stops there although version 3 is current. */
public final class BrokenCardChain {
  @IntegrationEvent(type = "com.loyalty.card.renewed", version = 1, source = "loyalty/cards")
  public record RenewedV1(String customer) {}

  @IntegrationEvent(type = "com.loyalty.card.renewed", version = 2, source = "loyalty/cards")
  public record RenewedV2(String customer, int year) {}

  @IntegrationEvent(type = "com.loyalty.card.renewed", version = 3, source = "loyalty/cards")
  public record Renewed(String customer, int year, String tier) {}

  @Upcasts
  static RenewedV2 toV2(RenewedV1 old) {
    return new RenewedV2(old.customer(), 0);
  }
}
