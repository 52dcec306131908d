package dev.herald.runtime;

import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.DeliveryStore;
import java.time.Clock;
import java.util.ArrayList;
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
    Map<String, Target> byId = new LinkedHashMap<>();
    List<HandlerRoute> allRoutes = new ArrayList<>();
    // Every route of one handler class shares an ordering unit; each subscriber has its own.
    Map<Class<?>, Integer> unitsByHandler = new HashMap<>();
    List<HandlerTable> tables = builder.tables;
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
        Integer unit = unitsByHandler.get(route.handlerType());
        if (unit == null) {
          unit = unitsByHandler.size();
          unitsByHandler.put(route.handlerType(), unit);
        }
        Target target =
            new Target.Route(
                table, i, route, policyOf(builder, route.id(), route.handlerType()), unit);
        register(byId, target, table.getClass().getName());
        tableTargets[t][i] = target;
        allRoutes.add(route);
      }
    }
    List<Target> subscriberTargets = new ArrayList<>();
    int nextUnit = unitsByHandler.size();
    for (EventBus.Builder.SubscriberSpec spec : builder.subscribers) {
      RetryPolicy policy = builder.policiesByRoute.getOrDefault(spec.id(), builder.defaultPolicy);
      Target target =
          new Target.Subscriber(
              spec.id(), spec.eventTypes(), spec.phase(), policy, nextUnit++, spec.subscriber());
      register(byId, target, "a subscriber");
      subscriberTargets.add(target);
    }
    checkOverrides(builder, byId, unitsByHandler);

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
            DeliveryHooks.of(builder.interceptors, builder.traceCapture));
    return new BusAssembly(
        new RouteResolver(tables, tableTargets, List.copyOf(subscriberTargets)),
        List.copyOf(allRoutes),
        Map.copyOf(byId),
        engine,
        eventIds.clock(),
        builder.clock,
        builder.store,
        ownedExecutor,
        ownedScheduler);
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
