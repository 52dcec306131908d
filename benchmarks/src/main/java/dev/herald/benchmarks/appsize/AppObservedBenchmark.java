package dev.herald.benchmarks.appsize;

import dev.herald.benchmarks.app.herald.HeraldAppHandlers;
import dev.herald.micrometer.DeliveryMetrics;
import dev.herald.opentelemetry.HeraldTracing;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.generated.HandlerTable;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What observability costs a synchronous publish at application size (issue 15): the plain bus
 * (herald-micrometer and herald-opentelemetry absent, the same bus as {@code
 * AppSizeBenchmark.heraldBus}), the bus with {@link DeliveryMetrics} on a Prometheus registry, and
 * the bus with {@link HeraldTracing} on the OpenTelemetry SDK (every span sampled, none exported)
 * while a request span is current.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AppObservedBenchmark {

  /** The bus without any hook: what every application without the modules runs. */
  @State(org.openjdk.jmh.annotations.Scope.Thread)
  public static class Plain extends Published<EventBus> {
    public Plain() {
      super(tally -> bus(HeraldAppHandlers.table(tally), null), EventBus::publish, EventBus::close);
    }
  }

  /** The bus with delivery metrics in a Prometheus registry. */
  @State(org.openjdk.jmh.annotations.Scope.Thread)
  public static class Metered extends Published<EventBus> {
    public Metered() {
      super(
          tally ->
              bus(
                  HeraldAppHandlers.table(tally),
                  DeliveryMetrics.of(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
                      ::instrument),
          EventBus::publish,
          EventBus::close);
    }
  }

  /** The bus with tracing; each publish runs inside one long request span. */
  @State(org.openjdk.jmh.annotations.Scope.Thread)
  public static class Traced extends Published<EventBus> {
    private static final OpenTelemetrySdk SDK =
        OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder().build()).build();

    private Span request;
    private Scope scope;

    public Traced() {
      super(
          tally -> bus(HeraldAppHandlers.table(tally), HeraldTracing.create(SDK)::instrument),
          EventBus::publish,
          EventBus::close);
    }

    /** Makes a request span current on the benchmark thread, as a traced service would have. */
    @Setup(Level.Trial)
    public void openRequest() {
      request = SDK.getTracer("benchmark").spanBuilder("request").startSpan();
      scope = request.makeCurrent();
    }

    @TearDown(Level.Trial)
    public void closeRequest() {
      scope.close();
      request.end();
    }
  }

  private static EventBus bus(HandlerTable table, UnaryOperator<EventBus.Builder> instrument) {
    EventBus.Builder builder = EventBus.builder(List.of(table)).synchronousDelivery();
    return (instrument == null ? builder : instrument.apply(builder)).build();
  }

  @Benchmark
  public long plain(Plain s) {
    s.target.publish(s.event);
    return s.tally.sum;
  }

  @Benchmark
  public long metered(Metered s) {
    s.target.publish(s.event);
    return s.tally.sum;
  }

  @Benchmark
  public long traced(Traced s) {
    s.target.publish(s.event);
    return s.tally.sum;
  }
}
