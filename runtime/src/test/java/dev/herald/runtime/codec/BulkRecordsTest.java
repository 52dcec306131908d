package dev.herald.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.generated.JsonEventCodec;
import dev.herald.runtime.generated.JsonSchema;
import org.junit.jupiter.api.Test;

/**
 * The bulk form of record declarations generated codecs use: a class and a description per record,
 * the domain event's name taken verbatim after {@code " domain "}, and a malformed declaration
 * refused with the declaration named.
 */
class BulkRecordsTest {

  record Ping() {}

  record Moved(String from, String to, int steps) {}

  /** A codec as the processor generates one, its records declared in bulk. */
  static final class BulkCodec extends JsonEventCodec {
    BulkCodec() {
      super(
          JsonSchema.builder("BulkCodec")
              .records(
                  new Object[] {
                    Ping.class, "Ping() domain odd (name), with spaces",
                    Moved.class,
                        "Moved(from string, to nullable string, steps int) domain moves.Moved"
                  })
              .build());
    }

    @Override
    protected Object construct(int record, Object[] v) {
      switch (record) {
        case 0:
          return new Ping();
        case 1:
          return new Moved((String) v[0], (String) v[1], (int) v[2]);
        default:
          throw unknown(record);
      }
    }

    @Override
    protected Object[] components(int record, Object value) {
      switch (record) {
        case 0:
          return new Object[0];
        case 1:
          {
            Moved r = (Moved) value;
            return new Object[] {r.from(), r.to(), r.steps()};
          }
        default:
          throw unknown(record);
      }
    }
  }

  @Test
  void declaresRecordsAndTheirDomainEvents() {
    BulkCodec codec = new BulkCodec();
    assertEquals("odd (name), with spaces", codec.typeName(Ping.class));
    assertEquals("moves.Moved", codec.typeName(Moved.class));
    Moved moved = new Moved("a", null, 3);
    String json = codec.encode(moved);
    assertEquals("{\"from\":\"a\",\"to\":null,\"steps\":3}", json);
    assertEquals(moved, codec.decode("moves.Moved", json));
    assertEquals(new Ping(), codec.decode("odd (name), with spaces", codec.encode(new Ping())));
  }

  @Test
  void refusesAMalformedDeclaration() {
    IllegalArgumentException odd =
        assertThrows(
            IllegalArgumentException.class,
            () -> JsonSchema.builder("Odd").records(new Object[] {Ping.class}));
    assertTrue(odd.getMessage().contains("pairs of a class and a description"), odd.getMessage());
    for (String description : new String[] {"Ping", "(x int)", "Ping() extra", "Ping(x int"}) {
      IllegalArgumentException malformed =
          assertThrows(
              IllegalArgumentException.class,
              () -> JsonSchema.builder("Bad").records(new Object[] {Ping.class, description}));
      assertTrue(
          malformed.getMessage().contains("malformed record: " + description),
          malformed.getMessage());
    }
  }
}
