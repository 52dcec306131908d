package dev.herald.jdbc.support;

import dev.herald.Phase;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * A hand-written dispatch table, standing in for a generated one: AFTER_COMMIT handlers of
 * OrderPlaced.
 */
public final class TestHandlerTable implements HandlerTable {

  /** The body of one handler. */
  @FunctionalInterface
  public interface Handler {
    void handle(OrderPlaced event, EventContext context) throws Exception;
  }

  private final List<HandlerRoute> routes = new ArrayList<>();
  private final List<Handler> handlers = new ArrayList<>();
  private final int[] all;

  /** One AFTER_COMMIT route per entry, with the entry's key as route id. */
  public TestHandlerTable(Map<String, Handler> handlersById) {
    new LinkedHashMap<>(handlersById)
        .forEach(
            (id, handler) -> {
              routes.add(
                  new HandlerRoute(
                      id, OrderPlaced.class, TestHandlerTable.class, id, Phase.AFTER_COMMIT));
              handlers.add(handler);
            });
    all = new int[routes.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
  }

  @Override
  public List<HandlerRoute> routes() {
    return routes;
  }

  @Override
  public boolean knows(Class<?> eventType) {
    return eventType == OrderPlaced.class;
  }

  @Override
  public int[] routesOf(Class<?> eventType) {
    return eventType == OrderPlaced.class ? all.clone() : new int[0];
  }

  @Override
  public CompletionStage<?> invoke(int routeIndex, Object event, EventContext context)
      throws Exception {
    handlers.get(routeIndex).handle((OrderPlaced) event, context);
    return COMPLETED;
  }
}
