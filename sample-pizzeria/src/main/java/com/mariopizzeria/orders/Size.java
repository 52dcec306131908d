package com.mariopizzeria.orders;

/** How big a pizza is; ingredients scale with it. */
public enum Size {
  SMALL(0.75),
  MEDIUM(1.0),
  LARGE(1.5);

  private final double ingredientFactor;

  Size(double ingredientFactor) {
    this.ingredientFactor = ingredientFactor;
  }

  /** How much of a medium pizza's ingredients this size takes. */
  public double ingredientFactor() {
    return ingredientFactor;
  }

  /** The size as a customer says it: "large". */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
