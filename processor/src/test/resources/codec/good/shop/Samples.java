package shop;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** The values the round-trip test encodes and decodes: extremes, empties, nulls and nesting. */
public final class Samples implements Supplier<List<Object>> {

  @Override
  public List<Object> get() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("z", 1);
    counts.put("a", -2);
    counts.put("", 0);
    counts.put("we\"ird\n\u00e9", 3);
    Map<String, List<Item>> itemsByName = new LinkedHashMap<>();
    itemsByName.put("margherita", List.of(new Item("margherita", Size.LARGE, 2), new Item("m", Size.SMALL, 0)));
    itemsByName.put("none", List.of());
    Set<Size> sizes = new LinkedHashSet<>(List.of(Size.LARGE, Size.SMALL));
    Tree tree = new Tree("root", List.of(new Tree("a", List.of()), new Tree("b", List.of(new Tree("c", List.of())))));
    Shape group = new Shape.Group("g", List.of(new Shape.Circle(1.5), new Shape.Group("inner", List.of(new Triangle(3, 4, 5)))));
    Everything max = new Everything(
        true, Byte.MIN_VALUE, Short.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Float.MIN_VALUE, -Double.MAX_VALUE, '\u0000',
        false, Byte.MAX_VALUE, Short.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, 3.25f, 0.1, '\ud83c',
        "quote \" backslash \\ tab \t newline \n nul \u0000 pizza \ud83c\udf55 lone \udf55 ls \u2028",
        new BigDecimal("-12345678901234567890.000000000000000001"),
        new BigInteger("-123456789012345678901234567890123456789"),
        UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"),
        Instant.parse("2026-11-26T13:52:29.123456789Z"), LocalDate.of(-44, 3, 15), LocalTime.of(23, 59, 59, 1),
        LocalDateTime.of(2026, 2, 28, 0, 0), OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 6, ZoneOffset.ofHoursMinutes(-9, -30)),
        Duration.ofDays(400).plusNanos(1),
        Size.MEDIUM, List.of("a", "", "b"), sizes, counts, List.of(List.of(1L, 2L), List.of(), List.of(Long.MIN_VALUE)),
        itemsByName, Optional.of("note"), Optional.of(new Item("x", Size.SMALL, 1)),
        "comment", new Item("n", Size.LARGE, 9), 42,
        new Item("item", Size.MEDIUM, 3), new Menu(List.of(new Menu.Item("soup", 450))), new Square(2),
        List.of(new Shape.Circle(0), new Square(1), new Triangle(1, 1, 1), group), tree);
    Everything min = minimal(new Menu(List.of()));
    return List.of(
        max,
        min,
        new OrderPlaced("o-1", List.of(new Item("margherita", Size.LARGE, 2)), 1999),
        new OrderConfirmed("o-1"),
        new Awkward("j", 1, List.of(List.of("x")), Map.of("k", List.of("v")), "f", "v", "e", "w", "e1"),
        new Empty());
  }

  /** The emptiest valid Everything, with the given menu (which the broken samples set to bad values). */
  public static Everything minimal(Menu menu) {
    return new Everything(
        false, (byte) 0, (short) 0, 0, 0, 0f, 0.0, 'x',
        true, (byte) 0, (short) 0, 0, 0L, -0.5f, 1e300, 'y',
        "", BigDecimal.ZERO, BigInteger.ZERO, new UUID(0, 0), Instant.EPOCH, LocalDate.MIN, LocalTime.MIDNIGHT,
        LocalDateTime.MAX, OffsetDateTime.MIN, Duration.ZERO,
        Size.SMALL, List.of(), Set.of(), Map.of(), List.of(), Map.of(), Optional.empty(), Optional.empty(),
        null, null, null, new Item("", Size.SMALL, 0), menu, new Shape.Group("", List.of()), List.of(),
        new Tree("", List.of()));
  }
}
