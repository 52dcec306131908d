package com.example.orders.billing;

import com.example.orders.OrderConfirmed;
import dev.herald.Handles;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

public final class Billing {

  private final Consumer<String> journal;

  @Inject
  public Billing(Consumer<String> journal) {
    this.journal = journal;
  }

  @Handles
  public CompletionStage<String> charge(OrderConfirmed event) {
    journal.accept("billing.charge " + event.orderId());
    return CompletableFuture.completedFuture("charged " + event.totalCents());
  }
}
