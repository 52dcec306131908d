package dev.herald.benchmarks.peers;

import com.google.common.eventbus.EventBus;

/** A Guava {@link EventBus} with the given handlers registered (synchronous, its default). */
public final class GuavaBus {

  private GuavaBus() {}

  public static EventBus with(Iterable<?> handlers) {
    EventBus bus = new EventBus("benchmark");
    handlers.forEach(bus::register);
    return bus;
  }
}
