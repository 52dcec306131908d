package dev.herald.benchmarks;

import jakarta.inject.Provider;

/**
 * Hands a generated table one existing handler, the way an application without Dagger constructs a
 * table. One small class rather than a lambda per handler, so that building a table of 200 handlers
 * does not spin 200 lambda classes at startup.
 */
public final class FixedProvider<T> implements Provider<T> {

  private final T value;

  public FixedProvider(T value) {
    this.value = value;
  }

  @Override
  public T get() {
    return value;
  }
}
