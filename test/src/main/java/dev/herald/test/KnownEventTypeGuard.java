package dev.herald.test;

import dev.herald.runtime.EventContext;
import dev.herald.runtime.EventSubscriber;
import dev.herald.runtime.generated.HandlerTable;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * An IMMEDIATE subscriber that rejects event types no handler table knows: a recorder of every
 * event makes the bus accept any type, and tests must still fail where production would.
 */
final class KnownEventTypeGuard implements EventSubscriber<Object> {

  static final String ID = DeliveryProbe.FIXTURE_ID_PREFIX + "known-event-types";

  private final List<HandlerTable> tables;
  private final ClassValue<Boolean> known =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          for (HandlerTable table : tables) {
            int[] routes = table.routesOf(type);
            if (table.knows(type) || (routes != null && routes.length > 0)) {
              return Boolean.TRUE;
            }
          }
          return Boolean.FALSE;
        }
      };

  KnownEventTypeGuard(List<HandlerTable> tables) {
    this.tables = List.copyOf(tables);
  }

  @Override
  public CompletionStage<?> onEvent(Object event, EventContext context) {
    if (!known.get(event.getClass())) {
      throw new IllegalArgumentException(
          "No handler table knows the event type "
              + event.getClass().getName()
              + "; the application's bus would reject it. Annotate it with @DomainEvent or"
              + " @IntegrationEvent in a module the Herald processor runs on and give that module's"
              + " HandlerTable to the test bus (or turn this check off with"
              + " HeraldTestBus.Builder.strictEventTypes(false) when a subscriber of your own takes"
              + " it)");
    }
    return HandlerTable.COMPLETED;
  }
}
