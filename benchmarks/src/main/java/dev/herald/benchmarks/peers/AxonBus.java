package dev.herald.benchmarks.peers;

import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.SubscribingEventProcessor;

/**
 * An Axon {@link SimpleEventBus} feeding a {@link SubscribingEventProcessor} that invokes the given
 * {@code @EventHandler} objects: what Axon's configuration API assembles for a subscribing
 * processor.
 */
public final class AxonBus implements AutoCloseable {

  private final SimpleEventBus bus;
  private final SubscribingEventProcessor processor;

  private AxonBus(SimpleEventBus bus, SubscribingEventProcessor processor) {
    this.bus = bus;
    this.processor = processor;
  }

  public static AxonBus with(List<?> handlers) {
    SimpleEventBus bus = SimpleEventBus.builder().build();
    SubscribingEventProcessor processor =
        SubscribingEventProcessor.builder()
            .name("benchmark")
            .eventHandlerInvoker(
                SimpleEventHandlerInvoker.builder().eventHandlers(handlers).build())
            .messageSource(bus)
            .build();
    processor.start();
    return new AxonBus(bus, processor);
  }

  /** Wraps the event in a message and publishes it, the way application code does. */
  public void publish(Object event) {
    bus.publish(GenericEventMessage.asEventMessage(event));
  }

  @Override
  public void close() {
    processor.shutDown();
  }
}
