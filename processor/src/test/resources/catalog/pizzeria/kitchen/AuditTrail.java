package com.example.pizzeria.kitchen;

import com.example.pizzeria.OrderEvent;
import dev.herald.Handles;

public final class AuditTrail {

  @Handles
  public void record(OrderEvent event) {}
}
