package com.mariopizzeria;

import java.util.Locale;

/** Formats euro cents the way a receipt shows them. */
public final class Money {

  private Money() {}

  /** 2350 as "€23.50". */
  public static String euros(long cents) {
    return String.format(Locale.ROOT, "€%d.%02d", cents / 100, Math.abs(cents % 100));
  }
}
