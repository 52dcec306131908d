package dev.herald.kafka.publish;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Encodes the per-event CloudEvents attribute values as Kafka header bytes, straight from the
 * envelope's fields, without the SDK's event object or a {@link DateTimeFormatter} on the usual
 * path.
 */
final class HeaderValues {

  private HeaderValues() {}

  /** The canonical text of a UUID, as ASCII bytes. */
  static byte[] uuid(UUID id) {
    return id.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A decimal number, as ASCII bytes. */
  static byte[] decimal(long value) {
    return Long.toString(value).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Text as UTF-8 bytes. */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The RFC 3339 text of an instant in UTC, byte for byte what {@link
   * DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes (and so what the CloudEvents SDK wrote before):
   * seconds always, the fraction only when not zero and without trailing zeros, {@code Z} as the
   * offset.
   */
  static byte[] time(Instant instant) {
    LocalDateTime t =
        LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      // Signed or wider years: rare enough to leave to the formatter, which knows their layout.
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME
          .format(t.atOffset(ZoneOffset.UTC))
          .getBytes(StandardCharsets.ISO_8859_1);
    }
    int nano = t.getNano();
    int fractionDigits = 0;
    int fraction = nano;
    if (nano != 0) {
      fractionDigits = 9;
      while (fraction % 10 == 0) {
        fraction /= 10;
        fractionDigits--;
      }
    }
    byte[] text = new byte[20 + (fractionDigits == 0 ? 0 : 1 + fractionDigits)];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, t.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, t.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, t.getHour(), 2);
    text[13] = ':';
    digits(text, 14, t.getMinute(), 2);
    text[16] = ':';
    digits(text, 17, t.getSecond(), 2);
    int end = 19;
    if (fractionDigits > 0) {
      text[end++] = '.';
      digits(text, end, fraction, fractionDigits);
      end += fractionDigits;
    }
    text[end] = 'Z';
    return text;
  }

  /** Writes {@code value} as exactly {@code width} decimal digits, zero-padded on the left. */
  private static void digits(byte[] text, int from, int value, int width) {
    for (int i = from + width - 1; i >= from; i--) {
      text[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }
}
