package com.example.orders.audit;

import com.example.orders.Auditable;
import com.example.orders.OrderEvent;
import dev.herald.Handles;
import jakarta.inject.Inject;
import java.util.function.Consumer;

public final class AuditLog {

  private final Consumer<String> journal;

  @Inject
  public AuditLog(Consumer<String> journal) {
    this.journal = journal;
  }

  @Handles
  public void record(Auditable event) {
    journal.accept("audit.record " + event.getClass().getSimpleName());
  }

  @Handles
  public void count(OrderEvent event) {
    journal.accept("audit.count " + event.orderId());
  }
}
