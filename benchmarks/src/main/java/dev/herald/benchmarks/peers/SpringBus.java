package dev.herald.benchmarks.peers;

import dev.herald.benchmarks.Tally;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A refreshed Spring {@link AnnotationConfigApplicationContext} whose beans are the given
 * {@code @EventListener} classes plus the shared {@link Tally}; events go through {@code
 * publishEvent}, i.e. Spring's application event multicaster.
 */
public final class SpringBus {

  private SpringBus() {}

  public static AnnotationConfigApplicationContext with(Tally tally, Class<?>... handlerTypes) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.registerBean(Tally.class, () -> tally);
    context.register(handlerTypes);
    context.refresh();
    return context;
  }
}
