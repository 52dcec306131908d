package shop;

import dev.herald.IntegrationEvent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@IntegrationEvent(type = "shop.everything.sample", version = 2, source = "shop/tests")
public record Everything(
    boolean flag, byte b, short s, int i, long l, float f, double d, char c,
    Boolean boxedFlag, Byte boxedByte, Short boxedShort, Integer boxedInt, Long boxedLong, Float boxedFloat,
    Double boxedDouble, Character boxedChar,
    String text, BigDecimal decimal, BigInteger bigInteger, UUID id, Instant at, LocalDate date,
    LocalTime time, LocalDateTime dateTime, OffsetDateTime offsetDateTime, Duration duration,
    Size size, List<String> tags, Set<Size> sizes, Map<String, Integer> counts, List<List<Long>> matrix,
    Map<String, List<Item>> itemsByName, Optional<String> note, Optional<Item> maybeItem,
    @Nullable String comment, @Nullable Item nullableItem, @typeuse.Nullable Integer nullableCount,
    Item item, Menu menu, Shape shape, List<Shape> shapes, Tree tree) {}
