package dev.herald.benchmarks.appsize;

import dev.herald.benchmarks.Tally;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the state of every application-size contender shares: the scenario measured (a JMH
 * parameter), the contender's bus over every handler of the application, the event it publishes,
 * and the warm-up over every event type before measuring.
 *
 * @param <T> the contender's bus (or table, or container)
 */
@State(Scope.Thread)
public abstract class Published<T> {

  /** Which scenario this fork measures; see {@link AppScenarios}. */
  @Param({
    AppScenarios.ONE_HANDLER,
    AppScenarios.FIVE_HANDLERS,
    AppScenarios.INTERFACE_HANDLER,
    AppScenarios.LARGE_TABLE
  })
  public String scenario;

  /** Every handler of the contender adds to it. */
  public final Tally tally = new Tally();

  /** The contender's bus, built over handlers that add to {@link #tally}. */
  public final T target;

  /** The event the benchmark publishes, over and over. */
  public Object event;

  /** How often the warm-up publishes every type; fewer only in the smoke tests. */
  public int warmRounds = AppScenarios.WARM_ROUNDS;

  private final BiConsumer<T, Object> publish;
  private final Consumer<T> close;

  /**
   * A state over the bus {@code create} builds; {@code publish} is used for the warm-up only (the
   * benchmark methods call the bus themselves), {@code close} at the end of the trial.
   */
  protected Published(Function<Tally, T> create, BiConsumer<T, Object> publish, Consumer<T> close) {
    this.target = create.apply(tally);
    this.publish = publish;
    this.close = close;
  }

  /** Publishes every event type of the application first, then picks the scenario's event. */
  @Setup(Level.Trial)
  public void warmThenPick() {
    AppScenarios.publishEveryType(event -> publish.accept(target, event), warmRounds);
    event = AppScenarios.event(scenario);
  }

  @TearDown(Level.Trial)
  public void stop() {
    close.accept(target);
  }
}
