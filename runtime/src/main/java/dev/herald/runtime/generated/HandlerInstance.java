package dev.herald.runtime.generated;

import jakarta.inject.Provider;
import java.util.Objects;

/**
 * A provider of one handler instance, for tables built without Dagger: the generated table's
 * builder wraps each handler in one, so the table calls the same instance for every event.
 *
 * @param <T> the handler class
 */
public final class HandlerInstance<T> implements Provider<T> {

  private final T handler;

  private HandlerInstance(T handler) {
    this.handler = handler;
  }

  /** A provider that always returns {@code handler}. */
  public static <T> HandlerInstance<T> of(T handler) {
    return new HandlerInstance<>(Objects.requireNonNull(handler, "handler"));
  }

  @Override
  public T get() {
    return handler;
  }

  @Override
  public String toString() {
    return "HandlerInstance[" + handler + "]";
  }
}
