package dev.herald.benchmarks;

import dev.herald.runtime.AggregateRoot;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.UnitOfWork;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * One business operation committed through Herald's public API (a unit of work, the aggregate
 * registered, the operation, commit), written once for the small-table and the application-size
 * scenarios.
 */
public final class Commits {

  private Commits() {}

  /** Registers the aggregate with a new unit of work, runs the operation on it, and commits. */
  public static <A extends AggregateRoot<?>> void commit(
      EventBus bus, A aggregate, Consumer<? super A> operation) {
    try (UnitOfWork unitOfWork = bus.unitOfWork()) {
      operation.accept(unitOfWork.register(aggregate));
      unitOfWork.commit();
    }
  }

  /**
   * Commits the operation on every aggregate, {@code rounds} times over, then waits until the bus
   * has run every delivery: one invocation of the async scenarios.
   */
  public static <A extends AggregateRoot<?>> void commitAllAndAwait(
      EventBus bus, List<A> aggregates, int rounds, Consumer<? super A> operation)
      throws InterruptedException {
    for (int round = 0; round < rounds; round++) {
      for (A aggregate : aggregates) {
        commit(bus, aggregate, operation);
      }
    }
    if (!bus.awaitIdle(Duration.ofMinutes(1))) {
      throw new IllegalStateException("deliveries did not finish within a minute");
    }
  }
}
