package dev.herald.benchmarks.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** Every contender of {@link StartupBenchmark} builds its bus and delivers the first event. */
class StartupBenchmarkTest {

  private final StartupBenchmark benchmark = new StartupBenchmark();

  @Test
  void eachContenderStartsAndDelivers() {
    assertEquals(100, benchmark.direct());
    assertEquals(100, benchmark.guava());
    assertEquals(100, benchmark.greenrobotIndexed());
    assertEquals(100, benchmark.greenrobotReflective());
    try (var bus = benchmark.heraldConstructor()) {
      assertNotNull(bus);
    }
    try (var bus = benchmark.heraldDagger()) {
      assertNotNull(bus);
    }
    try (var context = benchmark.spring()) {
      assertNotNull(context);
    }
    try (var bus = benchmark.axon()) {
      assertNotNull(bus);
    }
  }
}
