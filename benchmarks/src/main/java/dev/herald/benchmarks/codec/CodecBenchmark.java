package dev.herald.benchmarks.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.benchmarks.BenchmarksEventCodec;
import dev.herald.runtime.generated.EventCodec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Reads and writes one ~400-byte integration event ({@link OrderPlaced}) with Herald's generated
 * codec (jackson-core streaming under {@code JsonLimits}) and with jackson-databind's {@code
 * ObjectMapper} (reflection over the record), in operations per second.
 *
 * <p>{@code java -jar benchmarks/target/herald-benchmarks.jar 'codec\.CodecBenchmark' -f 1 -wi 3 -i
 * 5 -w 1s -r 1s -prof gc}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CodecBenchmark {

  /** The codecs, the event and its JSON, made once. */
  @State(Scope.Benchmark)
  public static class Codecs {
    final EventCodec herald = new BenchmarksEventCodec();
    final ObjectMapper databind = new ObjectMapper();
    final OrderPlaced event = OrderPlaced.sample();
    final String typeName = herald.typeName(OrderPlaced.class);
    final String json = herald.encode(event);
  }

  @Benchmark
  public String heraldEncode(Codecs codecs) {
    return codecs.herald.encode(codecs.event);
  }

  @Benchmark
  public Object heraldDecode(Codecs codecs) {
    return codecs.herald.decode(codecs.typeName, codecs.json);
  }

  @Benchmark
  public String databindEncode(Codecs codecs) throws JsonProcessingException {
    return codecs.databind.writeValueAsString(codecs.event);
  }

  @Benchmark
  public Object databindDecode(Codecs codecs) throws JsonProcessingException {
    return codecs.databind.readValue(codecs.json, OrderPlaced.class);
  }
}
