package dev.herald.benchmarks;

import java.util.function.Supplier;

/**
 * Hands a generated table one existing handler, the way an application without Dagger constructs a
 * table. One small class rather than a lambda per handler, so that building a table of 200 handlers
 * does not spin 200 lambda classes at startup.
 */
public final class FixedSupplier<T> implements Supplier<T> {

  private final T value;

  public FixedSupplier(T value) {
    this.value = value;
  }

  @Override
  public T get() {
    return value;
  }
}
