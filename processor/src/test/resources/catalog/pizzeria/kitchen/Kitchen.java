package com.example.pizzeria.kitchen;

import com.example.pizzeria.OrderConfirmed;
import com.example.pizzeria.OrderPlaced;
import dev.herald.Handles;
import dev.herald.Phase;

public final class Kitchen {

  @Handles(phase = Phase.IMMEDIATE)
  public void reserveOven(OrderPlaced event) {}

  @Handles
  public void startBaking(OrderConfirmed event) {}
}
