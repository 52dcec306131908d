package dev.herald.jdbc.support;

import dev.herald.Phase;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A hand-written table standing in for a generated one: one projection class with an AFTER_COMMIT
 * method for each tab event, both calling the given handler.
 */
public final class ProjectionTable implements HandlerTable {

  /** The body of the projection's methods. */
  @FunctionalInterface
  public interface Handler {
    void handle(TabEvent event, EventContext context) throws Exception;
  }

  private final List<HandlerRoute> routes;
  private final Handler handler;

  public ProjectionTable(Class<?> projection, Handler handler) {
    String name = projection.getSimpleName();
    this.routes =
        List.of(
            new HandlerRoute(
                name + ".added",
                TabEvent.PizzaAdded.class,
                projection,
                "added",
                Phase.AFTER_COMMIT,
                true),
            new HandlerRoute(
                name + ".paid",
                TabEvent.TabPaid.class,
                projection,
                "paid",
                Phase.AFTER_COMMIT,
                true));
    this.handler = handler;
  }

  @Override
  public List<HandlerRoute> routes() {
    return routes;
  }

  @Override
  public boolean knows(Class<?> eventType) {
    return eventType == TabEvent.PizzaAdded.class || eventType == TabEvent.TabPaid.class;
  }

  @Override
  public int[] routesOf(Class<?> eventType) {
    if (eventType == TabEvent.PizzaAdded.class) {
      return new int[] {0};
    }
    return eventType == TabEvent.TabPaid.class ? new int[] {1} : new int[0];
  }

  @Override
  public CompletionStage<?> invoke(int routeIndex, Object event, EventContext context)
      throws Exception {
    handler.handle((TabEvent) event, context);
    return COMPLETED;
  }
}
