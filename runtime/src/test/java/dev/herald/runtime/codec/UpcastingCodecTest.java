package dev.herald.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.IntegrationEventType;
import dev.herald.runtime.generated.JsonEventCodec;
import dev.herald.runtime.generated.JsonSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A codec with older versions, written as the processor generates one: an older version is read as
 * its own record and handed through the chain of upcasters to the current record.
 */
class UpcastingCodecTest {

  /** Version 1, stored before versioning existed: under the bare name. */
  record EarnedV1(String customer, int points) {}

  /** Version 2 added the order. */
  record EarnedV2(String customer, String orderId, int points) {}

  /** Version 3, the current one, says why. */
  record Earned(String customer, String orderId, int points, String reason) {}

  record ConfirmedV1(String orderId) {}

  record Confirmed(String orderId, long totalCents) {}

  /** Upcasters as a user writes them; the switch below calls them as generated code does. */
  static final class Upcasters {
    static String failWith;

    static EarnedV2 toV2(EarnedV1 old) {
      if (failWith != null) {
        throw new IllegalStateException(failWith);
      }
      return new EarnedV2(old.customer(), "unknown", old.points());
    }

    static Earned toV3(EarnedV2 old) {
      return old.points() < 0
          ? null
          : new Earned(old.customer(), old.orderId(), old.points(), "order");
    }

    static Confirmed toCurrent(ConfirmedV1 old) {
      return new Confirmed(old.orderId(), 0);
    }
  }

  static final class LoyaltyCodec extends JsonEventCodec {
    private static final JsonSchema SCHEMA = schema();

    LoyaltyCodec() {
      super(SCHEMA);
    }

    private static JsonSchema schema() {
      JsonSchema.Builder schema = JsonSchema.builder("LoyaltyCodec");
      schema.record("Confirmed", Confirmed.class, "orderId string", "totalCents long");
      schema.record("ConfirmedV1", ConfirmedV1.class, "orderId string");
      schema.record(
          "Earned",
          Earned.class,
          "customer string",
          "orderId string",
          "points int",
          "reason string");
      schema.record("EarnedV1", EarnedV1.class, "customer string", "points int");
      schema.record("EarnedV2", EarnedV2.class, "customer string", "orderId string", "points int");
      schema.integrationEvent("shop.order.confirmed", 2, "shop/orders", "Confirmed");
      schema.integrationEvent("shop.order.confirmed", 1, "shop/orders", "ConfirmedV1");
      schema.domainEvent("loyalty.earned.v3", "Earned");
      schema.domainEvent("loyalty.earned", "EarnedV1");
      schema.domainEvent("loyalty.earned.v2", "EarnedV2");
      schema.upcast("ConfirmedV1", "Confirmed");
      schema.upcast("EarnedV1", "EarnedV2");
      schema.upcast("EarnedV2", "Earned");
      return schema.build();
    }

    @Override
    protected Object construct(int record, Object[] v) {
      switch (record) {
        case 0:
          return new Confirmed((String) v[0], (Long) v[1]);
        case 1:
          return new ConfirmedV1((String) v[0]);
        case 2:
          return new Earned((String) v[0], (String) v[1], (Integer) v[2], (String) v[3]);
        case 3:
          return new EarnedV1((String) v[0], (Integer) v[1]);
        case 4:
          return new EarnedV2((String) v[0], (String) v[1], (Integer) v[2]);
        default:
          throw unknown(record);
      }
    }

    @Override
    protected Object[] components(int record, Object value) {
      switch (record) {
        case 0:
          {
            Confirmed r = (Confirmed) value;
            return new Object[] {r.orderId(), r.totalCents()};
          }
        case 1:
          {
            ConfirmedV1 r = (ConfirmedV1) value;
            return new Object[] {r.orderId()};
          }
        case 2:
          {
            Earned r = (Earned) value;
            return new Object[] {r.customer(), r.orderId(), r.points(), r.reason()};
          }
        case 3:
          {
            EarnedV1 r = (EarnedV1) value;
            return new Object[] {r.customer(), r.points()};
          }
        case 4:
          {
            EarnedV2 r = (EarnedV2) value;
            return new Object[] {r.customer(), r.orderId(), r.points()};
          }
        default:
          throw unknown(record);
      }
    }

    @Override
    protected Object upcast(int record, Object value) {
      switch (record) {
        case 1:
          return Upcasters.toCurrent((ConfirmedV1) value);
        case 3:
          return Upcasters.toV2((EarnedV1) value);
        case 4:
          return Upcasters.toV3((EarnedV2) value);
        default:
          throw unknown(record);
      }
    }
  }

  private final LoyaltyCodec codec = new LoyaltyCodec();

  @Test
  void anEventStoredBeforeVersioningIsReadAsTheCurrentRecordThroughTheWholeChain() {
    Object event = codec.decode("loyalty.earned", "{\"customer\":\"luigi\",\"points\":50}");
    assertEquals(new Earned("luigi", "unknown", 50, "order"), event);
  }

  @Test
  void aMiddleVersionStartsTheChainWhereItIs() {
    Object event =
        codec.decode(
            "loyalty.earned.v2", "{\"customer\":\"luigi\",\"orderId\":\"o-7\",\"points\":5}");
    assertEquals(new Earned("luigi", "o-7", 5, "order"), event);
  }

  @Test
  void theCurrentVersionIsReadAsItIs() {
    Earned current = new Earned("peach", "o-1", 12, "birthday");
    assertEquals("loyalty.earned.v3", codec.typeName(Earned.class));
    assertEquals(current, codec.decode("loyalty.earned.v3", codec.encode(current)));
  }

  @Test
  void anOlderVersionIsStillWrittenUnderItsOwnName() {
    EarnedV1 old = new EarnedV1("toad", 3);
    assertEquals("loyalty.earned", codec.typeName(EarnedV1.class));
    assertEquals(
        new Earned("toad", "unknown", 3, "order"),
        codec.decode("loyalty.earned", codec.encode(old)));
  }

  @Test
  void anIntegrationEventOfAnOlderContractVersionIsReadAsTheCurrentOne() {
    assertTrue(codec.knows("shop.order.confirmed.v1"));
    assertEquals(
        new Confirmed("o-9", 0), codec.decode("shop.order.confirmed.v1", "{\"orderId\":\"o-9\"}"));
    assertEquals(
        List.of("shop.order.confirmed.v1", "shop.order.confirmed.v2"),
        codec.integrationEvents().stream().map(IntegrationEventType::cloudEventType).toList());
  }

  @Test
  void anUpcasterThatThrowsMakesTheEventUnreadableWithTheVersionsNamed() {
    Upcasters.failWith = "no customer";
    try {
      EventDecodingException failure =
          assertThrows(
              EventDecodingException.class,
              () -> codec.decode("loyalty.earned", "{\"customer\":\"x\",\"points\":1}"));
      assertEquals(
          "$: upcasting loyalty.earned to loyalty.earned.v2 failed:"
              + " java.lang.IllegalStateException: no customer",
          failure.getMessage());
    } finally {
      Upcasters.failWith = null;
    }
  }

  @Test
  void anUpcasterThatReturnsNullMakesTheEventUnreadable() {
    EventDecodingException failure =
        assertThrows(
            EventDecodingException.class,
            () ->
                codec.decode(
                    "loyalty.earned.v2", "{\"customer\":\"x\",\"orderId\":\"o\",\"points\":-1}"));
    assertEquals(
        "$: the upcaster of loyalty.earned.v2 returned null instead of a " + Earned.class.getName(),
        failure.getMessage());
  }

  @Test
  void aSchemaThatUpcastsSomethingNotAnEventIsRefused() {
    JsonSchema.Builder schema = JsonSchema.builder("Broken");
    schema.record("EarnedV1", EarnedV1.class, "customer string", "points int");
    schema.domainEvent("loyalty.earned", "EarnedV1");
    schema.upcast("EarnedV1", "Missing");
    IllegalStateException refused = assertThrows(IllegalStateException.class, schema::build);
    assertEquals("Broken upcasts EarnedV1 to Missing, which is not an event", refused.getMessage());
  }
}
