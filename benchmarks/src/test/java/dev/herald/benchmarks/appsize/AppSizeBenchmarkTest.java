package dev.herald.benchmarks.appsize;

import static dev.herald.benchmarks.Deliveries.assertDelivers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * Every contender of {@link AppSizeBenchmark} delivers each event type of the application to each
 * of its handlers once during the warm-up, then the scenario's event once per call.
 */
class AppSizeBenchmarkTest {

  /** What one event of each scenario adds to the tally: its total times its handlers. */
  private static final Map<String, Long> PER_EVENT =
      Map.of(
          AppScenarios.ONE_HANDLER,
          1_000L,
          AppScenarios.FIVE_HANDLERS,
          5 * 2_000L,
          AppScenarios.INTERFACE_HANDLER,
          3_000L,
          AppScenarios.LARGE_TABLE,
          100L + AppScenarios.MEASURED_TYPE);

  /**
   * What one warm-up round adds: the 200 table types (100 + i each), the three scenario events
   * (1,000, five times 2,000, 3,000) and the unit of work's three (40 + 50 + 60).
   */
  private static final long PER_WARM_ROUND =
      200 * 100 + 199 * 200 / 2 + 1_000 + 10_000 + 3_000 + 150;

  /** Rounds enough to see every type delivered each round; the benchmarks run 250. */
  private static final int WARM_ROUNDS = 3;

  private final AppSizeBenchmark benchmark = new AppSizeBenchmark();

  @Test
  void heraldBusDelivers() throws Exception {
    assertDeliversEveryEvent("heraldBus", new AppSizeBenchmark.HeraldBus(), benchmark::heraldBus);
  }

  @Test
  void heraldTableDelivers() throws Exception {
    assertDeliversEveryEvent(
        "heraldTable", new AppSizeBenchmark.HeraldTable(), benchmark::heraldTable);
  }

  @Test
  void greenrobotDelivers() throws Exception {
    assertDeliversEveryEvent(
        "greenrobot", new AppSizeBenchmark.Greenrobot(), benchmark::greenrobot);
  }

  @Test
  void guavaDelivers() throws Exception {
    assertDeliversEveryEvent("guava", new AppSizeBenchmark.Guava(), benchmark::guava);
  }

  @Test
  void springDelivers() throws Exception {
    assertDeliversEveryEvent("spring", new AppSizeBenchmark.Spring(), benchmark::spring);
  }

  @Test
  void axonDelivers() throws Exception {
    assertDeliversEveryEvent("axon", new AppSizeBenchmark.Axon(), benchmark::axon);
  }

  @Test
  void directCallsTheScenariosHandlers() throws Exception {
    AppSizeBenchmark.Direct s = new AppSizeBenchmark.Direct();
    assertDelivers(
        "direct", PER_EVENT.get(AppScenarios.ONE_HANDLER), () -> benchmark.directOneHandler(s));
    assertDelivers(
        "direct", PER_EVENT.get(AppScenarios.FIVE_HANDLERS), () -> benchmark.directFiveHandlers(s));
    assertDelivers(
        "direct",
        PER_EVENT.get(AppScenarios.INTERFACE_HANDLER),
        () -> benchmark.directInterfaceHandler(s));
    assertDelivers(
        "direct", PER_EVENT.get(AppScenarios.LARGE_TABLE), () -> benchmark.directLargeTable(s));
  }

  /**
   * Runs every scenario on one state (a container is costly to build): the warm-up must deliver
   * every event type to each of its handlers once per round, then each call the scenario's event.
   */
  static <S extends Published<?>> void assertDeliversEveryEvent(
      String contender, S state, ToLongFunction<S> method) throws Exception {
    state.warmRounds = WARM_ROUNDS;
    try {
      for (String scenario : PER_EVENT.keySet()) {
        state.scenario = scenario;
        long before = state.tally.sum;
        state.warmThenPick();
        assertEquals(
            WARM_ROUNDS * PER_WARM_ROUND,
            state.tally.sum - before,
            contender + " must deliver every event type to each of its handlers once per round");
        assertDelivers(
            contender + " (" + scenario + ")",
            PER_EVENT.get(scenario),
            () -> method.applyAsLong(state));
      }
    } finally {
      state.stop();
    }
  }
}
