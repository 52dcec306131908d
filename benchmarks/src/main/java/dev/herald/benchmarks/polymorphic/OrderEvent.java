package dev.herald.benchmarks.polymorphic;

/**
 * What every order event of this scenario shares; the handlers take this interface, not the record.
 */
public sealed interface OrderEvent permits OrderConfirmed {

  String orderId();

  long totalCents();
}
