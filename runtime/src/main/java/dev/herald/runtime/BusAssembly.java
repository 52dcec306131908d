package dev.herald.runtime;

import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.DeliveryStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link EventBus.Builder} turns into: the targets of every route and subscriber with their
 * retry policies and ordering units, the resolver over them, and the delivery engine; checks that
 * ids are unique and that retry overrides name something that exists.
 */
record BusAssembly(
    RouteResolver resolver,
    List<HandlerRoute> routes,
    Map<String, Target> targetsById,
    DeliveryEngine engine,
    MillisecondClock millis,
    Clock clock,
    DeliveryStore store,
    LazyDeliveryPool ownedExecutor,
    DaemonRetryScheduler ownedScheduler) {

  static BusAssembly assemble(EventBus.Builder builder) {
    List<HandlerTable> tables = builder.tables;
    List<List<HandlerRoute>> routesByTable = new ArrayList<>(tables.size());
    int routeCount = 0;
    for (HandlerTable table : tables) {
      List<HandlerRoute> tableRoutes = table.routes();
      if (tableRoutes == null) {
        throw new NullPointerException("routes() of " + table.getClass().getName());
      }
      // A generated table's routes are an immutable list already, which copyOf returns as it is.
      routesByTable.add(List.copyOf(tableRoutes));
      routeCount += tableRoutes.size();
    }
    // Sized for every route up front: at application size, growing them was a share of startup.
    int capacity = capacityFor(routeCount + builder.subscribers.size());
    Map<String, Target> byId = new LinkedHashMap<>(capacity);
    // Every route of one handler class shares an ordering unit; each subscriber has its own.
    Map<Class<?>, Integer> unitsByHandler = new HashMap<>(capacity);
    boolean overrides = !builder.policiesByRoute.isEmpty() || !builder.policiesByHandler.isEmpty();
    Target[][] tableTargets = new Target[tables.size()][];
    for (int t = 0; t < tables.size(); t++) {
      HandlerTable table = tables.get(t);
      List<HandlerRoute> tableRoutes = routesByTable.get(t);
      String origin = table.getClass().getName();
      tableTargets[t] = new Target[tableRoutes.size()];
      Class<?> previousHandler = null;
      Integer unit = null;
      for (int i = 0; i < tableRoutes.size(); i++) {
        HandlerRoute route = tableRoutes.get(i);
        // A generated table lists a handler class's routes together: one lookup per class.
        if (route.handlerType() != previousHandler) {
          previousHandler = route.handlerType();
          unit = unitsByHandler.get(previousHandler);
          if (unit == null) {
            unit = unitsByHandler.size();
            unitsByHandler.put(previousHandler, unit);
          }
        }
        RetryPolicy policy =
            overrides ? policyOf(builder, route.id(), route.handlerType()) : builder.defaultPolicy;
        Target target = new Target.Route(table, i, route, policy, unit);
        register(byId, target, origin);
        tableTargets[t][i] = target;
      }
    }
    List<Target> subscriberTargets = new ArrayList<>();
    int nextUnit = unitsByHandler.size();
    for (EventBus.Builder.SubscriberSpec spec : builder.subscribers) {
      RetryPolicy policy = builder.policiesByRoute.getOrDefault(spec.id(), builder.defaultPolicy);
      Target target =
          Target.subscriber(
              spec.id(), spec.eventTypes(), spec.phase(), policy, nextUnit++, spec.subscriber());
      register(byId, target, "a subscriber");
      subscriberTargets.add(target);
    }
    if (overrides) {
      checkOverrides(builder, byId, unitsByHandler);
    }

    LazyDeliveryPool ownedExecutor =
        builder.synchronous || builder.executor != null ? null : new LazyDeliveryPool();
    DaemonRetryScheduler ownedScheduler =
        builder.scheduler == null ? new DaemonRetryScheduler() : null;
    EventIds eventIds = EventIds.create(builder.clock);
    DeliveryEngine engine =
        new DeliveryEngine(
            builder.synchronous
                ? null
                : builder.executor != null ? builder.executor : ownedExecutor,
            builder.scheduler != null ? builder.scheduler : ownedScheduler,
            builder.store,
            builder.clock,
            eventIds,
            builder.listeners,
            builder.random,
            // Asked only when there are hooks: a bus without any does not load DeliveryHooks.
            builder.interceptors.isEmpty() && builder.traceCapture == null
                ? null
                : DeliveryHooks.of(builder.interceptors, builder.traceCapture));
    return new BusAssembly(
        new RouteResolver(tables, tableTargets, List.copyOf(subscriberTargets)),
        allRoutes(routesByTable, routeCount),
        // Never changed after this: a read-only view costs nothing, where a copy rehashed every id.
        Collections.unmodifiableMap(byId),
        engine,
        eventIds.clock(),
        builder.clock,
        builder.store,
        ownedExecutor,
        ownedScheduler);
  }

  /** Every route in table order; one table's own immutable list when there is one table. */
  private static List<HandlerRoute> allRoutes(List<List<HandlerRoute>> routesByTable, int count) {
    if (routesByTable.size() == 1) {
      return routesByTable.get(0);
    }
    List<HandlerRoute> all = new ArrayList<>(count);
    for (List<HandlerRoute> tableRoutes : routesByTable) {
      all.addAll(tableRoutes);
    }
    return List.copyOf(all);
  }

  /** A hash map capacity that holds {@code entries} without growing. */
  private static int capacityFor(int entries) {
    return entries + entries / 3 + 1;
  }

  private static void checkOverrides(
      EventBus.Builder builder, Map<String, Target> byId, Map<Class<?>, Integer> handlers) {
    for (String routeId : builder.policiesByRoute.keySet()) {
      if (!byId.containsKey(routeId)) {
        throw new IllegalArgumentException(
            "retryPolicy names route "
                + routeId
                + ", but no table route or subscriber has that id; known ids: "
                + byId.keySet());
      }
    }
    for (Class<?> handlerType : builder.policiesByHandler.keySet()) {
      if (!handlers.containsKey(handlerType)) {
        throw new IllegalArgumentException(
            "retryPolicy names handler class "
                + handlerType.getName()
                + ", which declares no route in the given tables");
      }
    }
  }

  private static RetryPolicy policyOf(
      EventBus.Builder builder, String routeId, Class<?> handlerType) {
    RetryPolicy policy = builder.policiesByRoute.get(routeId);
    if (policy == null) {
      policy = builder.policiesByHandler.getOrDefault(handlerType, builder.defaultPolicy);
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
