package dev.herald.jdbc;

import dev.herald.Phase;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The {@code @Handles} methods of one projection class in its generated table: which of them take
 * an event, and calling them one after the other through the table, as the bus would, waiting for a
 * handler's stage to complete. It also remembers, per stored type name, whether the projection
 * takes events of that type, so that a tracker skips the others without decoding them.
 */
final class ProjectionRoutes {

  private static final int[] NONE = new int[0];

  private final HandlerTable table;
  private final Class<?> projection;
  private final List<HandlerRoute> routes;
  private final Duration timeout;
  private final Map<String, Boolean> takesTypeName = new ConcurrentHashMap<>();
  private final ClassValue<int[]> byClass =
      new ClassValue<>() {
        @Override
        protected int[] computeValue(Class<?> eventClass) {
          return resolve(eventClass);
        }
      };

  /**
   * @throws IllegalArgumentException when the table has no route of the class, or one of its routes
   *     runs inside the unit of work (IMMEDIATE)
   */
  ProjectionRoutes(HandlerTable table, Class<?> projection, Duration timeout) {
    this.table = table;
    this.projection = projection;
    this.routes = List.copyOf(table.routes());
    this.timeout = timeout;
    boolean found = false;
    for (HandlerRoute route : routes) {
      if (route.handlerType() != projection) {
        continue;
      }
      found = true;
      if (route.phase() == Phase.IMMEDIATE) {
        throw new IllegalArgumentException(
            route.id()
                + " is IMMEDIATE, but a projection's tracker calls it after the commit; make it"
                + " @Handles(phase = Phase.AFTER_COMMIT), or keep the veto in another class");
      }
    }
    if (!found) {
      throw new IllegalArgumentException(
          "The table "
              + table.getClass().getName()
              + " has no @Handles method of "
              + projection.getName()
              + "; pass the table generated for the projection's module");
    }
  }

  /** The projection class. */
  Class<?> projection() {
    return projection;
  }

  /** Whether the projection takes events stored under this name; null when not known yet. */
  Boolean takes(String typeName) {
    return takesTypeName.get(typeName);
  }

  /** Whether the projection takes this event, remembered for its stored name. */
  boolean takes(String typeName, Object event) {
    boolean takes = byClass.get(event.getClass()).length > 0;
    takesTypeName.put(typeName, takes);
    return takes;
  }

  /**
   * Calls every method of the projection that takes the event, in table order, each after the
   * previous one's stage completed.
   *
   * @throws Exception what a method threw or its stage failed with, or a {@link TimeoutException}
   */
  void invoke(EventEnvelope envelope, int attempt) throws Exception {
    Object event = envelope.event();
    EventContext context = null;
    for (int index : byClass.get(event.getClass())) {
      HandlerRoute route = routes.get(index);
      if (route.takesContext() && context == null) {
        context = envelope.context(attempt);
      }
      CompletionStage<?> stage = table.invoke(index, event, route.takesContext() ? context : null);
      if (stage != HandlerTable.COMPLETED) {
        await(stage, route);
      }
    }
  }

  private void await(CompletionStage<?> stage, HandlerRoute route) throws Exception {
    try {
      stage.toCompletableFuture().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      throw e;
    } catch (TimeoutException e) {
      throw new TimeoutException(
          route.id() + " returned a stage that did not complete within " + timeout);
    }
  }

  private int[] resolve(Class<?> eventClass) {
    int[] indexes = table.routesOf(eventClass);
    if (indexes == null) {
      return NONE;
    }
    List<Integer> mine = new ArrayList<>();
    for (int index : indexes) {
      if (routes.get(index).handlerType() == projection) {
        mine.add(index);
      }
    }
    return mine.isEmpty() ? NONE : mine.stream().mapToInt(Integer::intValue).toArray();
  }
}
