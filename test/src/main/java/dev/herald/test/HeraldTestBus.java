package dev.herald.test;

import dev.herald.Phase;
import dev.herald.runtime.AggregateRoot;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.UnitOfWork;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.CommittingEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An {@link EventBus} for tests with an {@link EventRecorder} of every event and a {@link
 * DeliveryProbe} wired in; close it after the test to stop its threads.
 *
 * <pre>{@code
 * try (HeraldTestBus test = HeraldTestBus.synchronous(handlerTable)) {
 *   order.confirm();
 *   test.commit(order);
 *   test.probe().awaitDelivered(Kitchen.class, OrderConfirmed.class, Duration.ofSeconds(1));
 * }
 * }</pre>
 *
 * <p>The recorder takes every event, which would let the bus accept event types that no table
 * knows; an IMMEDIATE guard rejects those as the application's bus would (see {@link
 * Builder#strictEventTypes}).
 */
public final class HeraldTestBus implements AutoCloseable {

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

  private final EventBus bus;
  private final EventRecorder recorder;
  private final DeliveryProbe probe;

  private HeraldTestBus(EventBus bus, EventRecorder recorder, DeliveryProbe probe) {
    this.bus = bus;
    this.recorder = recorder;
    this.probe = probe;
  }

  /**
   * A bus over the tables that delivers AFTER_COMMIT handlers in the committing thread: they have
   * run when {@code commit()} returns, apart from retries, which run later on the retry thread.
   */
  public static HeraldTestBus synchronous(HandlerTable... tables) {
    return builder(Arrays.asList(Objects.requireNonNull(tables, "tables"))).synchronous().build();
  }

  /** A bus over the tables that delivers on its own thread pool, as in production. */
  public static HeraldTestBus asynchronous(HandlerTable... tables) {
    return builder(Arrays.asList(Objects.requireNonNull(tables, "tables"))).build();
  }

  /** Starts configuring a test bus over the tables. */
  public static Builder builder(Collection<? extends HandlerTable> tables) {
    return new Builder(tables);
  }

  /** The bus. */
  public EventBus bus() {
    return bus;
  }

  /** The recorder of every event delivered AFTER_COMMIT. */
  public EventRecorder recorder() {
    return recorder;
  }

  /** The probe of AFTER_COMMIT deliveries. */
  public DeliveryProbe probe() {
    return probe;
  }

  /** A scenario on this bus. */
  public Scenario scenario() {
    return Scenario.on(this);
  }

  /**
   * Commits the aggregates' uncommitted events in a new unit of work, without a persistence step.
   *
   * @return what was committed
   */
  public CommittingEvents commit(AggregateRoot<?>... aggregates) {
    Objects.requireNonNull(aggregates, "aggregates");
    try (UnitOfWork unitOfWork = bus.unitOfWork()) {
      for (AggregateRoot<?> aggregate : aggregates) {
        unitOfWork.register(aggregate);
      }
      return unitOfWork.commit();
    }
  }

  /**
   * Waits until every accepted delivery finished, delivered or dead-lettered, including retries.
   *
   * @throws AssertionError when deliveries are still running after the timeout
   */
  public void awaitIdle(Duration timeout) {
    try {
      if (!bus.awaitIdle(timeout)) {
        throw new AssertionError(
            "Deliveries were still running after "
                + timeout
                + ".\n"
                + "  delivered so far: "
                + probe.delivered().size()
                + ", failed attempts: "
                + probe.failures().size()
                + ", dead-lettered: "
                + probe.deadLetters().size());
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for deliveries", interrupted);
    }
  }

  /** Shuts the bus down, waiting up to five seconds for running deliveries. */
  @Override
  public void close() {
    bus.shutdown(CLOSE_TIMEOUT);
  }

  /** Configures a {@link HeraldTestBus}. */
  public static final class Builder {

    private final List<HandlerTable> tables;
    private final List<Consumer<EventBus.Builder>> customizations = new ArrayList<>();
    private boolean synchronous;
    private boolean strictEventTypes = true;

    private Builder(Collection<? extends HandlerTable> tables) {
      Objects.requireNonNull(tables, "tables");
      List<HandlerTable> copy = new ArrayList<>(tables.size());
      for (HandlerTable table : tables) {
        copy.add(Objects.requireNonNull(table, "tables must not contain null"));
      }
      this.tables = List.copyOf(copy);
    }

    /** Delivers AFTER_COMMIT handlers in the committing thread. */
    public Builder synchronous() {
      this.synchronous = true;
      return this;
    }

    /**
     * Whether events of a type no table knows are rejected, as the application's bus rejects them
     * (default: true). Turn it off when a subscriber added through {@link #configure} takes such
     * types.
     */
    public Builder strictEventTypes(boolean strict) {
      this.strictEventTypes = strict;
      return this;
    }

    /**
     * Applies further settings to the bus builder: retry policies, a clock, an executor,
     * subscribers.
     */
    public Builder configure(Consumer<EventBus.Builder> customization) {
      customizations.add(Objects.requireNonNull(customization, "customization"));
      return this;
    }

    /** Builds the bus with its recorder and probe. */
    public HeraldTestBus build() {
      EventRecorder recorder = new EventRecorder();
      DeliveryProbe probe = new DeliveryProbe();
      EventBus.Builder builder = EventBus.builder(tables).listener(probe);
      if (synchronous) {
        builder.synchronousDelivery();
      }
      for (Consumer<EventBus.Builder> customization : customizations) {
        customization.accept(builder);
      }
      if (strictEventTypes) {
        builder.subscribe(
            KnownEventTypeGuard.ID, Object.class, Phase.IMMEDIATE, new KnownEventTypeGuard(tables));
      }
      recorder.registerWith(builder);
      EventBus bus = builder.build();
      probe.bind(bus);
      return new HeraldTestBus(bus, recorder, probe);
    }
  }
}
