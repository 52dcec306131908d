package dev.herald.test;

import dev.herald.Phase;
import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A delivery listener that lets a test assert that AFTER_COMMIT handlers ran, failed or were
 * dead-lettered, waiting for asynchronous delivery with a timeout.
 *
 * <pre>{@code
 * DeliveryProbe probe = new DeliveryProbe();
 * EventBus bus = probe.bind(EventBus.builder(tables).listener(probe).build());
 * ...
 * probe.awaitDelivered(Kitchen.class, OrderConfirmed.class, Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>A handler class is recognised by its route ids, {@code <binary class name>#<method>(...)}.
 * Deliveries to the fixtures' own subscribers (ids starting with {@code herald-test:}, such as the
 * {@link EventRecorder}'s) are left out. Only AFTER_COMMIT deliveries pass through a listener; once
 * {@linkplain #bind bound} to its bus, the probe says so at once when a test awaits a handler that
 * has no AFTER_COMMIT route for the event type.
 */
public final class DeliveryProbe implements DeliveryListener {

  /**
   * One failed attempt.
   *
   * @param delivery the event and the route
   * @param attempt the attempt that failed, from 1
   * @param failure what the handler threw or failed its stage with
   * @param retryIn the wait before the next attempt, or {@code null} when it was the last
   */
  public record Failure(Delivery delivery, int attempt, Throwable failure, Duration retryIn) {}

  /** The condition of awaits without one; recognised by identity so messages do not mention it. */
  static final Predicate<Object> ALWAYS = event -> true;

  /** Subscriber ids of the fixtures themselves, whose deliveries are not the application's. */
  static final String FIXTURE_ID_PREFIX = "herald-test:";

  private static final int SUMMARY_LINES = 40;

  private final Object lock = new Object();
  private final List<Delivery> delivered = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();
  private final List<DeadLetter> deadLetters = new ArrayList<>();
  private volatile List<HandlerRoute> routes;

  /**
   * Lets the probe check awaited handlers against the bus's routes; call it with the bus built with
   * this probe as its listener.
   *
   * @return the bus, for chaining
   */
  public EventBus bind(EventBus bus) {
    this.routes = List.copyOf(Objects.requireNonNull(bus, "bus").routes());
    return bus;
  }

  @Override
  public void succeeded(Delivery delivery, int attempt) {
    if (delivery.routeId().startsWith(FIXTURE_ID_PREFIX)) {
      return;
    }
    synchronized (lock) {
      delivered.add(delivery);
      lock.notifyAll();
    }
  }

  @Override
  public void failed(Delivery delivery, int attempt, Throwable failure, Duration retryIn) {
    synchronized (lock) {
      failures.add(new Failure(delivery, attempt, failure, retryIn));
      lock.notifyAll();
    }
  }

  @Override
  public void deadLettered(DeadLetter deadLetter) {
    synchronized (lock) {
      deadLetters.add(deadLetter);
      lock.notifyAll();
    }
  }

  /**
   * Waits until a handler of the class was delivered an event of the type.
   *
   * @return the first such event
   * @throws AssertionError when the timeout passes first (listing what happened instead), or at
   *     once when the bound bus has no AFTER_COMMIT route of that class for that type
   */
  public <E> E awaitDelivered(Class<?> handlerType, Class<E> eventType, Duration timeout) {
    return awaitDelivered(handlerType, eventType, ALWAYS, timeout);
  }

  /**
   * Waits until a handler of the class was delivered an event of the type satisfying the condition.
   */
  public <E> E awaitDelivered(
      Class<?> handlerType, Class<E> eventType, Predicate<? super E> condition, Duration timeout) {
    Objects.requireNonNull(handlerType, "handlerType");
    requireAfterCommitRoute(handlerType, eventType);
    return awaitDelivery(
        0, ofHandler(handlerType), handlerType.getSimpleName(), eventType, condition, timeout);
  }

  /**
   * Like {@link #awaitDelivered(Class, Class, Predicate, Duration)}, counting only deliveries from
   * position {@code from}.
   */
  <E> E awaitDeliveredSince(
      int from,
      Class<?> handlerType,
      Class<E> eventType,
      Predicate<? super E> condition,
      Duration timeout) {
    requireAfterCommitRoute(handlerType, eventType);
    return awaitDelivery(
        from, ofHandler(handlerType), handlerType.getSimpleName(), eventType, condition, timeout);
  }

  /** How many deliveries succeeded so far: a position for {@link #awaitDeliveredSince}. */
  int deliveredCount() {
    synchronized (lock) {
      return delivered.size();
    }
  }

  /** Waits until the route or subscriber with this id was delivered an event of the type. */
  public <E> E awaitDelivered(String routeId, Class<E> eventType, Duration timeout) {
    Objects.requireNonNull(routeId, "routeId");
    return awaitDelivery(0, routeId::equals, routeId, eventType, ALWAYS, timeout);
  }

  /**
   * Waits until a delivery of an event of the type to a handler of the class was dead-lettered.
   *
   * @return the dead letter
   */
  public <E> DeadLetter awaitDeadLettered(
      Class<?> handlerType, Class<E> eventType, Duration timeout) {
    Objects.requireNonNull(handlerType, "handlerType");
    requireAfterCommitRoute(handlerType, eventType);
    Predicate<String> route = ofHandler(handlerType);
    Deadline deadline = Deadline.after(timeout);
    synchronized (lock) {
      while (true) {
        for (DeadLetter deadLetter : deadLetters) {
          if (route.test(deadLetter.delivery().routeId())
              && eventType.isInstance(deadLetter.delivery().envelope().event())) {
            return deadLetter;
          }
        }
        if (!deadline.waitOn(lock)) {
          throw new AssertionError(
              "Expected "
                  + Messages.a(eventType)
                  + " to "
                  + handlerType.getSimpleName()
                  + " to be dead-lettered within "
                  + timeout
                  + ", but none was.\n"
                  + summary());
        }
      }
    }
  }

  /** Every successful delivery so far, in the order they completed. */
  public List<Delivery> delivered() {
    synchronized (lock) {
      return List.copyOf(delivered);
    }
  }

  /** The events delivered to handlers of the class so far, in the order they completed. */
  public List<Object> deliveredTo(Class<?> handlerType) {
    Predicate<String> route = ofHandler(Objects.requireNonNull(handlerType, "handlerType"));
    List<Object> events = new ArrayList<>();
    for (Delivery delivery : delivered()) {
      if (route.test(delivery.routeId())) {
        events.add(delivery.envelope().event());
      }
    }
    return events;
  }

  /** Every failed attempt so far, retried or not. */
  public List<Failure> failures() {
    synchronized (lock) {
      return List.copyOf(failures);
    }
  }

  /**
   * Every delivery parked so far (a redrive does not remove it here, unlike from the bus's store).
   */
  public List<DeadLetter> deadLetters() {
    synchronized (lock) {
      return List.copyOf(deadLetters);
    }
  }

  /**
   * Asserts that no attempt failed so far.
   *
   * @throws AssertionError listing the failures, the first one as the cause
   */
  public void assertNoFailures() {
    List<Failure> seen = failures();
    if (!seen.isEmpty()) {
      StringBuilder message =
          new StringBuilder("Expected no failed delivery, but ")
              .append(seen.size())
              .append(seen.size() == 1 ? " attempt" : " attempts")
              .append(" failed:\n");
      appendFailures(message, seen);
      throw new AssertionError(message.toString(), seen.get(0).failure());
    }
  }

  /** Forgets everything observed so far. */
  public void clear() {
    synchronized (lock) {
      delivered.clear();
      failures.clear();
      deadLetters.clear();
    }
  }

  private <E> E awaitDelivery(
      int from,
      Predicate<String> route,
      String routeName,
      Class<E> eventType,
      Predicate<? super E> condition,
      Duration timeout) {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(condition, "condition");
    Deadline deadline = Deadline.after(timeout);
    synchronized (lock) {
      int checked = from;
      while (true) {
        for (; checked < delivered.size(); checked++) {
          Delivery delivery = delivered.get(checked);
          Object event = delivery.envelope().event();
          if (route.test(delivery.routeId())
              && eventType.isInstance(event)
              && condition.test(eventType.cast(event))) {
            return eventType.cast(event);
          }
        }
        if (!deadline.waitOn(lock)) {
          throw new AssertionError(
              "Expected "
                  + routeName
                  + " to be delivered "
                  + Messages.a(eventType)
                  + (condition == ALWAYS ? "" : " matching the condition")
                  + " within "
                  + timeout
                  + ", but it was not.\n"
                  + summary());
        }
      }
    }
  }

  private static Predicate<String> ofHandler(Class<?> handlerType) {
    String prefix = handlerType.getName() + "#";
    return routeId -> routeId.startsWith(prefix);
  }

  private void requireAfterCommitRoute(Class<?> handlerType, Class<?> eventType) {
    Objects.requireNonNull(eventType, "eventType");
    List<HandlerRoute> known = routes;
    if (known == null) {
      return;
    }
    List<String> ofHandler = new ArrayList<>();
    for (HandlerRoute route : known) {
      if (route.handlerType() != handlerType) {
        continue;
      }
      ofHandler.add(
          route.methodName() + "(" + route.eventType().getSimpleName() + ") " + route.phase());
      boolean takesType =
          route.eventType().isAssignableFrom(eventType)
              || eventType.isAssignableFrom(route.eventType());
      if (takesType && route.phase() == Phase.AFTER_COMMIT) {
        return;
      }
    }
    throw new AssertionError(
        handlerType.getSimpleName()
            + " has no AFTER_COMMIT handler for "
            + eventType.getSimpleName()
            + " on this bus, so no delivery of it can be observed"
            + (ofHandler.isEmpty()
                ? "; it has no route at all (is its table given to the bus?)"
                : "; its routes: "
                    + ofHandler
                    + " (IMMEDIATE handlers run inside commit(): assert their effect directly)"));
  }

  private String summary() {
    synchronized (lock) {
      StringBuilder text =
          new StringBuilder("  delivered (").append(delivered.size()).append("):\n");
      int skipped = Math.max(0, delivered.size() - SUMMARY_LINES);
      if (skipped > 0) {
        text.append("    (").append(skipped).append(" earlier ones left out)\n");
      }
      for (Delivery delivery : delivered.subList(skipped, delivered.size())) {
        text.append("    ")
            .append(EventListing.describe(delivery.envelope().event()))
            .append(" -> ")
            .append(delivery.routeId())
            .append('\n');
      }
      text.append("  failed attempts (").append(failures.size()).append("):\n");
      appendFailures(text, failures);
      text.append("  dead-lettered (").append(deadLetters.size()).append("):\n");
      for (DeadLetter deadLetter : deadLetters) {
        text.append("    ")
            .append(EventListing.describe(deadLetter.delivery().envelope().event()))
            .append(" -> ")
            .append(deadLetter.delivery().routeId())
            .append(" after ")
            .append(deadLetter.attempts())
            .append(" attempts: ")
            .append(deadLetter.failureMessage())
            .append('\n');
      }
      return text.toString();
    }
  }

  private static void appendFailures(StringBuilder text, List<Failure> failures) {
    for (Failure failure : failures) {
      text.append("    ")
          .append(EventListing.describe(failure.delivery().envelope().event()))
          .append(" -> ")
          .append(failure.delivery().routeId())
          .append(", attempt ")
          .append(failure.attempt())
          .append(": ")
          .append(Messages.describe(failure.failure()))
          .append(
              failure.retryIn() == null
                  ? " (last attempt)"
                  : " (retry in " + failure.retryIn() + ")")
          .append('\n');
    }
  }
}
