package dev.herald.test;

import dev.herald.runtime.EventBus;
import dev.herald.runtime.UnitOfWork;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An application test in three steps: stimulate the application, wait for the event (or the state,
 * or the handler delivery) it should lead to, verify it. Only what happens after the stimulus
 * counts.
 *
 * <pre>{@code
 * Scenario.on(testBus)
 *     .stimulate(uow -> uow.register(order).confirm())
 *     .andWaitForEventOfType(OrderConfirmed.class).matching(e -> e.orderId().equals("o-1"))
 *     .toArrive();
 * }</pre>
 *
 * <p>Events are seen through an {@link EventRecorder} subscribed to the bus, and handler deliveries
 * through a {@link DeliveryProbe}; {@link HeraldTestBus} has both. "After the stimulus" means
 * recorded after it started: on an asynchronous bus, let earlier work finish first ({@link
 * HeraldTestBus#awaitIdle}) so that its late events are not taken for the stimulus's.
 */
public final class Scenario {

  /** The wait of a scenario unless {@link #andWaitAtMost} says otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private static final Duration POLL_INTERVAL = Duration.ofMillis(10);

  /** A stimulus that does its own commit or publish, such as a call to an application service. */
  @FunctionalInterface
  public interface Stimulus {
    void run() throws Exception;
  }

  /**
   * A stimulus that works in a unit of work the scenario commits afterwards (unless it committed).
   */
  @FunctionalInterface
  public interface UnitOfWorkStimulus {
    void run(UnitOfWork unitOfWork) throws Exception;
  }

  private final EventBus bus;
  private final EventRecorder recorder;
  private final DeliveryProbe probe;
  private final Duration timeout;

  private Scenario(EventBus bus, EventRecorder recorder, DeliveryProbe probe, Duration timeout) {
    this.bus = bus;
    this.recorder = recorder;
    this.probe = probe;
    this.timeout = timeout;
  }

  /**
   * A scenario on the test bus, seeing events through its recorder and deliveries through its
   * probe.
   */
  public static Scenario on(HeraldTestBus testBus) {
    Objects.requireNonNull(testBus, "testBus");
    return new Scenario(testBus.bus(), testBus.recorder(), testBus.probe(), DEFAULT_TIMEOUT);
  }

  /** A scenario on a bus the recorder is subscribed to (see {@link EventRecorder#registerWith}). */
  public static Scenario on(EventBus bus, EventRecorder recorder) {
    return new Scenario(
        Objects.requireNonNull(bus, "bus"),
        Objects.requireNonNull(recorder, "recorder"),
        null,
        DEFAULT_TIMEOUT);
  }

  /** A scenario on a bus the recorder is subscribed to and the probe listens to. */
  public static Scenario on(EventBus bus, EventRecorder recorder, DeliveryProbe probe) {
    return new Scenario(
        Objects.requireNonNull(bus, "bus"),
        Objects.requireNonNull(recorder, "recorder"),
        Objects.requireNonNull(probe, "probe"),
        DEFAULT_TIMEOUT);
  }

  /** This scenario with another wait for its expectations. */
  public Scenario andWaitAtMost(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
    }
    return new Scenario(bus, recorder, probe, timeout);
  }

  /**
   * Runs a stimulus that commits or publishes by itself; a runtime exception it throws propagates,
   * a checked one fails the test.
   */
  public Stimulated stimulate(Stimulus stimulus) {
    Objects.requireNonNull(stimulus, "stimulus");
    Stimulated stimulated = new Stimulated();
    try {
      stimulus.run();
    } catch (RuntimeException failure) {
      throw failure;
    } catch (Exception failure) {
      throw new AssertionError("The stimulus threw " + Messages.describe(failure), failure);
    }
    return stimulated;
  }

  /**
   * Runs a stimulus in a new unit of work of the bus, then commits it unless the stimulus did.
   * Typically: {@code uow -> uow.register(order).confirm()}.
   */
  public Stimulated stimulate(UnitOfWorkStimulus stimulus) {
    Objects.requireNonNull(stimulus, "stimulus");
    return stimulate(
        () -> {
          try (UnitOfWork unitOfWork = bus.unitOfWork()) {
            stimulus.run(unitOfWork);
            if (!unitOfWork.isCommitted()) {
              unitOfWork.commit();
            }
          }
        });
  }

  /** What can be awaited once the stimulus ran: only events and deliveries after it count. */
  public final class Stimulated {

    private final int eventsBefore = recorder.size();
    private final int deliveriesBefore = probe == null ? 0 : probe.deliveredCount();

    private Stimulated() {}

    /**
     * Waits for an event of the type (or a subtype), refined with {@link
     * EventExpectation#matching}.
     */
    public <T> EventExpectation<T> andWaitForEventOfType(Class<T> eventType) {
      return new EventExpectation<>(
          eventsBefore, Objects.requireNonNull(eventType, "eventType"), event -> true, null);
    }

    /**
     * Waits until a handler of the class was delivered an event of the type after the stimulus;
     * needs a probe.
     *
     * @return the delivered event
     */
    public <E> E andWaitUntilDelivered(Class<?> handlerType, Class<E> eventType) {
      return andWaitUntilDelivered(handlerType, eventType, DeliveryProbe.ALWAYS);
    }

    /**
     * Waits until a handler of the class was delivered an event of the type satisfying the
     * condition.
     */
    public <E> E andWaitUntilDelivered(
        Class<?> handlerType, Class<E> eventType, Predicate<? super E> condition) {
      Objects.requireNonNull(handlerType, "handlerType");
      if (probe == null) {
        throw new IllegalStateException(
            "This scenario has no DeliveryProbe: use Scenario.on(testBus) or Scenario.on(bus,"
                + " recorder, probe)");
      }
      return probe.awaitDeliveredSince(
          deliveriesBefore, handlerType, eventType, condition, timeout);
    }

    /**
     * Waits until the supplier returns a value that the condition accepts, polling it; for the
     * effect of a handler, such as a ticket in the kitchen's queue.
     */
    public <T> StateExpectation<T> andWaitForStateChange(
        Supplier<T> state, Predicate<? super T> condition) {
      return new StateExpectation<>(
          eventsBefore,
          Objects.requireNonNull(state, "state"),
          Objects.requireNonNull(condition, "condition"));
    }

    /**
     * Waits until the supplier returns a value that is present: not null, not an empty collection
     * or Optional, not {@code false}.
     */
    public <T> StateExpectation<T> andWaitForStateChange(Supplier<T> state) {
      return andWaitForStateChange(state, Scenario::isPresent);
    }
  }

  /** An awaited event, with an optional condition. */
  public final class EventExpectation<T> {

    private final int from;
    private final Class<T> eventType;
    private final Predicate<? super T> condition;
    private final String description;

    private EventExpectation(
        int from, Class<T> eventType, Predicate<? super T> condition, String description) {
      this.from = from;
      this.eventType = eventType;
      this.condition = condition;
      this.description = description;
    }

    /** Only an event satisfying the condition counts. */
    public EventExpectation<T> matching(Predicate<? super T> condition) {
      return matching("matching the condition", condition);
    }

    /**
     * Only an event satisfying the condition counts; the description names it in failure messages.
     */
    public EventExpectation<T> matching(String description, Predicate<? super T> condition) {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(condition, "condition");
      Predicate<? super T> previous = this.condition;
      Predicate<T> both = event -> previous.test(event) && condition.test(event);
      return new EventExpectation<>(
          from,
          eventType,
          both,
          this.description == null ? description : this.description + " and " + description);
    }

    /**
     * Waits for the event.
     *
     * @return the first such event after the stimulus
     * @throws AssertionError when none arrives within the scenario's timeout, listing what did
     */
    public T toArrive() {
      String what = Messages.a(eventType) + (description == null ? "" : " " + description);
      return recorder.awaitFirst(from, eventType, condition, what, timeout);
    }

    /** Waits for the event, then runs assertions on it. */
    public T toArriveAndVerify(Consumer<? super T> verification) {
      Objects.requireNonNull(verification, "verification");
      T event = toArrive();
      verification.accept(event);
      return event;
    }
  }

  /** An awaited state, read by polling. */
  public final class StateExpectation<T> {

    private final int from;
    private final Supplier<T> state;
    private final Predicate<? super T> condition;

    private StateExpectation(int from, Supplier<T> state, Predicate<? super T> condition) {
      this.from = from;
      this.state = state;
      this.condition = condition;
    }

    /**
     * Waits for the state.
     *
     * @return the accepted value
     * @throws AssertionError when the timeout passes first, with the last value read
     */
    public T toArrive() {
      Deadline deadline = Deadline.after(timeout);
      while (true) {
        T value = state.get();
        if (condition.test(value)) {
          return value;
        }
        if (!deadline.pause(POLL_INTERVAL)) {
          throw new AssertionError(
              "Expected the state to change within "
                  + timeout
                  + ", but it is still "
                  + value
                  + ". Events recorded since the stimulus:\n"
                  + EventListing.of(recorder.eventsSince(from)));
        }
      }
    }

    /** Waits for the state, then runs assertions on it. */
    public T andVerify(Consumer<? super T> verification) {
      Objects.requireNonNull(verification, "verification");
      T value = toArrive();
      verification.accept(value);
      return value;
    }
  }

  private static boolean isPresent(Object value) {
    if (value == null || Boolean.FALSE.equals(value)) {
      return false;
    }
    if (value instanceof Collection<?> collection) {
      return !collection.isEmpty();
    }
    if (value instanceof Optional<?> optional) {
      return optional.isPresent();
    }
    return true;
  }
}
