package dev.herald.benchmarks.peers;

import dev.herald.benchmarks.app.AppGreenrobotIndex;
import org.greenrobot.eventbus.EventBus;

/**
 * A greenrobot {@link EventBus} with the given handlers registered, either through the subscriber
 * index its annotation processor generated for this module or by its reflective method scan.
 */
public final class GreenrobotBus {

  private GreenrobotBus() {}

  /** The fast path greenrobot recommends: subscriber methods known from the generated index. */
  public static EventBus indexed(Iterable<?> handlers) {
    return register(
        EventBus.builder().addIndex(new GreenrobotIndex()).addIndex(new AppGreenrobotIndex()),
        handlers);
  }

  /**
   * Through the application-size compilation's index alone: what a service with one index
   * registers, without the small scenarios' index (whose initialisation loads their classes).
   */
  public static EventBus appIndexed(Iterable<?> handlers) {
    return register(EventBus.builder().addIndex(new AppGreenrobotIndex()), handlers);
  }

  /** greenrobot without its index: subscriber methods found by reflection at registration. */
  public static EventBus reflective(Iterable<?> handlers) {
    return register(EventBus.builder().ignoreGeneratedIndex(true), handlers);
  }

  private static EventBus register(
      org.greenrobot.eventbus.EventBusBuilder builder, Iterable<?> handlers) {
    // Event inheritance stays on (the default): the interface scenario depends on it.
    EventBus bus = builder.logNoSubscriberMessages(false).sendNoSubscriberEvent(false).build();
    handlers.forEach(bus::register);
    return bus;
  }
}
