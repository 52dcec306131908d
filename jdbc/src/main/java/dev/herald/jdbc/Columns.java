package dev.herald.jdbc;

import dev.herald.jdbc.schema.Dialect;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.JsonLimits;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Binds and reads ids, instants and payloads the same way on every driver: natively where the
 * database has the types, as text on SQLite, which has neither {@code UUID} nor time zones.
 */
final class Columns {

  /**
   * Fixed width, so that text comparison orders instants as time does ({@code claimed_until <= ?}).
   */
  private static final DateTimeFormatter SQLITE_INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final boolean asText;

  Columns(Dialect dialect) {
    this.asText = dialect == Dialect.SQLITE;
  }

  void setUuid(PreparedStatement statement, int index, UUID id) throws SQLException {
    if (asText) {
      statement.setString(index, id.toString());
    } else {
      statement.setObject(index, id);
    }
  }

  /**
   * An id as stored.
   *
   * @throws EventDecodingException when a text id is not a UUID (a corrupted row)
   */
  UUID getUuid(ResultSet rows, String column) throws SQLException {
    if (!asText) {
      return rows.getObject(column, UUID.class);
    }
    String text = rows.getString(column);
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new EventDecodingException(
          "Stored " + column + " is not a UUID: " + JsonLimits.quote(text) + " (corrupted row?)",
          e);
    }
  }

  /** The id exactly as stored, to address a row whose id does not parse. */
  Object rawKey(ResultSet rows, String column) throws SQLException {
    return asText ? rows.getString(column) : rows.getObject(column);
  }

  void setRawKey(PreparedStatement statement, int index, Object key) throws SQLException {
    statement.setObject(index, key);
  }

  void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
    if (instant == null) {
      statement.setObject(index, null);
    } else if (asText) {
      statement.setString(index, SQLITE_INSTANT.format(instant));
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }

  /**
   * An instant as stored, or null.
   *
   * @throws EventDecodingException when a text instant does not parse (a corrupted row)
   */
  Instant getInstant(ResultSet rows, String column) throws SQLException {
    if (!asText) {
      OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    }
    String text = rows.getString(column);
    if (text == null) {
      return null;
    }
    try {
      return Instant.from(SQLITE_INSTANT.parse(text));
    } catch (DateTimeParseException e) {
      throw new EventDecodingException(
          "Stored "
              + column
              + " is not an instant: "
              + JsonLimits.quote(text)
              + " (corrupted row?)",
          e);
    }
  }

  /**
   * A payload as stored. SQLite keeps whatever bytes were written into a text column and its driver
   * replaces invalid UTF-8 silently, which would decode a corrupted payload as another one; so the
   * bytes are decoded strictly here.
   *
   * @throws EventDecodingException when the stored text is not valid UTF-8
   */
  String getPayload(ResultSet rows, String column) throws SQLException {
    if (!asText) {
      return rows.getString(column);
    }
    byte[] bytes = rows.getBytes(column);
    if (bytes == null) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new EventDecodingException(
          "Stored " + column + " is not valid UTF-8 (" + bytes.length + " bytes)", e);
    }
  }
}
