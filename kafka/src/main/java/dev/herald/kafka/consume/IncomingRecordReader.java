package dev.herald.kafka.consume;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.kafka.CloudEventNames;
import dev.herald.kafka.IntegrationEventCatalog;
import dev.herald.kafka.TraceContext;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.spi.EventEnvelope;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Checks one Kafka record against the CloudEvents 1.0 Kafka binding (binary or structured JSON
 * mode) and this service's integration event contracts, and decodes it with the generated codec;
 * anything else is a {@link Rejection} that names what is wrong.
 *
 * <p>Written by hand rather than through the SDK's reader so that each fault gets its own reason,
 * and so that nothing is instantiated from the message but a record the codec knows.
 */
public final class IncomingRecordReader {

  private static final String CONTENT_TYPE = "content-type";
  private static final String BINARY_PREFIX = "ce_";
  private static final String STRUCTURED_JSON = "application/cloudevents+json";
  private static final List<String> REQUIRED = List.of("specversion", "id", "source", "type");

  private final IntegrationEventCatalog catalog;
  private final int maxRecordBytes;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param catalog the integration events this service accepts
   * @param maxRecordBytes the largest record accepted: key, value and headers together
   */
  public IncomingRecordReader(IntegrationEventCatalog catalog, int maxRecordBytes) {
    this.catalog = catalog;
    if (maxRecordBytes < 1) {
      throw new IllegalArgumentException("maxRecordBytes must be positive, was " + maxRecordBytes);
    }
    this.maxRecordBytes = maxRecordBytes;
  }

  /**
   * Reads the record.
   *
   * @throws Rejection when it is not a CloudEvent this service accepts
   */
  public ReceivedEvent read(ConsumerRecord<byte[], byte[]> record) throws Rejection {
    int size = sizeOf(record);
    if (size > maxRecordBytes) {
      throw new Rejection(
          RejectionReason.OVERSIZED,
          "the record has " + size + " bytes, more than the limit of " + maxRecordBytes);
    }
    String contentType = header(record, CONTENT_TYPE);
    Attributes attributes =
        contentType != null && mediaType(contentType).startsWith("application/cloudevents")
            ? structured(record, contentType)
            : binary(record, contentType);
    return decode(record, attributes);
  }

  private Attributes binary(ConsumerRecord<byte[], byte[]> record, String contentType)
      throws Rejection {
    Attributes a = new Attributes();
    a.specversion = header(record, BINARY_PREFIX + "specversion");
    a.id = header(record, BINARY_PREFIX + "id");
    a.source = header(record, BINARY_PREFIX + "source");
    a.type = header(record, BINARY_PREFIX + "type");
    requirePresent(a);
    a.subject = header(record, BINARY_PREFIX + "subject");
    a.time = header(record, BINARY_PREFIX + "time");
    a.traceparent = header(record, BINARY_PREFIX + CloudEventNames.TRACEPARENT);
    a.sequence = header(record, BINARY_PREFIX + CloudEventNames.SEQUENCE);
    a.aggregateType = header(record, BINARY_PREFIX + CloudEventNames.AGGREGATE_TYPE);
    a.dataContentType = contentType;
    a.data = record.value();
    return a;
  }

  private Attributes structured(ConsumerRecord<byte[], byte[]> record, String contentType)
      throws Rejection {
    if (!mediaType(contentType).equals(STRUCTURED_JSON)) {
      throw new Rejection(
          RejectionReason.UNSUPPORTED_CONTENT_TYPE,
          "structured content type '"
              + contentType
              + "' is not supported; Herald reads "
              + STRUCTURED_JSON);
    }
    JsonNode root;
    try {
      root = record.value() == null ? null : json.readTree(record.value());
    } catch (IOException e) {
      throw new Rejection(
          RejectionReason.BAD_JSON, "the structured CloudEvent is not JSON: " + firstLine(e));
    }
    if (root == null || !root.isObject()) {
      throw new Rejection(
          RejectionReason.BAD_JSON, "the structured CloudEvent is not a JSON object");
    }
    Attributes a = new Attributes();
    a.specversion = text(root, "specversion");
    a.id = text(root, "id");
    a.source = text(root, "source");
    a.type = text(root, "type");
    requirePresent(a);
    a.subject = text(root, "subject");
    a.time = text(root, "time");
    a.traceparent = text(root, CloudEventNames.TRACEPARENT);
    a.sequence = text(root, CloudEventNames.SEQUENCE);
    a.aggregateType = text(root, CloudEventNames.AGGREGATE_TYPE);
    a.dataContentType = text(root, "datacontenttype");
    try {
      if (root.hasNonNull("data_base64")) {
        a.data = Base64.getDecoder().decode(root.get("data_base64").asText());
      } else if (root.has("data")) {
        a.data = json.writeValueAsBytes(root.get("data"));
      }
    } catch (IllegalArgumentException | JsonProcessingException e) {
      throw new Rejection(
          RejectionReason.BAD_JSON, "the CloudEvent's data cannot be read: " + firstLine(e));
    }
    return a;
  }

  private ReceivedEvent decode(ConsumerRecord<byte[], byte[]> record, Attributes a)
      throws Rejection {
    if (!"1.0".equals(a.specversion)) {
      throw new Rejection(
          RejectionReason.UNSUPPORTED_SPEC_VERSION,
          "specversion '" + a.specversion + "' is not supported; Herald reads CloudEvents 1.0");
    }
    if (a.dataContentType != null && !isJson(a.dataContentType)) {
      throw new Rejection(
          RejectionReason.UNSUPPORTED_CONTENT_TYPE,
          "data content type '"
              + a.dataContentType
              + "' is not JSON; Herald reads "
              + CloudEventNames.JSON);
    }
    try {
      URI.create(a.source);
    } catch (IllegalArgumentException e) {
      throw new Rejection(
          RejectionReason.INVALID_ATTRIBUTE, "source '" + a.source + "' is not a URI reference");
    }
    Instant occurredAt =
        a.time == null ? Instant.ofEpochMilli(record.timestamp()) : parseTime(a.time);
    long sequence = a.sequence == null ? 0 : parseSequence(a.sequence);
    IntegrationEventCatalog.Entry entry = entryOf(a.type);
    String data = utf8Json(a.data);
    Object event;
    try {
      event = entry.codec().decode(a.type, data);
    } catch (EventDecodingException e) {
      throw new Rejection(
          RejectionReason.PAYLOAD_MISMATCH,
          "the data does not fit " + a.type + ": " + e.getMessage());
    } catch (RuntimeException e) {
      throw new Rejection(
          RejectionReason.PAYLOAD_MISMATCH,
          "the codec failed on the data of "
              + a.type
              + ": "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage());
    }
    EventEnvelope envelope =
        new EventEnvelope(eventId(a), a.aggregateType, a.subject, sequence, occurredAt, event);
    String traceparent = TraceContext.isValid(a.traceparent) ? a.traceparent : null;
    return new ReceivedEvent(
        envelope,
        entry.type(),
        a.source,
        a.id,
        traceparent,
        record.topic(),
        record.partition(),
        record.offset());
  }

  private IntegrationEventCatalog.Entry entryOf(String type) throws Rejection {
    IntegrationEventCatalog.Entry entry = catalog.forCloudEventType(type);
    if (entry != null) {
      return entry;
    }
    int suffix = type.lastIndexOf(".v");
    if (suffix > 0) {
      Set<Integer> known = catalog.versionsOf(type.substring(0, suffix));
      if (!known.isEmpty()) {
        throw new Rejection(
            RejectionReason.UNKNOWN_VERSION,
            "type '"
                + type
                + "' is not known in this version; "
                + "this service knows versions "
                + known
                + " of "
                + type.substring(0, suffix));
      }
    }
    throw new Rejection(
        RejectionReason.UNKNOWN_TYPE,
        "no integration event of this service has type '" + type + "'");
  }

  private String utf8Json(byte[] data) throws Rejection {
    if (data == null || data.length == 0) {
      throw new Rejection(RejectionReason.BAD_JSON, "the event has no data");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(data)).toString();
    } catch (CharacterCodingException e) {
      throw new Rejection(RejectionReason.BAD_JSON, "the data is not UTF-8 text");
    }
    // Well-formedness first, so broken JSON is told apart from JSON that does not fit the record.
    try (JsonParser parser = json.getFactory().createParser(text)) {
      while (parser.nextToken() != null) {
        // reading every token is the check
      }
    } catch (IOException e) {
      throw new Rejection(RejectionReason.BAD_JSON, "the data is not JSON: " + firstLine(e));
    }
    return text;
  }

  private static Instant parseTime(String time) throws Rejection {
    try {
      return OffsetDateTime.parse(time).toInstant();
    } catch (DateTimeParseException e) {
      throw new Rejection(
          RejectionReason.INVALID_ATTRIBUTE, "time '" + time + "' is not an RFC 3339 timestamp");
    }
  }

  private static long parseSequence(String sequence) throws Rejection {
    try {
      long value = Long.parseLong(sequence);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new Rejection(
        RejectionReason.INVALID_ATTRIBUTE,
        CloudEventNames.SEQUENCE + " '" + sequence + "' is not a non-negative integer");
  }

  private static UUID eventId(Attributes a) {
    try {
      return UUID.fromString(a.id);
    } catch (IllegalArgumentException notAUuid) {
      // Other publishers' ids need not be UUIDs; a name-based one keeps redeliveries equal.
      return UUID.nameUUIDFromBytes((a.source + '\n' + a.id).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void requirePresent(Attributes a) throws Rejection {
    List<String> missing = new ArrayList<>();
    String[] values = {a.specversion, a.id, a.source, a.type};
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null || values[i].isEmpty()) {
        missing.add(REQUIRED.get(i));
      }
    }
    if (!missing.isEmpty()) {
      throw new Rejection(
          RejectionReason.MISSING_ATTRIBUTE,
          "required attribute(s) missing: " + String.join(", ", missing));
    }
  }

  private static boolean isJson(String contentType) {
    String media = mediaType(contentType);
    return media.equals(CloudEventNames.JSON) || media.endsWith("+json");
  }

  private static String mediaType(String contentType) {
    int parameters = contentType.indexOf(';');
    return (parameters < 0 ? contentType : contentType.substring(0, parameters))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  private static String text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static int sizeOf(ConsumerRecord<byte[], byte[]> record) {
    int size =
        (record.key() == null ? 0 : record.key().length)
            + (record.value() == null ? 0 : record.value().length);
    for (Header header : record.headers()) {
      size += header.key().length() + (header.value() == null ? 0 : header.value().length);
    }
    return size;
  }

  private static String firstLine(Exception e) {
    String message =
        e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** The attributes read from either content mode, before they are checked. */
  private static final class Attributes {
    String specversion;
    String id;
    String source;
    String type;
    String subject;
    String time;
    String traceparent;
    String sequence;
    String aggregateType;
    String dataContentType;
    byte[] data;
  }
}
