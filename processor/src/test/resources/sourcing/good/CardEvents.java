package loyalty;

import dev.herald.IntegrationEvent;

/** Two versions of an integration contract, published side by side: no upcaster needed. */
public final class CardEvents {
  @IntegrationEvent(type = "com.loyalty.card.issued", version = 1, source = "loyalty/cards")
  public record CardIssuedV1(String customer) {}

  @IntegrationEvent(type = "com.loyalty.card.issued", version = 2, source = "loyalty/cards")
  public record CardIssued(String customer, String tier) {}
}
