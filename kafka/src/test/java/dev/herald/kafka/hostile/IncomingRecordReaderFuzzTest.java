package dev.herald.kafka.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.herald.kafka.ForwardingCodec;
import dev.herald.kafka.IntegrationEventCatalog;
import dev.herald.kafka.TestRecords;
import dev.herald.kafka.consume.IncomingRecordReader;
import dev.herald.kafka.consume.ReceivedEvent;
import dev.herald.kafka.consume.Rejection;
import dev.herald.kafka.delivery.DeliveryAppCodec;
import dev.herald.runtime.generated.EventDecodingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

/**
 * A bounded fuzz run of the CloudEvents reader, without a broker: records of the hostile corpus and
 * good ones are mutated at random (bytes flipped, inserted and cut, JSON tokens spliced in, headers
 * repeated, dropped and spoiled, content types and charsets swapped) and read for a fixed time.
 *
 * <p>It fails on anything but the declared outcomes: an event, or a {@link Rejection} with a
 * bounded detail, within a time bound, the same when the record is read again; and the codec is
 * handed nothing that makes it throw anything but its declared {@link EventDecodingException}.
 * {@code -Dherald.fuzz.seconds=N} sets the time (default 15), {@code -Dherald.fuzz.seed=S} repeats
 * a run; a failure names its seed and iteration. The build runs a fixed seed, so that it passes or
 * fails on the code alone; {@code -Dherald.fuzz.seed=random} explores, and what it finds becomes a
 * case of the hostile corpus.
 */
class IncomingRecordReaderFuzzTest {

  private static final Duration RUN = Duration.ofSeconds(Long.getLong("herald.fuzz.seconds", 15));
  private static final Duration BOUND_PER_READ = Duration.ofSeconds(2);
  private static final int MAX_SEED_BYTES = 64 * 1024;

  private static final String[] TOKENS = {
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "null",
    "true",
    "-0",
    "1e999999999",
    "0.1e-99999",
    "\\",
    "\\u0000",
    "\\ud800",
    "\"data\":",
    "\"data_base64\":\"AAAA\",",
    "\"id\":\"x\",",
    "\"type\":\"com.mariopizzeria.order.confirmed.v1\",",
    "\"specversion\":\"1.0\",",
    "\"orderId\":\"o\",",
    "\"totalCents\":1,",
    "{\"a\":{\"a\":{\"a\":",
    "\uFEFF",
    "é",
    "\uD83D\uDE00"
  };
  private static final byte[][] BYTES = {
    {0},
    {(byte) 0x7F},
    {(byte) 0x80},
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xFF},
    {(byte) 0xFE},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xE2}
  };
  private static final String[] HEADERS = {
    "ce_specversion",
    "ce_id",
    "ce_source",
    "ce_type",
    "ce_subject",
    "ce_time",
    "ce_traceparent",
    "ce_heraldsequence",
    "ce_heraldaggregatetype",
    "ce_datacontenttype",
    "content-type",
    "x-other"
  };
  private static final String[] HEADER_VALUES = {
    "",
    "1.0",
    "0.3",
    "com.mariopizzeria.order.confirmed.v1",
    "com.mariopizzeria.order.confirmed.v2",
    "com.mariopizzeria.order.confirmed.v",
    "mario-pizzeria/orders",
    "a b",
    "2024-01-01T00:00:00Z",
    "+999999999-12-31T23:59:59Z",
    "2024-13-01T00:00:00Z",
    "-1",
    "9223372036854775807",
    "9223372036854775808",
    "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
    "application/json",
    "application/json; charset=utf-16",
    "application/json; charset=latin1",
    "application/json; charset=x-unknown",
    "application/json; charset=\"utf-8",
    "text/plain",
    "application/cloudevents+json",
    "application/cloudevents+json; charset=utf-16le",
    "application/cloudevents+xml",
    "application/json;;;",
    "application/json; a=1; a=2",
    "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
    "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11",
    "1-1-1-1-1"
  };

  /** The codec of the test service, noting whether it threw anything undeclared. */
  private static final class WatchedCodec extends ForwardingCodec {
    volatile Throwable undeclared;

    WatchedCodec() {
      super(new DeliveryAppCodec());
    }

    @Override
    public Object decode(String typeName, String json) {
      try {
        return super.decode(typeName, json);
      } catch (EventDecodingException declared) {
        throw declared;
      } catch (RuntimeException e) {
        undeclared = e;
        throw e;
      }
    }
  }

  /** A record being mutated. */
  private static final class Mutable {
    byte[] key;
    byte[] value;
    final List<Header> headers = new ArrayList<>();

    Mutable(ConsumerRecord<byte[], byte[]> record) {
      key = record.key();
      value = record.value();
      record.headers().forEach(h -> headers.add(new RecordHeader(h.key(), h.value())));
    }

    ConsumerRecord<byte[], byte[]> record(long offset) {
      return TestRecords.record("fuzz", 0, offset, key, value, headers);
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      for (Header h : headers) {
        text.append(h.key()).append('=').append(hex(h.value())).append('\n');
      }
      return text.append("value=").append(hex(value)).toString();
    }

    private static String hex(byte[] bytes) {
      if (bytes == null) {
        return "null";
      }
      String shown = HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 400));
      return bytes.length > 400 ? shown + "…(" + bytes.length + " bytes)" : shown;
    }
  }

  @Test
  void theReaderOnlyEverDeliversOrRejects() {
    String seedProperty = System.getProperty("herald.fuzz.seed", "20261207");
    long seed = seedProperty.equals("random") ? System.nanoTime() : Long.parseLong(seedProperty);
    SplittableRandom random = new SplittableRandom(seed);
    List<ConsumerRecord<byte[], byte[]>> seeds = seeds();
    WatchedCodec codec = new WatchedCodec();
    IncomingRecordReader reader =
        new IncomingRecordReader(IntegrationEventCatalog.of(codec), 1024 * 1024);
    // Each seed once, untimed: class loading and the first compilations are not the input's cost.
    for (ConsumerRecord<byte[], byte[]> record : seeds) {
      try {
        reader.read(record);
      } catch (Rejection expected) {
        // the seeds are the corpus: most are rejected
      }
    }
    Map<String, Integer> outcomes = new TreeMap<>();
    long deadline = System.nanoTime() + RUN.toNanos();
    long iterations = 0;
    while (System.nanoTime() < deadline) {
      iterations++;
      Mutable mutable = new Mutable(seeds.get(random.nextInt(seeds.size())));
      int mutations = 1 + random.nextInt(4);
      for (int m = 0; m < mutations; m++) {
        mutate(mutable, random, seeds);
      }
      String where = "seed " + seed + ", iteration " + iterations + ", record:\n" + mutable;
      ConsumerRecord<byte[], byte[]> record = mutable.record(iterations);
      String outcome = read(reader, record, where);
      if (codec.undeclared != null) {
        throw new AssertionError(
            "the codec threw " + codec.undeclared + " at " + where, codec.undeclared);
      }
      if (iterations % 8 == 0) {
        assertEquals(outcome, read(reader, record, where), "read twice, at " + where);
      }
      outcomes.merge(outcome.substring(0, outcome.indexOf(':')), 1, Integer::sum);
    }
    System.out.printf(
        "fuzz: %d records in %d s (seed %d, %d seeds): %s%n",
        iterations, RUN.toSeconds(), seed, seeds.size(), outcomes);
    assertTrue(iterations > 50 * RUN.toSeconds(), "only " + iterations + " records in " + RUN);
    assertTrue(outcomes.containsKey("delivered"), "no mutation kept a record good: " + outcomes);
  }

  /** Reads the record: "delivered: <event>" or "<reason>: <detail>", or fails the test. */
  private static String read(
      IncomingRecordReader reader, ConsumerRecord<byte[], byte[]> record, String where) {
    long start = System.nanoTime();
    String outcome;
    try {
      ReceivedEvent event = reader.read(record);
      outcome = "delivered: " + event.envelope() + " " + event.cloudEventId();
    } catch (Rejection rejection) {
      assertTrue(
          rejection.detail().length() <= Rejection.MAX_DETAIL_LENGTH,
          "a detail of " + rejection.detail().length() + " characters at " + where);
      outcome = rejection.reason().code() + ": " + rejection.detail();
    } catch (Throwable undeclared) {
      throw new AssertionError("the reader threw " + undeclared + " at " + where, undeclared);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (took.compareTo(BOUND_PER_READ) > 0) {
      fail("reading took " + took + " at " + where);
    }
    return outcome;
  }

  private static List<ConsumerRecord<byte[], byte[]>> seeds() {
    List<ConsumerRecord<byte[], byte[]>> seeds = new ArrayList<>();
    for (HostileCase c : HostileCorpus.cases()) {
      ConsumerRecord<byte[], byte[]> record = c.record().consumerRecord("fuzz", 0, c.name());
      long size =
          Math.max(0, record.serializedKeySize()) + Math.max(0, record.serializedValueSize());
      for (Header h : record.headers()) {
        size += h.value() == null ? 0 : h.value().length;
      }
      if (size <= MAX_SEED_BYTES) {
        seeds.add(record);
      }
    }
    return seeds;
  }

  private static void mutate(
      Mutable r, SplittableRandom random, List<ConsumerRecord<byte[], byte[]>> seeds) {
    switch (random.nextInt(14)) {
      case 0 -> r.value = flipBit(r.value, random);
      case 1 -> r.value = insert(r.value, BYTES[random.nextInt(BYTES.length)], random);
      case 2 ->
          r.value = insert(r.value, TOKENS[random.nextInt(TOKENS.length)].getBytes(UTF_8), random);
      case 3 -> r.value = cut(r.value, random);
      case 4 -> r.value = repeatSlice(r.value, random);
      case 5 -> r.value = insert(r.value, digits(random), random);
      case 6 -> {
        if (!r.headers.isEmpty()) {
          r.headers.remove(random.nextInt(r.headers.size()));
        }
      }
      case 7 -> {
        if (!r.headers.isEmpty()) {
          Header h = r.headers.get(random.nextInt(r.headers.size()));
          r.headers.add(random.nextInt(r.headers.size() + 1), new RecordHeader(h.key(), h.value()));
        }
      }
      case 8 -> {
        if (!r.headers.isEmpty()) {
          int i = random.nextInt(r.headers.size());
          Header h = r.headers.get(i);
          r.headers.set(i, new RecordHeader(h.key(), flipBit(h.value(), random)));
        }
      }
      case 9, 10 ->
          setHeader(r, HEADERS[random.nextInt(HEADERS.length)], headerValue(random), random);
      case 11 -> r.value = random.nextBoolean() ? null : new byte[0];
      case 12 -> r.key = random.nextBoolean() ? null : flipBit(r.key, random);
      default -> r.value = seeds.get(random.nextInt(seeds.size())).value();
    }
  }

  private static void setHeader(Mutable r, String name, byte[] value, SplittableRandom random) {
    if (random.nextBoolean()) {
      r.headers.removeIf(h -> h.key().equals(name));
    }
    r.headers.add(new RecordHeader(name, value));
  }

  private static byte[] headerValue(SplittableRandom random) {
    return switch (random.nextInt(4)) {
      case 0 -> BYTES[random.nextInt(BYTES.length)];
      case 1 -> digits(random);
      default -> HEADER_VALUES[random.nextInt(HEADER_VALUES.length)].getBytes(UTF_8);
    };
  }

  private static byte[] digits(SplittableRandom random) {
    byte[] digits = new byte[1 + random.nextInt(random.nextBoolean() ? 20 : 3_000)];
    for (int i = 0; i < digits.length; i++) {
      digits[i] = (byte) ('0' + random.nextInt(10));
    }
    return digits;
  }

  private static byte[] flipBit(byte[] bytes, SplittableRandom random) {
    if (bytes == null || bytes.length == 0) {
      return bytes;
    }
    byte[] copy = bytes.clone();
    int i = random.nextInt(copy.length);
    copy[i] ^= (byte) (1 << random.nextInt(8));
    return copy;
  }

  private static byte[] insert(byte[] bytes, byte[] inserted, SplittableRandom random) {
    byte[] base = bytes == null ? new byte[0] : bytes;
    int at = random.nextInt(base.length + 1);
    byte[] result = Arrays.copyOf(base, base.length + inserted.length);
    System.arraycopy(inserted, 0, result, at, inserted.length);
    System.arraycopy(base, at, result, at + inserted.length, base.length - at);
    return result;
  }

  private static byte[] cut(byte[] bytes, SplittableRandom random) {
    int[] slice = slice(bytes, random, 16);
    if (slice == null) {
      return bytes;
    }
    byte[] result = new byte[bytes.length - (slice[1] - slice[0])];
    System.arraycopy(bytes, 0, result, 0, slice[0]);
    System.arraycopy(bytes, slice[1], result, slice[0], bytes.length - slice[1]);
    return result;
  }

  private static byte[] repeatSlice(byte[] bytes, SplittableRandom random) {
    int[] slice = slice(bytes, random, 64);
    return slice == null
        ? bytes
        : insert(bytes, Arrays.copyOfRange(bytes, slice[0], slice[1]), random);
  }

  /** A random run of at most {@code max} bytes, as {from, to}; {@code null} for no bytes. */
  private static int[] slice(byte[] bytes, SplittableRandom random, int max) {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    int from = random.nextInt(bytes.length);
    return new int[] {from, from + random.nextInt(Math.min(bytes.length - from, max) + 1)};
  }
}
