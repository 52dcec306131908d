package dev.herald.test;

import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.EventEnvelope;
import jakarta.inject.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Replays a list of events, in order, into one handler class of a generated table: a projection
 * rebuilt from history in a test, without a bus, a store or threads. Each event goes to every
 * {@code @Handles} method of that class that takes it (both phases, in table order), one call at a
 * time; other handler classes of the table are not called.
 *
 * <pre>{@code
 * SalesReport report = new SalesReport();
 * PizzeriaHandlerTable table =
 *     new PizzeriaHandlerTable(ProjectionReplay.notReplayed(), HandlerInstance.of(report));
 * ProjectionReplay.of(table, SalesReport.class)
 *     .replay(new OrderConfirmed("o-1", 2350), new OrderCancelled("o-1", "changed her mind"));
 * assertEquals(0, report.revenueCents());
 * }</pre>
 *
 * <p>A handler that throws, or whose stage fails or does not complete within the timeout (5 seconds
 * unless {@link #waitingAtMost} says otherwise), fails the replay with an {@link AssertionError}
 * that names the event, its position and the method.
 */
public final class ProjectionReplay {

  private final HandlerTable table;
  private final Class<?> projection;
  private Duration timeout = Duration.ofSeconds(5);
  private int events;
  private int calls;

  private ProjectionReplay(HandlerTable table, Class<?> projection) {
    this.table = table;
    this.projection = projection;
  }

  /**
   * A replay into the {@code @Handles} methods of {@code projection} in {@code table}.
   *
   * @throws IllegalArgumentException when the table has no route of that class
   */
  public static ProjectionReplay of(HandlerTable table, Class<?> projection) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(projection, "projection");
    boolean known = table.routes().stream().anyMatch(route -> route.handlerType() == projection);
    if (!known) {
      throw new IllegalArgumentException(
          "The table "
              + table.getClass().getName()
              + " has no @Handles method of "
              + projection.getName()
              + "; pass the table generated for the projection's module");
    }
    return new ProjectionReplay(table, projection);
  }

  /**
   * A provider for the handler classes of a table that a replay does not call, to build the table
   * with only the projection: {@code new ShopHandlerTable(notReplayed(), HandlerInstance.of(p))}.
   */
  public static <T> Provider<T> notReplayed() {
    return () -> {
      throw new IllegalStateException(
          "This handler is not part of the projection replay; only the replayed class is called");
    };
  }

  /** How long a handler's stage may take to complete; 5 seconds by default. */
  public ProjectionReplay waitingAtMost(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    this.timeout = timeout;
    return this;
  }

  /**
   * Replays the events in order, each with a context of its position (sequence from 1 over all
   * replays of this object, no aggregate, the epoch plus its position in seconds).
   */
  public ProjectionReplay replay(Object... history) {
    Objects.requireNonNull(history, "history");
    return replay(Arrays.asList(history));
  }

  /**
   * Replays events or {@link EventEnvelope}s in order; an envelope's event is delivered with the
   * envelope's id, aggregate, sequence and time, as a store would load it.
   */
  public ProjectionReplay replay(List<?> history) {
    Objects.requireNonNull(history, "history");
    for (Object item : history) {
      Objects.requireNonNull(item, "history must not contain null");
      events++;
      EventEnvelope envelope =
          item instanceof EventEnvelope stored
              ? stored
              : new EventEnvelope(
                  new UUID(0, events), null, null, events, Instant.EPOCH.plusSeconds(events), item);
      deliver(envelope);
    }
    return this;
  }

  /** How many events were replayed so far, taken or not. */
  public int events() {
    return events;
  }

  /** How many handler calls the replays made so far. */
  public int calls() {
    return calls;
  }

  private void deliver(EventEnvelope envelope) {
    Object event = envelope.event();
    for (int route : table.routesOf(event.getClass())) {
      HandlerRoute described = table.routes().get(route);
      if (described.handlerType() != projection) {
        continue;
      }
      EventContext context =
          described.takesContext()
              ? new EventContext(
                  envelope.eventId(),
                  envelope.aggregateId(),
                  envelope.sequence(),
                  envelope.occurredAt(),
                  1,
                  envelope.aggregateType())
              : null;
      calls++;
      try {
        CompletionStage<?> stage = table.invoke(route, event, context);
        stage.toCompletableFuture().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      } catch (ExecutionException failed) {
        throw failure(described, event, failed.getCause());
      } catch (TimeoutException late) {
        throw failure(described, event, late);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw failure(described, event, interrupted);
      } catch (Exception thrown) {
        throw failure(described, event, thrown);
      }
    }
  }

  private AssertionError failure(HandlerRoute route, Object event, Throwable cause) {
    String what =
        cause instanceof TimeoutException
            ? "did not complete within " + timeout
            : "threw " + Messages.describe(cause);
    return new AssertionError(
        "Replaying event "
            + events
            + " ("
            + event
            + ") into "
            + projection.getSimpleName()
            + "."
            + route.methodName()
            + " "
            + what,
        cause);
  }
}
