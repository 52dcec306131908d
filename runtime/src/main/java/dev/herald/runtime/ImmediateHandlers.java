package dev.herald.runtime;

import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.EventEnvelope;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** Runs IMMEDIATE handlers in the caller: the first failure propagates and aborts the operation. */
final class ImmediateHandlers {

  private ImmediateHandlers() {}

  /** Runs the targets in order; unchecked failures propagate unchanged, checked ones wrapped. */
  static void run(Target[] immediate, EventEnvelope envelope) {
    if (immediate.length == 0) {
      return;
    }
    EventContext context = envelope.context(1);
    for (Target target : immediate) {
      CompletionStage<?> stage;
      try {
        stage = target.invoke(envelope.event(), target.takesContext ? context : null);
      } catch (RuntimeException | Error failure) {
        throw failure;
      } catch (Exception failure) {
        throw failed(target, envelope, failure);
      }
      if (stage != HandlerTable.COMPLETED && stage != null) {
        try {
          stage.toCompletableFuture().join();
        } catch (CompletionException completion) {
          Throwable cause = completion.getCause() != null ? completion.getCause() : completion;
          if (cause instanceof RuntimeException runtime) {
            throw runtime;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw failed(target, envelope, cause);
        }
      }
    }
  }

  private static CommitFailedException failed(
      Target target, EventEnvelope envelope, Throwable failure) {
    return new CommitFailedException(
        "IMMEDIATE handler "
            + target.id
            + " failed on "
            + envelope.event().getClass().getName()
            + " "
            + envelope.eventId()
            + "; nothing was published",
        failure);
  }
}
