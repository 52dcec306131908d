package com.mariopizzeria;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run after-commit handlers, {@link PizzeriaSettings#deliveryThreads()} of them:
 * owned here rather than by the bus so that the day can run on one thread and print in order.
 */
@Singleton
public final class DeliveryThreads implements AutoCloseable {

  private final ExecutorService executor;

  @Inject
  public DeliveryThreads(PizzeriaSettings settings) {
    AtomicInteger count = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            settings.deliveryThreads(),
            runnable -> {
              Thread thread = new Thread(runnable, "pizzeria-delivery-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  public ExecutorService executor() {
    return executor;
  }

  @Override
  public void close() {
    executor.shutdown();
  }
}
