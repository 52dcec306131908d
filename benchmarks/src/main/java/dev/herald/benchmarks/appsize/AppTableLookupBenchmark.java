package dev.herald.benchmarks.appsize;

import dev.herald.benchmarks.TableDispatch;
import dev.herald.benchmarks.Tally;
import dev.herald.benchmarks.app.AppEvents;
import dev.herald.benchmarks.app.herald.HeraldAppHandlers;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whether the application's generated table finds an event type's routes in constant time: the
 * table alone (lookup and invoke) for the first, the middle and the last of the 200 table types,
 * after every type was published. Equal times and 0 B/op at every position meet issue 12's goal.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AppTableLookupBenchmark {

  /** The table over every handler, warmed with every type, and the event of the measured type. */
  @State(Scope.Thread)
  public static class Table {

    /** Position of the measured type among the table types. */
    @Param({"0", "100", "199"})
    public int type;

    final Tally tally = new Tally();
    final TableDispatch table = new TableDispatch(HeraldAppHandlers.table(tally));
    Object event;

    @Setup
    public void warmThenPick() {
      AppScenarios.publishEveryType(table::dispatch);
      event = AppEvents.tableTypes()[type];
    }
  }

  @Benchmark
  public long heraldTable(Table s) {
    s.table.dispatch(s.event);
    return s.tally.sum;
  }
}
