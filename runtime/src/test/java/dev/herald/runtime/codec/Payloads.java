package dev.herald.runtime.codec;

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

/** The records the hostile-input corpus decodes, covering every kind of JSON type a codec has. */
final class Payloads {

  private Payloads() {}

  enum Size {
    SMALL,
    MEDIUM,
    LARGE
  }

  record Item(String name, Size size, int quantity) {}

  sealed interface Shape permits Circle, Square {}

  record Circle(double radius) implements Shape {}

  record Square(double side) implements Shape {}

  record Tree(String label, List<Tree> children) {}

  record Order(
      String orderId,
      List<Item> items,
      long totalCents,
      Optional<String> note,
      String comment,
      Map<String, Integer> counts,
      Set<Size> sizes,
      Shape shape) {

    Order {
      if (totalCents < 0) {
        throw new IllegalArgumentException("totalCents must not be negative");
      }
    }
  }

  record Numbers(
      long l,
      int i,
      short s,
      byte b,
      double d,
      float f,
      BigInteger big,
      BigDecimal decimal,
      Long boxed) {}

  record Texts(
      String text, char c, UUID id, Instant at, LocalDate date, Duration duration, String bytes) {}
}
