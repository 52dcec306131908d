package dev.herald.runtime.codec;

import dev.herald.runtime.generated.JsonEventCodec;
import dev.herald.runtime.generated.JsonSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A codec written exactly as the processor generates one (see the processor's golden files), over
 * {@link Payloads}, so the runtime's tests exercise the generated contract without the processor.
 */
final class CorpusCodec extends JsonEventCodec {

  private static final JsonSchema SCHEMA = schema();

  CorpusCodec() {
    super(SCHEMA);
  }

  private static JsonSchema schema() {
    JsonSchema.Builder schema = JsonSchema.builder("CorpusCodec");
    schema.records(
        new Object[] {
          Payloads.Item.class, "Item(name string, size Size, quantity int)",
          Payloads.Order.class,
              "Order(orderId string, items list Item, totalCents long, note optional string,"
                  + " comment nullable string, counts map int, sizes set Size, shape Shape)"
                  + " domain test.Order",
          Payloads.Numbers.class,
              "Numbers(l long, i int, s short, b byte, d double, f float, big biginteger,"
                  + " decimal decimal, boxed nullable long) domain test.Numbers",
          Payloads.Texts.class,
              "Texts(text string, c char, id uuid, at instant, date date, duration duration,"
                  + " bytes string) domain test.Texts",
          Payloads.Tree.class, "Tree(label string, children list Tree)",
          Payloads.Circle.class, "Circle(radius double)",
          Payloads.Square.class, "Square(side double)"
        });
    schema.enumType("Size", Payloads.Size.values());
    schema.sealed("Shape", "Circle", "Square");
    schema.integrationEvent("test.tree.grown", 1, "test/trees", "Tree");
    return schema.build();
  }

  @SuppressWarnings("unchecked")
  @Override
  protected Object construct(int record, Object[] v) {
    switch (record) {
      case 0:
        return new Payloads.Item((String) v[0], (Payloads.Size) v[1], (int) v[2]);
      case 1:
        return new Payloads.Order(
            (String) v[0],
            (List<Payloads.Item>) v[1],
            (long) v[2],
            (Optional<String>) v[3],
            (String) v[4],
            (Map<String, Integer>) v[5],
            (Set<Payloads.Size>) v[6],
            (Payloads.Shape) v[7]);
      case 2:
        return new Payloads.Numbers(
            (long) v[0],
            (int) v[1],
            (short) v[2],
            (byte) v[3],
            (double) v[4],
            (float) v[5],
            (BigInteger) v[6],
            (BigDecimal) v[7],
            (Long) v[8]);
      case 3:
        return new Payloads.Texts(
            (String) v[0],
            (char) v[1],
            (UUID) v[2],
            (Instant) v[3],
            (LocalDate) v[4],
            (Duration) v[5],
            (String) v[6]);
      case 4:
        return new Payloads.Tree((String) v[0], (List<Payloads.Tree>) v[1]);
      case 5:
        return new Payloads.Circle((double) v[0]);
      case 6:
        return new Payloads.Square((double) v[0]);
      default:
        throw unknown(record);
    }
  }

  @Override
  protected Object[] components(int record, Object value) {
    switch (record) {
      case 0:
        {
          Payloads.Item r = (Payloads.Item) value;
          return new Object[] {r.name(), r.size(), r.quantity()};
        }
      case 1:
        {
          Payloads.Order r = (Payloads.Order) value;
          return new Object[] {
            r.orderId(),
            r.items(),
            r.totalCents(),
            r.note(),
            r.comment(),
            r.counts(),
            r.sizes(),
            r.shape()
          };
        }
      case 2:
        {
          Payloads.Numbers r = (Payloads.Numbers) value;
          return new Object[] {
            r.l(), r.i(), r.s(), r.b(), r.d(), r.f(), r.big(), r.decimal(), r.boxed()
          };
        }
      case 3:
        {
          Payloads.Texts r = (Payloads.Texts) value;
          return new Object[] {r.text(), r.c(), r.id(), r.at(), r.date(), r.duration(), r.bytes()};
        }
      case 4:
        {
          Payloads.Tree r = (Payloads.Tree) value;
          return new Object[] {r.label(), r.children()};
        }
      case 5:
        return new Object[] {((Payloads.Circle) value).radius()};
      case 6:
        return new Object[] {((Payloads.Square) value).side()};
      default:
        throw unknown(record);
    }
  }
}
