package dev.herald.benchmarks.appsize;

import dev.herald.benchmarks.Tally;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the state of every application-size contender shares: the scenario measured (a JMH
 * parameter), the event it publishes, and the warm-up over every event type before measuring.
 */
@State(Scope.Thread)
public abstract class Published {

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

  /** The event the benchmark publishes, over and over. */
  public Object event;

  /** How often the warm-up publishes every type; fewer only in the smoke tests. */
  public int warmRounds = AppScenarios.WARM_ROUNDS;

  /** Publishes every event type of the application first, then picks the scenario's event. */
  @Setup(Level.Trial)
  public void warmThenPick() {
    AppScenarios.publishEveryType(this::publish, warmRounds);
    event = AppScenarios.event(scenario);
  }

  /** Delivers one event through this contender. */
  protected abstract void publish(Object event);
}
