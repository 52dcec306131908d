package com.mariopizzeria;

import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Counts delivery outcomes for the throughput figures: the bus's metrics hook at work. */
@Singleton
public final class DeliveryCounter implements DeliveryListener {

  private final AtomicLong succeeded = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong deadLettered = new AtomicLong();

  @Inject
  public DeliveryCounter() {}

  @Override
  public void succeeded(Delivery delivery, int attempt) {
    succeeded.incrementAndGet();
  }

  @Override
  public void failed(Delivery delivery, int attempt, Throwable failure, Duration retryIn) {
    failed.incrementAndGet();
  }

  @Override
  public void deadLettered(DeadLetter deadLetter) {
    deadLettered.incrementAndGet();
  }

  public long succeeded() {
    return succeeded.get();
  }

  public long failed() {
    return failed.get();
  }

  public long deadLettered() {
    return deadLettered.get();
  }
}
