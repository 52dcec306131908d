package com.mariopizzeria.inventory;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The store room: grams of each ingredient, in memory. */
@Singleton
public final class Stock {

  /** What the store room holds when the pizzeria opens. */
  public static final Map<String, Integer> MORNING_DELIVERY =
      Map.of(
          "dough",
          5_000,
          "tomato",
          2_000,
          "mozzarella",
          2_500,
          "basil",
          100,
          "salami",
          600,
          "mushrooms",
          800,
          "gorgonzola",
          100,
          "parmesan",
          400,
          "fontina",
          400);

  private final Map<String, Integer> grams = new TreeMap<>(MORNING_DELIVERY);

  @Inject
  public Stock() {}

  /** The first ingredient of which there is less than needed, described; empty when all suffice. */
  public synchronized Optional<String> shortage(Map<String, Integer> needed) {
    for (Map.Entry<String, Integer> need : needed.entrySet()) {
      int left = grams.getOrDefault(need.getKey(), 0);
      if (left < need.getValue()) {
        return Optional.of(
            need.getValue() + " g " + need.getKey() + " needed, " + left + " g left");
      }
    }
    return Optional.empty();
  }

  /**
   * Takes the ingredients out; the stock may go below zero if two orders raced for the last of it.
   */
  public synchronized void deduct(Map<String, Integer> used) {
    used.forEach((ingredient, amount) -> grams.merge(ingredient, -amount, Integer::sum));
  }

  /** Adds ingredients, e.g. a delivery from the wholesaler. */
  public synchronized void restock(Map<String, Integer> delivered) {
    delivered.forEach((ingredient, amount) -> grams.merge(ingredient, amount, Integer::sum));
  }

  /** Grams left of one ingredient. */
  public synchronized int gramsOf(String ingredient) {
    return grams.getOrDefault(ingredient, 0);
  }

  /** Everything in the store room. */
  public synchronized Map<String, Integer> levels() {
    return Map.copyOf(grams);
  }
}
