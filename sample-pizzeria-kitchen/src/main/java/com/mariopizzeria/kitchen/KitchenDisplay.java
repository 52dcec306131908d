package com.mariopizzeria.kitchen;

/**
 * Where the kitchen says what it did: the application decides whether that is the console, a log or
 * nothing at all.
 */
@FunctionalInterface
public interface KitchenDisplay {

  /** Shows one line, said by the kitchen. */
  void show(String line);
}
