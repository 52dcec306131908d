package dev.herald.jdbc;

import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The bus's view of the generated tables without the projections that a {@link ProjectionTracker}
 * feeds: a tracked projection gets every event from its tracker, in order, from the stored history
 * on, so the bus must not deliver to it as well.
 *
 * <pre>{@code
 * EventBus bus = EventBus.builder(LiveTables.without(tables, SalesReport.class))
 *     .deliveryStore(outbox.deliveryStore())
 *     .build();
 * }</pre>
 */
public final class LiveTables {

  private LiveTables() {}

  /**
   * The tables, each answering {@code routesOf} without the routes of the given classes; the rest
   * of each table is unchanged.
   *
   * @throws IllegalArgumentException when a class has no route in any of the tables
   */
  public static List<HandlerTable> without(
      Collection<? extends HandlerTable> tables, Class<?>... trackedProjections) {
    Objects.requireNonNull(tables, "tables");
    Set<Class<?>> excluded = Set.of(trackedProjections);
    for (Class<?> projection : excluded) {
      boolean found =
          tables.stream()
              .flatMap(table -> table.routes().stream())
              .anyMatch(route -> route.handlerType() == projection);
      if (!found) {
        throw new IllegalArgumentException(
            projection.getName() + " has no @Handles method in the given tables");
      }
    }
    List<HandlerTable> live = new ArrayList<>(tables.size());
    for (HandlerTable table : tables) {
      boolean touched =
          table.routes().stream().anyMatch(route -> excluded.contains(route.handlerType()));
      live.add(touched ? new Without(table, excluded) : table);
    }
    return live;
  }

  /** A table whose routes of the excluded classes are never chosen for an event. */
  private static final class Without implements HandlerTable {
    private final HandlerTable table;
    private final boolean[] excluded;

    Without(HandlerTable table, Set<Class<?>> classes) {
      this.table = table;
      List<HandlerRoute> routes = table.routes();
      this.excluded = new boolean[routes.size()];
      for (int i = 0; i < routes.size(); i++) {
        excluded[i] = classes.contains(routes.get(i).handlerType());
      }
    }

    @Override
    public List<HandlerRoute> routes() {
      return table.routes();
    }

    @Override
    public boolean knows(Class<?> eventType) {
      return table.knows(eventType);
    }

    @Override
    public int[] routesOf(Class<?> eventType) {
      int[] all = table.routesOf(eventType);
      if (all == null) {
        return null;
      }
      int kept = 0;
      for (int index : all) {
        if (!excluded[index]) {
          kept++;
        }
      }
      if (kept == all.length) {
        return all;
      }
      int[] live = new int[kept];
      int at = 0;
      for (int index : all) {
        if (!excluded[index]) {
          live[at++] = index;
        }
      }
      return live;
    }

    @Override
    public CompletionStage<?> invoke(int routeIndex, Object event, EventContext context)
        throws Exception {
      return table.invoke(routeIndex, event, context);
    }
  }
}
