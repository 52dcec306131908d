package dev.herald.runtime;

import dev.herald.Phase;
import dev.herald.runtime.generated.HandlerTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the targets of a runtime event class across every table and subscriber, once per class: the
 * answer is kept in a {@link ClassTable}, so publishing looks it up without allocating or locking.
 */
final class RouteResolver {

  /** The targets of one event class, split by phase, each in delivery order. */
  static final class Routes {
    static final Target[] NONE = new Target[0];
    final boolean known;
    final Target[] immediate;
    final Target[] afterCommit;

    Routes(boolean known, Target[] immediate, Target[] afterCommit) {
      this.known = known;
      this.immediate = immediate;
      this.afterCommit = afterCommit;
    }
  }

  private final List<HandlerTable> tables;
  private final Target[][] tableTargets;
  private final List<Target> subscribers;
  private final ClassTable<Routes> cache =
      new ClassTable<>() {
        @Override
        Routes resolve(Class<?> type) {
          return RouteResolver.this.resolve(type);
        }
      };

  RouteResolver(List<HandlerTable> tables, Target[][] tableTargets, List<Target> subscribers) {
    this.tables = tables;
    this.tableTargets = tableTargets;
    this.subscribers = subscribers;
  }

  /**
   * The routes of an event's runtime class.
   *
   * @throws IllegalArgumentException when no table knows the class and no subscriber takes it
   */
  Routes routesOf(Class<?> eventType) {
    Routes routes = cache.get(eventType);
    if (!routes.known) {
      throw new IllegalArgumentException(
          "No handler table knows the event type "
              + eventType.getName()
              + " and no subscriber takes it. Annotate it with @DomainEvent or @IntegrationEvent in"
              + " a module the Herald processor runs on and pass that module's generated"
              + " HandlerTable to EventBus.builder(...), add a @Handles method for it, or register"
              + " a subscriber with EventBus.Builder.subscribe(...)");
    }
    return routes;
  }

  /** The AFTER_COMMIT targets of an event class; none when no table or subscriber takes it. */
  Target[] afterCommitTargetsOf(Class<?> eventType) {
    return cache.get(eventType).afterCommit;
  }

  private Routes resolve(Class<?> eventType) {
    boolean known = false;
    List<Target> immediate = new ArrayList<>();
    List<Target> afterCommit = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      HandlerTable table = tables.get(t);
      known |= table.knows(eventType);
      int[] indexes = table.routesOf(eventType);
      if (indexes == null) {
        continue;
      }
      for (int index : indexes) {
        if (index < 0 || index >= tableTargets[t].length) {
          throw new IllegalStateException(
              "HandlerTable "
                  + table.getClass().getName()
                  + " returned route index "
                  + index
                  + " for "
                  + eventType.getName()
                  + " but has "
                  + tableTargets[t].length
                  + " routes; rebuild it");
        }
        known = true;
        add(tableTargets[t][index], immediate, afterCommit);
      }
    }
    for (Target subscriber : subscribers) {
      if (subscriber.takes(eventType)) {
        known = true;
        add(subscriber, immediate, afterCommit);
      }
    }
    return new Routes(known, toArray(immediate), toArray(afterCommit));
  }

  private static void add(Target target, List<Target> immediate, List<Target> afterCommit) {
    (target.phase == Phase.IMMEDIATE ? immediate : afterCommit).add(target);
  }

  private static Target[] toArray(List<Target> targets) {
    return targets.isEmpty() ? Routes.NONE : targets.toArray(Routes.NONE);
  }
}
