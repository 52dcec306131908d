package dev.herald.test;

import dev.herald.runtime.AggregateRoot;
import dev.herald.runtime.EventSourcedAggregate;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Tests one command of an aggregate in three lines: given an aggregate (from a factory, its past
 * events, then earlier commands), when a command runs, expect the events it raised, an exception or
 * a state.
 *
 * <pre>{@code
 * given(() -> Order.place("o-1", "Mario"))
 *     .when(order -> order.confirm())
 *     .expectEvents(new OrderConfirmed("o-1"));
 *
 * givenEvents(() -> new LoyaltyAccount("luigi"), new PointsEarned("luigi", "o-1", 30))
 *     .when(account -> account.redeem(5))
 *     .expectEvents(new PointsRedeemed("luigi", 5));
 * }</pre>
 *
 * <p>A state-based aggregate keeps state, not an event history, so {@link #given} runs the factory
 * and the earlier commands; an event-sourced aggregate is given its past events with {@link
 * #givenEvents}, which replays them as a repository would load them. Either way the given events
 * count as committed, so only the events of the command under test are expected. No bus and no
 * handlers take part: handler tests use {@link HeraldTestBus}, projections {@link
 * ProjectionReplay}.
 *
 * @param <A> the aggregate type
 */
public final class AggregateFixture<A extends AggregateRoot<?>> {

  /** Creates the aggregate under test; may throw, which fails the test with the cause. */
  @FunctionalInterface
  public interface Factory<A> {
    A create() throws Exception;
  }

  /** A command on the aggregate: a given step, or the command under test. */
  @FunctionalInterface
  public interface Command<A> {
    void execute(A aggregate) throws Exception;
  }

  private final A aggregate;
  private int givenSteps = 1;
  private boolean commanded;

  private AggregateFixture(A aggregate) {
    this.aggregate = aggregate;
  }

  /**
   * Starts with the aggregate the factory creates, for instance by a static factory method that
   * raises the creation event; its events are marked committed.
   *
   * @throws AssertionError when the factory throws or returns null
   */
  public static <A extends AggregateRoot<?>> AggregateFixture<A> given(Factory<A> factory) {
    Objects.requireNonNull(factory, "factory");
    A aggregate;
    try {
      aggregate = factory.create();
    } catch (Exception failure) {
      throw new AssertionError(
          "The given factory threw " + Messages.describe(failure) + "; the test cannot start",
          failure);
    }
    if (aggregate == null) {
      throw new AssertionError("The given factory returned null instead of an aggregate");
    }
    aggregate.markCommitted();
    return new AggregateFixture<>(aggregate);
  }

  /**
   * Starts with an event-sourced aggregate that the factory creates and that then replays the past
   * events, numbered from its version on, through its generated applier: the state a repository
   * would load. Events of another type than the aggregate's {@code E} do not compile.
   *
   * @throws AssertionError when the factory throws or returns null, or replaying an event fails;
   *     the message names the event and its position
   */
  @SafeVarargs
  public static <A extends EventSourcedAggregate<?, E>, E> AggregateFixture<A> givenEvents(
      Factory<A> factory, E... pastEvents) {
    Objects.requireNonNull(pastEvents, "pastEvents");
    AggregateFixture<A> fixture = given(factory);
    A aggregate = fixture.aggregate;
    List<EventEnvelope> history = new ArrayList<>(pastEvents.length);
    String type = aggregate.getClass().getSimpleName();
    String id = String.valueOf(aggregate.id());
    for (E event : pastEvents) {
      Objects.requireNonNull(event, "pastEvents must not contain null");
      long sequence = aggregate.version() + history.size() + 1;
      history.add(
          new EventEnvelope(
              new UUID(0, sequence),
              type,
              id,
              sequence,
              Instant.EPOCH.plusSeconds(sequence),
              event));
    }
    try {
      aggregate.replay(history);
    } catch (RuntimeException failure) {
      long failed = aggregate.version() + 1;
      Object event = pastEvents[(int) (failed - history.get(0).sequence())];
      throw new AssertionError(
          "Replaying the given event #"
              + failed
              + " ("
              + event
              + ") into "
              + Messages.name(aggregate)
              + " threw "
              + Messages.describe(failure),
          failure);
    }
    return fixture;
  }

  /**
   * Runs an earlier command that brings the aggregate into the state the test needs; its events are
   * marked committed, so they are not expected.
   *
   * @throws AssertionError when the step throws
   * @throws IllegalStateException after {@link #when}
   */
  public AggregateFixture<A> andGiven(Command<? super A> step) {
    Objects.requireNonNull(step, "step");
    requireNotCommanded("andGiven");
    givenSteps++;
    try {
      step.execute(aggregate);
    } catch (Exception failure) {
      throw new AssertionError(
          "Given step "
              + givenSteps
              + " threw "
              + Messages.describe(failure)
              + " on "
              + Messages.name(aggregate)
              + "; the aggregate is not in the state the test assumes",
          failure);
    }
    aggregate.markCommitted();
    return this;
  }

  /**
   * Runs the command under test, catching what it throws (an {@link Error} passes through), and
   * returns its outcome to check.
   *
   * @throws IllegalStateException when called twice: earlier commands belong in {@link #andGiven}
   */
  public CommandResult<A> when(Command<? super A> command) {
    Objects.requireNonNull(command, "command");
    requireNotCommanded("when");
    commanded = true;
    Exception thrown = null;
    try {
      command.execute(aggregate);
    } catch (Exception failure) {
      thrown = failure;
    }
    return new CommandResult<>(aggregate, aggregate.uncommittedEvents(), thrown);
  }

  /** The aggregate in its current state. */
  public A aggregate() {
    return aggregate;
  }

  private void requireNotCommanded(String method) {
    if (commanded) {
      throw new IllegalStateException(
          method
              + "(...) after when(...): a fixture tests one command; put earlier commands in"
              + " andGiven(...)");
    }
  }
}
