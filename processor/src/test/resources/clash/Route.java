package clash;

import dev.herald.Handles;
import jakarta.inject.Inject;

/** Its field would be named like the route parameter of the table's invoke methods. */
public final class Route {
  @Inject
  public Route() {}

  @Handles
  public void route(HandlerRoute event) {
    clash.Journal.record("Route.route(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void invoke(EventCodec event, dev.herald.runtime.EventContext context) {
    clash.Journal.record("Route.invoke(" + event.getClass().getSimpleName() + " attempt " + context.attempt() + ")");
  }

  @Handles
  public void routes(Generated event) {
    clash.Journal.record("Route.routes(" + event.getClass().getSimpleName() + ")");
  }
}
