package dev.herald.benchmarks.codec;

import dev.herald.IntegrationEvent;
import java.util.List;

/**
 * The event the codec benchmark reads and writes: about 400 bytes of JSON with strings, numbers, an
 * enum, a nested record and a list of records, like a typical integration event.
 */
@IntegrationEvent(
    type = "com.mariopizzeria.order.placed",
    version = 1,
    source = "mario-pizzeria/orders")
@SuppressWarnings("herald:HERALD-301") // Only encoded and decoded here, never handled.
public record OrderPlaced(
    String orderId,
    String customerId,
    List<Line> lines,
    Address deliverTo,
    long totalCents,
    String currency,
    String placedAt,
    boolean paidOnline) {

  /** One pizza of the order. */
  public record Line(String pizza, Size size, int quantity, long priceCents) {}

  /** Where the order goes. */
  public record Address(String street, String postcode, String city) {}

  /** Pizza sizes. */
  public enum Size {
    SMALL,
    MEDIUM,
    LARGE
  }

  /** The instance every benchmark reads and writes. */
  public static OrderPlaced sample() {
    return new OrderPlaced(
        "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
        "customer-4711",
        List.of(
            new Line("margherita", Size.LARGE, 2, 1_150),
            new Line("quattro formaggi", Size.MEDIUM, 1, 1_290)),
        new Address("Via Roma 12", "00184", "Roma"),
        3_590,
        "EUR",
        "2026-11-26T13:52:29.123Z",
        true);
  }
}
