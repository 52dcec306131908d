package dev.herald.benchmarks.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every contender of {@link CodecBenchmark} reads and writes the same event as the same JSON. */
class CodecBenchmarkTest {

  private final CodecBenchmark benchmark = new CodecBenchmark();
  private final CodecBenchmark.Codecs codecs = new CodecBenchmark.Codecs();

  @Test
  void theEventIsAboutFourHundredBytes() {
    assertTrue(codecs.json.length() > 350 && codecs.json.length() < 450, codecs.json);
  }

  @Test
  void bothCodecsWriteTheSameJsonAndReadTheEventBack() throws Exception {
    assertEquals(codecs.json, benchmark.heraldEncode(codecs));
    assertEquals(codecs.json, benchmark.databindEncode(codecs));
    assertEquals(codecs.event, benchmark.heraldDecode(codecs));
    assertEquals(codecs.event, benchmark.databindDecode(codecs));
  }
}
