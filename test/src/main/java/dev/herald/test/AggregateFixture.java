package dev.herald.test;

import dev.herald.runtime.AggregateRoot;
import java.util.Objects;

/**
 * Tests one command of a state-based aggregate in three lines: given an aggregate (from a factory,
 * then earlier commands), when a command runs, expect the events it raised, an exception or a
 * state.
 *
 * <pre>{@code
 * given(() -> Order.place("o-1", "Mario"))
 *     .when(order -> order.confirm())
 *     .expectEvents(new OrderConfirmed("o-1"));
 * }</pre>
 *
 * <p>Herald's aggregates keep state, not an event history, so "given" runs the factory and the
 * earlier commands instead of replaying events; their events are marked committed, so only the
 * events of the command under test are expected. No bus and no handlers take part: handler tests
 * use {@link HeraldTestBus}.
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
