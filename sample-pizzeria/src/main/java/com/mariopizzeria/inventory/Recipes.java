package com.mariopizzeria.inventory;

import com.mariopizzeria.orders.PizzaLine;
import java.util.Map;
import java.util.TreeMap;

/** Grams of each ingredient a medium pizza of the menu takes; other sizes scale. */
public final class Recipes {

  private static final Map<String, Map<String, Integer>> MEDIUM =
      Map.of(
          "Margherita", Map.of("dough", 250, "tomato", 100, "mozzarella", 125, "basil", 5),
          "Diavola", Map.of("dough", 250, "tomato", 100, "mozzarella", 125, "salami", 60),
          "Funghi", Map.of("dough", 250, "tomato", 100, "mozzarella", 100, "mushrooms", 80),
          "Quattro Formaggi",
              Map.of(
                  "dough", 250, "mozzarella", 80, "gorgonzola", 60, "parmesan", 40, "fontina", 60));

  private Recipes() {}

  /** The pizzas on the menu. */
  public static java.util.Set<String> menu() {
    return MEDIUM.keySet();
  }

  /**
   * Grams per ingredient the given pizzas take, summed.
   *
   * @throws IllegalArgumentException for a pizza that is not on the menu
   */
  public static Map<String, Integer> ingredientsOf(Iterable<PizzaLine> pizzas) {
    Map<String, Integer> needed = new TreeMap<>();
    for (PizzaLine line : pizzas) {
      Map<String, Integer> recipe = MEDIUM.get(line.pizza());
      if (recipe == null) {
        throw new IllegalArgumentException(
            "No recipe for " + line.pizza() + "; the menu has " + new TreeMap<>(MEDIUM).keySet());
      }
      recipe.forEach(
          (ingredient, grams) ->
              needed.merge(
                  ingredient,
                  (int) Math.round(grams * line.size().ingredientFactor()),
                  Integer::sum));
    }
    return needed;
  }
}
