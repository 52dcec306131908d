package dev.herald.runtime;

import dev.herald.Phase;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryListener;
import dev.herald.runtime.spi.DeliveryPort;
import dev.herald.runtime.spi.DeliveryStore;
import dev.herald.runtime.spi.EventEnvelope;
import dev.herald.runtime.spi.InMemoryDeliveryStore;
import dev.herald.runtime.spi.RetryScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;

/**
 * Routes events to the handlers of the generated tables and to programmatic subscribers: IMMEDIATE
 * ones in the caller, inside the operation; AFTER_COMMIT ones after the commit, isolated, retried,
 * dead-lettered and in sequence order per aggregate and handler.
 *
 * <p>Build one per application with {@link #builder}; it is thread-safe. Events from aggregates go
 * through a {@link #unitOfWork()}; other events through {@link #publish}.
 */
public final class EventBus implements AutoCloseable {

  private final RouteResolver resolver;
  private final Map<String, Target> targetsById;
  private final List<HandlerRoute> routes;
  private final DeliveryEngine engine;
  private final EventIds eventIds;
  private final Clock clock;
  private final DeliveryStore store;
  private final LazyDeliveryPool ownedExecutor;
  private final DaemonRetryScheduler ownedScheduler;
  private final DeliveryPort port = new BusDeliveryPort(this);
  private volatile boolean accepting = true;

  private EventBus(
      Builder builder,
      RouteResolver resolver,
      Map<String, Target> targetsById,
      List<HandlerRoute> routes) {
    this.resolver = resolver;
    this.targetsById = targetsById;
    this.routes = routes;
    this.clock = builder.clock;
    this.eventIds = EventIds.create(builder.clock);
    // Both start their threads (and load their classes) on first use only: a bus that never
    // retries never creates the retry thread.
    this.ownedExecutor = builder.executor == null ? new LazyDeliveryPool() : null;
    this.ownedScheduler = builder.scheduler == null ? new DaemonRetryScheduler() : null;
    this.engine =
        new DeliveryEngine(
            builder.executor != null ? builder.executor : ownedExecutor,
            builder.scheduler != null ? builder.scheduler : ownedScheduler,
            builder.store,
            builder.clock,
            builder.listeners,
            builder.random,
            targetsById.values());
    this.store = builder.store;
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
    Objects.requireNonNull(event, "event");
    UnitOfWork committing = UnitOfWork.committingOn(this);
    if (committing != null) {
      committing.publish(event);
      return;
    }
    if (!accepting) {
      throw shutDown("publish " + event.getClass().getName());
    }
    RouteResolver.Routes routes = resolver.routesOf(event.getClass());
    Target[] immediate = routes.immediate;
    Target[] afterCommit = routes.afterCommit;
    if (immediate.length == 0 && afterCommit.length == 0) {
      return;
    }
    EventEnvelope envelope = newEnvelope(event);
    runImmediate(immediate, envelope);
    if (afterCommit.length == 0) {
      return;
    }
    engine.deliverUnordered(envelope, afterCommit);
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
    return port;
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
    Optional<DeadLetter> taken;
    try {
      taken = store.takeDeadLetter(eventId, routeId);
    } catch (RuntimeException storeFailure) {
      // A durable store may fail to read the letter back (an event that still cannot be decoded);
      // a redrive of many must go on with the others, so this one fails alone.
      return CompletableFuture.failedFuture(storeFailure);
    }
    if (taken.isEmpty()) {
      return CompletableFuture.failedFuture(
          new NoSuchElementException(
              "No dead letter for event " + eventId + " and route " + routeId));
    }
    DeadLetter deadLetter = taken.get();
    Target target = targetsById.get(routeId);
    if (target == null || target.phase != Phase.AFTER_COMMIT) {
      engine.park(deadLetter);
      return CompletableFuture.failedFuture(
          new IllegalStateException(
              "No AFTER_COMMIT handler or subscriber with id "
                  + routeId
                  + " in this bus; the dead letter stays parked"));
    }
    if (!target.takes(deadLetter.delivery().envelope().event().getClass())) {
      engine.park(deadLetter);
      return CompletableFuture.failedFuture(
          new IllegalStateException(
              "Route "
                  + routeId
                  + " takes "
                  + target.describeTypes()
                  + ", not "
                  + deadLetter.delivery().envelope().event().getClass().getName()
                  + "; the dead letter stays parked"));
    }
    CompletableFuture<Boolean> outcome = new CompletableFuture<>();
    int attempt = deadLetter.attempts() + 1;
    engine.dispatch(
        engine.task(
            deadLetter.delivery(),
            target,
            attempt,
            deadLetter.attempts() + target.policy.maxAttempts(),
            outcome));
    return outcome;
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

  /** See {@link DeliveryPort#redeliver}. */
  void redeliver(Delivery delivery, int attempt) {
    Objects.requireNonNull(delivery, "delivery");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be 1 or more, was " + attempt);
    }
    ensureAccepting("redeliver " + delivery.routeId());
    Target target = targetsById.get(delivery.routeId());
    String reason = null;
    if (target == null || target.phase != Phase.AFTER_COMMIT) {
      reason =
          "No AFTER_COMMIT handler or subscriber with id "
              + delivery.routeId()
              + " in this bus (renamed or removed?)";
    } else if (!target.takes(delivery.envelope().event().getClass())) {
      reason =
          "Route "
              + delivery.routeId()
              + " takes "
              + target.describeTypes()
              + ", not "
              + delivery.envelope().event().getClass().getName();
    }
    if (reason != null) {
      engine.park(
          new DeadLetter(
              delivery,
              attempt - 1,
              IllegalArgumentException.class.getName(),
              reason,
              clock.instant()));
      return;
    }
    engine.dispatch(
        engine.task(
            delivery, target, attempt, Math.max(attempt, target.policy.maxAttempts()), null));
  }

  /** See {@link DeliveryPort#deliveriesOf}. */
  List<Delivery> receivedDeliveriesOf(EventEnvelope envelope) {
    Target[] targets = resolver.afterCommitTargetsOf(envelope.event().getClass());
    if (targets.length == 0) {
      return List.of();
    }
    Delivery[] deliveries = new Delivery[targets.length];
    for (int i = 0; i < targets.length; i++) {
      deliveries[i] = new Delivery(envelope, targets[i].id);
    }
    return List.of(deliveries);
  }

  /** See {@link DeliveryPort#deliver}. */
  void deliverReceived(List<Delivery> deliveries) {
    ensureAccepting("deliver received events");
    Target[] targets = new Target[deliveries.size()];
    for (int i = 0; i < targets.length; i++) {
      Delivery delivery = Objects.requireNonNull(deliveries.get(i), "deliveries contains null");
      Target target = targetsById.get(delivery.routeId());
      if (target == null || target.phase != Phase.AFTER_COMMIT) {
        throw new IllegalArgumentException(
            "No AFTER_COMMIT handler or subscriber with id " + delivery.routeId() + " in this bus");
      }
      targets[i] = target;
    }
    for (int i = 0; i < targets.length; i++) {
      Delivery delivery = deliveries.get(i);
      EventEnvelope envelope = delivery.envelope();
      engine.dispatch(engine.firstTask(envelope, delivery, targets[i], envelope.context(1)));
    }
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
    // One clock reading stamps both the id and the timestamp (eventIds runs on this same clock).
    Instant now = clock.instant();
    return new EventEnvelope(eventIds.next(now.toEpochMilli()), null, null, 0L, now, event);
  }

  DeliveryTask newTask(Delivery delivery, Target target, EventContext firstContext) {
    return engine.firstTask(delivery.envelope(), delivery, target, firstContext);
  }

  void deliverAfterCommit(DeliveryTask[] tasks) {
    for (DeliveryTask task : tasks) {
      engine.dispatch(task);
    }
  }

  void ensureAccepting(String action) {
    if (!accepting) {
      throw shutDown(action);
    }
  }

  private static IllegalStateException shutDown(String action) {
    return new IllegalStateException("Cannot " + action + ": the EventBus was shut down");
  }

  /**
   * Runs IMMEDIATE targets in the caller; the first failure propagates, unchecked ones unchanged.
   */
  static void runImmediate(Target[] immediate, EventEnvelope envelope) {
    if (immediate.length == 0) {
      return;
    }
    EventContext context = envelope.context(1);
    for (Target target : immediate) {
      CompletionStage<?> stage;
      try {
        stage = target.invoke(envelope.event(), context);
      } catch (RuntimeException | Error failure) {
        throw failure;
      } catch (Exception failure) {
        throw immediateFailed(target, envelope, failure);
      }
      if (stage != HandlerTable.COMPLETED && stage != null) {
        try {
          stage.toCompletableFuture().join();
        } catch (CompletionException failed) {
          Throwable cause = failed.getCause() != null ? failed.getCause() : failed;
          if (cause instanceof RuntimeException runtime) {
            throw runtime;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw immediateFailed(target, envelope, cause);
        }
      }
    }
  }

  private static CommitFailedException immediateFailed(
      Target target, EventEnvelope envelope, Throwable failure) {
    return new CommitFailedException(
        "IMMEDIATE handler "
            + target.id
            + " failed on "
            + envelope.event().getClass().getName()
            + " "
            + envelope.eventId()
            + "; nothing was published",
        failure);
  }

  /** Configures an {@link EventBus}; every option has a default. */
  public static final class Builder {

    private final List<HandlerTable> tables;
    private final List<SubscriberSpec> subscribers = new ArrayList<>();
    private final Map<String, RetryPolicy> policiesByRoute = new LinkedHashMap<>();
    private final Map<Class<?>, RetryPolicy> policiesByHandler = new LinkedHashMap<>();
    private final List<DeliveryListener> listeners = new ArrayList<>();
    private RetryPolicy defaultPolicy = RetryPolicy.defaults();
    private Executor executor;
    private RetryScheduler scheduler;
    private DeliveryStore store = new InMemoryDeliveryStore();
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random;

    private record SubscriberSpec(
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
     * pool of daemon threads, one per core (at least two), owned by the bus.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Runs after-commit deliveries in the thread that commits or publishes, once the commit is
     * done: handlers have run when {@code commit()} returns, apart from retries. Meant for tests.
     */
    public Builder synchronousDelivery() {
      this.executor = DeliveryEngine.SYNCHRONOUS;
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
      Map<String, Target> byId = new LinkedHashMap<>();
      List<HandlerRoute> allRoutes = new ArrayList<>();
      Set<Class<?>> handlerTypes = new HashSet<>();
      Target[][] tableTargets = new Target[tables.size()][];
      for (int t = 0; t < tables.size(); t++) {
        HandlerTable table = tables.get(t);
        List<HandlerRoute> tableRoutes = table.routes();
        if (tableRoutes == null) {
          throw new NullPointerException("routes() of " + table.getClass().getName());
        }
        tableTargets[t] = new Target[tableRoutes.size()];
        for (int i = 0; i < tableRoutes.size(); i++) {
          HandlerRoute route = tableRoutes.get(i);
          Target target =
              new Target.Route(table, i, route, policyOf(route.id(), route.handlerType()));
          register(byId, target, table.getClass().getName());
          tableTargets[t][i] = target;
          allRoutes.add(route);
          handlerTypes.add(route.handlerType());
        }
      }
      List<Target> subscriberTargets = new ArrayList<>();
      for (SubscriberSpec spec : subscribers) {
        RetryPolicy policy = policiesByRoute.getOrDefault(spec.id(), defaultPolicy);
        Target target =
            new Target.Subscriber(
                spec.id(), spec.eventTypes(), spec.phase(), policy, spec.subscriber());
        register(byId, target, "a subscriber");
        subscriberTargets.add(target);
      }
      for (String routeId : policiesByRoute.keySet()) {
        if (!byId.containsKey(routeId)) {
          throw new IllegalArgumentException(
              "retryPolicy names route "
                  + routeId
                  + ", but no table route or subscriber has that id; known ids: "
                  + byId.keySet());
        }
      }
      for (Class<?> handlerType : policiesByHandler.keySet()) {
        if (!handlerTypes.contains(handlerType)) {
          throw new IllegalArgumentException(
              "retryPolicy names handler class "
                  + handlerType.getName()
                  + ", which declares no route in the given tables");
        }
      }
      RouteResolver resolver =
          new RouteResolver(tables, tableTargets, List.copyOf(subscriberTargets));
      return new EventBus(this, resolver, Map.copyOf(byId), List.copyOf(allRoutes));
    }

    private RetryPolicy policyOf(String routeId, Class<?> handlerType) {
      RetryPolicy policy = policiesByRoute.get(routeId);
      if (policy == null) {
        policy = policiesByHandler.getOrDefault(handlerType, defaultPolicy);
      }
      return policy;
    }

    private static void register(Map<String, Target> byId, Target target, String origin) {
      if (byId.putIfAbsent(target.id, target) != null) {
        throw new IllegalArgumentException(
            "Two routes or subscribers have the id "
                + target.id
                + " (the second from "
                + origin
                + "); ids must be unique, since durable stores key deliveries by them");
      }
    }
  }
}
