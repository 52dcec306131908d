package dev.herald.runtime;

import dev.herald.Phase;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryInterceptor;
import dev.herald.runtime.spi.DeliveryListener;
import dev.herald.runtime.spi.DeliveryPort;
import dev.herald.runtime.spi.DeliveryStore;
import dev.herald.runtime.spi.EventEnvelope;
import dev.herald.runtime.spi.InMemoryDeliveryStore;
import dev.herald.runtime.spi.RetryScheduler;
import dev.herald.runtime.spi.TraceCapture;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * Routes events to the handlers of the generated tables and to programmatic subscribers: IMMEDIATE
 * ones in the caller, inside the operation; AFTER_COMMIT ones after the commit, isolated, retried,
 * dead-lettered and in sequence order per aggregate and handler class.
 *
 * <p>Build one per application with {@link #builder}; it is thread-safe. Events from aggregates go
 * through a {@link #unitOfWork()}; other events through {@link #publish}.
 */
public final class EventBus implements AutoCloseable {

  private final RouteResolver resolver;
  private final List<HandlerRoute> routes;
  private final DeliveryEngine engine;
  private final MillisecondClock millis;
  private final DeliveryStore store;
  private final Map<String, Target> targetsById;
  private final Clock clock;

  /** Made when first asked for: most buses never redeliver, and a cold start skips its classes. */
  private volatile Redeliveries redeliveries;

  private final LazyDeliveryPool ownedExecutor;
  private final DaemonRetryScheduler ownedScheduler;

  /**
   * Units of work running IMMEDIATE handlers now, on any thread: while there are none, {@link
   * #publish} need not ask whether its thread is inside one.
   */
  private final AtomicInteger committing = new AtomicInteger();

  private volatile boolean accepting = true;

  private EventBus(BusAssembly assembly) {
    this.resolver = assembly.resolver();
    this.routes = assembly.routes();
    this.engine = assembly.engine();
    this.millis = assembly.millis();
    this.store = assembly.store();
    this.ownedExecutor = assembly.ownedExecutor();
    this.ownedScheduler = assembly.ownedScheduler();
    this.targetsById = assembly.targetsById();
    this.clock = assembly.clock();
  }

  /**
   * Starts building a bus over the generated handler tables (Dagger provides them as a {@code
   * Set<HandlerTable>}); an empty collection is fine for a bus of subscribers only.
   */
  public static Builder builder(Collection<? extends HandlerTable> tables) {
    return new Builder(tables);
  }

  /** A new unit of work for one business operation; see {@link UnitOfWork}. */
  public UnitOfWork unitOfWork() {
    ensureAccepting("start a unit of work");
    return new UnitOfWork(this);
  }

  /**
   * Publishes an event raised outside any aggregate: IMMEDIATE handlers run now in the caller
   * (their failure propagates and nothing else happens), then AFTER_COMMIT handlers are delivered
   * as after a commit, unordered. Called from an IMMEDIATE handler while a unit of work commits on
   * this thread, the event joins that unit of work instead.
   *
   * @throws NullPointerException when {@code event} is null
   * @throws IllegalArgumentException when no table knows the event's type and no subscriber takes
   *     it
   * @throws IllegalStateException after {@link #shutdown}
   */
  public void publish(Object event) {
    Class<?> type = Objects.requireNonNull(event, "event").getClass();
    if (committing.get() != 0 && publishIntoCommittingUnit(event)) {
      return;
    }
    if (!accepting) {
      throw shutDown("publish " + type.getName());
    }
    RouteResolver.Routes routes = resolver.routesOf(type);
    if (routes.immediate.length != 0 || !engine.publishesInline()) {
      publishThroughTasks(event, routes);
    } else if (routes.afterCommit.length != 0) {
      // The event is stamped now; its id is made only when a handler or a report needs it.
      engine.publishInline(event, millis.millis(), routes.afterCommit);
    }
  }

  /** Hands the event to the unit of work committing on this thread, if there is one. */
  private boolean publishIntoCommittingUnit(Object event) {
    UnitOfWork unitOfWork = UnitOfWork.committingOn(this);
    if (unitOfWork == null) {
      return false;
    }
    unitOfWork.publish(event);
    return true;
  }

  /** Publishes with IMMEDIATE handlers, or to after-commit deliveries that need tasks. */
  private void publishThroughTasks(Object event, RouteResolver.Routes routes) {
    Target[] afterCommit = routes.afterCommit;
    if (routes.immediate.length == 0) {
      if (afterCommit.length != 0) {
        engine.publish(engine.newEnvelope(event, millis.millis()), afterCommit);
      }
      return;
    }
    EventEnvelope envelope = newEnvelope(event);
    ImmediateHandlers.run(routes.immediate, envelope);
    if (afterCommit.length != 0) {
      engine.publish(envelope, afterCommit);
    }
  }

  /** Every route of every table, in table order. */
  public List<HandlerRoute> routes() {
    return routes;
  }

  /**
   * The entry for deliveries that start outside a unit of work of this process: recovered by a
   * relay, or received from a broker. For storage and broker modules; applications do not need it.
   */
  public DeliveryPort deliveryPort() {
    return redeliveries();
  }

  private Redeliveries redeliveries() {
    Redeliveries made = redeliveries;
    return made != null ? made : makeRedeliveries();
  }

  private synchronized Redeliveries makeRedeliveries() {
    if (redeliveries == null) {
      redeliveries = new Redeliveries(this, engine, resolver, targetsById, store, clock);
    }
    return redeliveries;
  }

  /** Every parked delivery, oldest first, from the delivery store. */
  public List<DeadLetter> deadLetters() {
    return store.deadLetters();
  }

  /**
   * Takes a parked delivery out of the store and delivers it again with a fresh set of attempts.
   *
   * @return a stage completing with {@code true} once delivered (it has left the store), {@code
   *     false} if it was parked again; failed with {@link NoSuchElementException} when nothing is
   *     parked under that key
   */
  public CompletionStage<Boolean> redrive(UUID eventId, String routeId) {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(routeId, "routeId");
    ensureAccepting("redrive a dead letter");
    return redeliveries().redrive(eventId, routeId);
  }

  /**
   * Redrives every parked delivery.
   *
   * @return a stage completing with how many were delivered (the rest are parked again)
   */
  public CompletionStage<Integer> redriveAll() {
    ensureAccepting("redrive dead letters");
    List<CompletableFuture<Boolean>> outcomes = new ArrayList<>();
    for (DeadLetter deadLetter : store.deadLetters()) {
      outcomes.add(
          redrive(deadLetter.delivery().envelope().eventId(), deadLetter.delivery().routeId())
              .toCompletableFuture()
              .exceptionally(failure -> Boolean.FALSE));
    }
    return CompletableFuture.allOf(outcomes.toArray(new CompletableFuture<?>[0]))
        .thenApply(done -> (int) outcomes.stream().filter(CompletableFuture::join).count());
  }

  /**
   * Waits until every accepted after-commit delivery finished (delivered or dead-lettered).
   *
   * @return false when the timeout passed first
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    return engine.awaitIdle(Objects.requireNonNull(timeout, "timeout"));
  }

  /**
   * Stops accepting events, waits up to {@code timeout} for in-flight deliveries (including those
   * waiting for a retry), then abandons the rest and stops the threads the bus created (a given
   * executor is left running). Calling it again waits again and reports again.
   */
  public ShutdownReport shutdown(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    accepting = false;
    long start = System.nanoTime();
    boolean drained;
    try {
      drained = engine.awaitIdle(timeout);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      drained = false;
    }
    List<Delivery> unfinished = engine.terminate();
    if (ownedExecutor != null) {
      ownedExecutor.stop();
    }
    if (ownedScheduler != null) {
      ownedScheduler.stop();
    }
    return new ShutdownReport(
        drained && unfinished.isEmpty(), unfinished, Duration.ofNanos(System.nanoTime() - start));
  }

  /** Shuts down with a 10 second drain. */
  @Override
  public void close() {
    shutdown(Duration.ofSeconds(10));
  }

  /** Whether {@link #shutdown} was called. */
  public boolean isShutdown() {
    return !accepting;
  }

  // ---- for UnitOfWork

  RouteResolver.Routes routesOf(Object event) {
    return resolver.routesOf(event.getClass());
  }

  EventEnvelope newEnvelope(Object event) {
    return engine.newEnvelope(event, millis.millis());
  }

  /** The committing thread's trace when the bus captures traces, else null. */
  String currentTrace() {
    return engine.hooked() ? engine.hooks().currentTrace() : null;
  }

  /** The engine that delivers after commit; tests in this package look at its shards. */
  DeliveryEngine engine() {
    return engine;
  }

  void deliverAfterCommit(EventEnvelope[] events, Target[][] targets, int count) {
    engine.deliverCommitted(events, targets, count);
  }

  /** A unit of work starts running IMMEDIATE handlers; events they publish must find it. */
  void committingStarted() {
    committing.incrementAndGet();
  }

  void committingEnded() {
    committing.decrementAndGet();
  }

  void ensureAccepting(String action) {
    if (!accepting) {
      throw shutDown(action);
    }
  }

  private static IllegalStateException shutDown(String action) {
    return new IllegalStateException("Cannot " + action + ": the EventBus was shut down");
  }

  /** Configures an {@link EventBus}; every option has a default. */
  public static final class Builder {

    final List<HandlerTable> tables;
    final List<SubscriberSpec> subscribers = new ArrayList<>();
    final Map<String, RetryPolicy> policiesByRoute = new LinkedHashMap<>();
    final Map<Class<?>, RetryPolicy> policiesByHandler = new LinkedHashMap<>();
    final List<DeliveryListener> listeners = new ArrayList<>();
    final List<DeliveryInterceptor> interceptors = new ArrayList<>();
    TraceCapture traceCapture;
    RetryPolicy defaultPolicy = RetryPolicy.defaults();
    Executor executor;
    boolean synchronous;
    RetryScheduler scheduler;
    DeliveryStore store = new InMemoryDeliveryStore();
    Clock clock = Clock.systemUTC();
    RandomGenerator random;

    /** A subscriber as registered, before the bus makes its target. */
    record SubscriberSpec(
        String id, Class<?>[] eventTypes, Phase phase, EventSubscriber<?> subscriber) {}

    private Builder(Collection<? extends HandlerTable> tables) {
      Objects.requireNonNull(tables, "tables");
      List<HandlerTable> copy = new ArrayList<>(tables.size());
      for (HandlerTable table : tables) {
        copy.add(Objects.requireNonNull(table, "tables must not contain null"));
      }
      this.tables = List.copyOf(copy);
    }

    /**
     * Runs after-commit deliveries on this executor, which the bus does not shut down. Default: a
     * pool of daemon threads, one per core (at least two), owned by the bus. Either way the bus
     * keeps one task per core but one (at least one) draining its shards, and adds one, up to one
     * per core, while a task is stuck in a handler and other shards wait.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      this.synchronous = false;
      return this;
    }

    /**
     * Runs after-commit deliveries in the thread that commits or publishes, once the commit is
     * done: handlers have run when {@code commit()} returns, apart from retries. Meant for tests.
     */
    public Builder synchronousDelivery() {
      this.executor = null;
      this.synchronous = true;
      return this;
    }

    /** The retry policy of every route and subscriber without an override. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.defaultPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** The retry policy of one route ({@link HandlerRoute#id()}) or subscriber, by id. */
    public Builder retryPolicy(String routeId, RetryPolicy policy) {
      policiesByRoute.put(
          Objects.requireNonNull(routeId, "routeId"), Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /** The retry policy of every route of a handler class, unless overridden by route id. */
    public Builder retryPolicy(Class<?> handlerType, RetryPolicy policy) {
      policiesByHandler.put(
          Objects.requireNonNull(handlerType, "handlerType"),
          Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /** Schedules retries; default: one daemon thread owned by the bus. */
    public Builder scheduler(RetryScheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Records delivery outcomes and keeps dead letters; default: an {@link InMemoryDeliveryStore}.
     */
    public Builder deliveryStore(DeliveryStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The clock of event ids, timestamps, retry times and dead letters; default: system UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The source of retry jitter; default: {@link java.util.concurrent.ThreadLocalRandom}. */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** Adds a listener of delivery outcomes. */
    public Builder listener(DeliveryListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Adds an interceptor around every after-commit delivery attempt; the first added runs
     * outermost. A bus with an interceptor gives every delivery a task of its own, so publishing
     * costs more than without (see the benchmarks).
     */
    public Builder interceptor(DeliveryInterceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * Reads the committing thread's trace at each commit and publish, so that events carry it to
     * their deliveries, their outbox rows and their CloudEvents ({@link
     * EventEnvelope#traceparent()}); default: none, and events carry no trace.
     */
    public Builder traceCapture(TraceCapture capture) {
      this.traceCapture = Objects.requireNonNull(capture, "capture");
      return this;
    }

    /** Adds an AFTER_COMMIT subscriber of every event assignable to {@code eventType}. */
    public <E> Builder subscribe(
        String id, Class<E> eventType, EventSubscriber<? super E> subscriber) {
      return subscribe(id, eventType, Phase.AFTER_COMMIT, subscriber);
    }

    /**
     * Adds a subscriber of every event assignable to {@code eventType} (a class or an interface),
     * run in the given phase after the routes of the tables.
     *
     * @param id unique among routes and subscribers, and stable: durable stores key deliveries by
     *     it
     */
    public <E> Builder subscribe(
        String id, Class<E> eventType, Phase phase, EventSubscriber<? super E> subscriber) {
      Objects.requireNonNull(eventType, "eventType");
      return addSubscriber(id, new Class<?>[] {eventType}, phase, subscriber);
    }

    /**
     * Adds one subscriber of several event types, run in the given phase after the routes of the
     * tables. Being one subscriber, it has one lane per aggregate: it receives an aggregate's
     * events of all these types in sequence order, which separate subscribers per type would not
     * promise.
     *
     * @param id unique among routes and subscribers, and stable: durable stores key deliveries by
     *     it
     * @throws IllegalArgumentException when {@code eventTypes} is empty
     */
    public Builder subscribe(
        String id,
        Collection<? extends Class<?>> eventTypes,
        Phase phase,
        EventSubscriber<Object> subscriber) {
      Objects.requireNonNull(eventTypes, "eventTypes");
      if (eventTypes.isEmpty()) {
        throw new IllegalArgumentException(
            "subscriber " + id + " takes no event type; name at least one");
      }
      Class<?>[] types = eventTypes.toArray(new Class<?>[0]);
      for (Class<?> type : types) {
        Objects.requireNonNull(type, "eventTypes contains null");
      }
      return addSubscriber(id, types, phase, subscriber);
    }

    private Builder addSubscriber(
        String id, Class<?>[] eventTypes, Phase phase, EventSubscriber<?> subscriber) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(subscriber, "subscriber");
      if (id.isBlank()) {
        throw new IllegalArgumentException("subscriber id must not be blank");
      }
      subscribers.add(new SubscriberSpec(id, eventTypes, phase, subscriber));
      return this;
    }

    /**
     * Builds the bus.
     *
     * @throws IllegalArgumentException when two routes or subscribers share an id, or a retry
     *     override names a route or handler class the bus does not have
     */
    public EventBus build() {
      return new EventBus(BusAssembly.assemble(this));
    }
  }
}
