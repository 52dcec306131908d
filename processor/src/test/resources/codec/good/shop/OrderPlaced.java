package shop;

import dev.herald.DomainEvent;
import java.util.List;

@DomainEvent
public record OrderPlaced(String orderId, List<Item> items, long totalCents) {

  public OrderPlaced {
    if (totalCents < 0) {
      throw new IllegalArgumentException("totalCents must not be negative");
    }
    items = List.copyOf(items);
  }
}
