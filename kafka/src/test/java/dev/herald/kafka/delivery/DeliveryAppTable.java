package dev.herald.kafka.delivery;

import dev.herald.Phase;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Stands in for the handler table the processor generates for service B: one AFTER_COMMIT handler,
 * {@code Dispatch#on(ConfirmedOrder)}, that records what it receives.
 */
public final class DeliveryAppTable implements HandlerTable {

  /** What the handler received: the record and its context. */
  public record Handled(ConfirmedOrder event, EventContext context) {}

  public static final String ROUTE_ID = "dev.herald.kafka.delivery.Dispatch#on(ConfirmedOrder)";

  private final List<Handled> handled = new ArrayList<>();

  @Override
  public List<HandlerRoute> routes() {
    return List.of(
        new HandlerRoute(
            ROUTE_ID, ConfirmedOrder.class, DeliveryAppTable.class, "on", Phase.AFTER_COMMIT));
  }

  @Override
  public boolean knows(Class<?> eventType) {
    return eventType == ConfirmedOrder.class;
  }

  @Override
  public int[] routesOf(Class<?> eventType) {
    return eventType == ConfirmedOrder.class ? new int[] {0} : new int[0];
  }

  @Override
  public CompletionStage<?> invoke(int routeIndex, Object event, EventContext context) {
    synchronized (handled) {
      handled.add(new Handled((ConfirmedOrder) event, context));
    }
    return COMPLETED;
  }

  public List<Handled> handled() {
    synchronized (handled) {
      return List.copyOf(handled);
    }
  }
}
