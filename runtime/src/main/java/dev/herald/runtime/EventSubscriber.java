package dev.herald.runtime;

import dev.herald.runtime.generated.HandlerTable;
import java.util.concurrent.CompletionStage;

/**
 * A handler registered in code rather than generated from {@code @Handles}: publishers to brokers
 * and test fixtures use it. It is delivered exactly like a generated route: isolated, retried,
 * dead-lettered and ordered per aggregate.
 *
 * @param <E> the event type it takes: a record or an interface events implement
 */
@FunctionalInterface
public interface EventSubscriber<E> {

  /**
   * Handles one event.
   *
   * @return {@link HandlerTable#COMPLETED} when done, or a stage that completes when done
   * @throws Exception to fail this attempt
   */
  CompletionStage<?> onEvent(E event, EventContext context) throws Exception;
}
