package dev.herald.kafka.consume;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.herald.kafka.CloudEventNames;
import dev.herald.kafka.IntegrationEventCatalog;
import dev.herald.kafka.TraceContext;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.JsonLimits;
import dev.herald.runtime.spi.EventEnvelope;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Checks one Kafka record against the CloudEvents 1.0 Kafka binding (binary or structured JSON
 * mode) and this service's integration event contracts, and decodes it with the generated codec;
 * anything else is a {@link Rejection} that names what is wrong.
 *
 * <p>Written by hand rather than through the SDK's reader so that each fault gets its own reason,
 * so that nothing is instantiated from the message but a record the codec knows, and so that a
 * record reads one way only: attributes given twice, text that is not valid in its charset, and
 * JSON outside {@link JsonLimits} are refused rather than resolved by a guess.
 */
public final class IncomingRecordReader {

  /**
   * The longest {@code subject} (the aggregate id) and {@code heraldaggregatetype} accepted: what
   * Herald's durable stores hold. A longer one could never be recorded, so it is refused here
   * rather than failing the sink on every attempt.
   */
  public static final int MAX_AGGREGATE_LENGTH = 255;

  private static final List<String> REQUIRED = List.of("specversion", "id", "source", "type");

  /** RFC 3339 {@code date-time}: a four-digit year, an offset, at most nanoseconds. */
  private static final Pattern RFC_3339 =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

  private static final int MAX_TIME_LENGTH = 64;
  private static final int MAX_SEQUENCE_LENGTH = 19;

  private final IntegrationEventCatalog catalog;
  private final int maxRecordBytes;

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
   * @throws Rejection when it is not a CloudEvent this service accepts; nothing else is thrown
   */
  public ReceivedEvent read(ConsumerRecord<byte[], byte[]> record) throws Rejection {
    long size = sizeOf(record);
    if (size > maxRecordBytes) {
      throw new Rejection(
          RejectionReason.OVERSIZED,
          "the record has " + size + " bytes, more than the limit of " + maxRecordBytes);
    }
    CloudEventHeaders headers = CloudEventHeaders.of(record);
    ContentType contentType = ContentType.parse(headers.contentType(), "the content-type header");
    Attributes attributes =
        contentType != null && contentType.isStructuredCloudEvent()
            ? structured(record, headers, contentType)
            : binary(record, headers, contentType);
    return decode(record, attributes);
  }

  private static Attributes binary(
      ConsumerRecord<byte[], byte[]> record, CloudEventHeaders headers, ContentType contentType)
      throws Rejection {
    Attributes attributes = new Attributes();
    headers.attributes().forEach(attributes::put);
    requirePresent(attributes);
    if (attributes.get("datacontenttype") != null) {
      throw new Rejection(
          RejectionReason.INVALID_ATTRIBUTE,
          "a binary-mode record states its data content type in the content-type header, not in"
              + " ce_datacontenttype");
    }
    attributes.dataContentType(contentType);
    attributes.dataBytes(record.value());
    return attributes;
  }

  private static Attributes structured(
      ConsumerRecord<byte[], byte[]> record, CloudEventHeaders headers, ContentType contentType)
      throws Rejection {
    if (!contentType.mediaType().equals(ContentType.STRUCTURED_JSON)) {
      throw new Rejection(
          RejectionReason.UNSUPPORTED_CONTENT_TYPE,
          "structured content type '"
              + JsonLimits.quote(contentType.text())
              + "' is not supported; Herald reads "
              + ContentType.STRUCTURED_JSON);
    }
    if (record.value() == null) {
      throw new Rejection(RejectionReason.BAD_JSON, "the structured CloudEvent has no value");
    }
    Attributes attributes =
        StructuredEventReader.read(
            text(record.value(), contentType.charsetOrUtf8(), "the structured CloudEvent"));
    requirePresent(attributes);
    attributes.dataContentType(
        ContentType.parse(attributes.get("datacontenttype"), "the datacontenttype attribute"));
    // Headers a binary reader would see must not tell another story than the event itself.
    for (Map.Entry<String, String> header : headers.attributes().entrySet()) {
      String inEvent = attributes.get(header.getKey());
      if (!header.getValue().equals(inEvent)) {
        throw new Rejection(
            RejectionReason.INVALID_ATTRIBUTE,
            "header "
                + CloudEventHeaders.PREFIX
                + JsonLimits.quote(header.getKey())
                + " is '"
                + JsonLimits.quote(header.getValue())
                + "' but the structured CloudEvent says "
                + (inEvent == null ? "nothing" : "'" + JsonLimits.quote(inEvent) + "'"));
      }
    }
    return attributes;
  }

  private ReceivedEvent decode(ConsumerRecord<byte[], byte[]> record, Attributes a)
      throws Rejection {
    String specversion = a.get("specversion");
    if (!"1.0".equals(specversion)) {
      throw new Rejection(
          RejectionReason.UNSUPPORTED_SPEC_VERSION,
          "specversion '"
              + JsonLimits.quote(specversion)
              + "' is not supported; Herald reads CloudEvents 1.0");
    }
    ContentType dataContentType = a.dataContentType();
    if (dataContentType != null && !dataContentType.isJson()) {
      throw new Rejection(
          RejectionReason.UNSUPPORTED_CONTENT_TYPE,
          "data content type '"
              + JsonLimits.quote(dataContentType.text())
              + "' is not JSON; Herald reads "
              + CloudEventNames.JSON);
    }
    String source = a.get("source");
    try {
      // Also keeps control characters out of the source, so source + '\n' + id is unambiguous.
      URI.create(source);
    } catch (IllegalArgumentException e) {
      throw invalid("source '" + JsonLimits.quote(source) + "' is not a URI reference");
    }
    String time = a.get("time");
    Instant occurredAt = time == null ? Instant.ofEpochMilli(record.timestamp()) : parseTime(time);
    String sequenceText = a.get(CloudEventNames.SEQUENCE);
    long sequence = sequenceText == null ? 0 : parseSequence(sequenceText);
    String subject = bounded(a, "subject");
    String aggregateType = bounded(a, CloudEventNames.AGGREGATE_TYPE);
    String type = a.get("type");
    IntegrationEventCatalog.Entry entry = entryOf(type);
    String data = dataText(a, dataContentType);
    Object event;
    try {
      event = entry.codec().decode(type, data);
    } catch (EventDecodingException e) {
      throw new Rejection(
          RejectionReason.PAYLOAD_MISMATCH,
          "the data does not fit " + type + ": " + JsonLimits.quote(e.getMessage()));
    } catch (RuntimeException e) {
      throw new Rejection(
          RejectionReason.PAYLOAD_MISMATCH,
          "the codec failed on the data of "
              + type
              + ": "
              + e.getClass().getSimpleName()
              + ": "
              + JsonLimits.quote(e.getMessage()));
    }
    String id = a.get("id");
    String traceparent = a.get(CloudEventNames.TRACEPARENT);
    traceparent = TraceContext.isValid(traceparent) ? traceparent : null;
    // The envelope carries the sender's trace, so that the handlers' deliveries continue it.
    EventEnvelope envelope =
        new EventEnvelope(
            eventId(source, id), aggregateType, subject, sequence, occurredAt, event, traceparent);
    return new ReceivedEvent(
        envelope,
        entry.type(),
        source,
        id,
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
    if (suffix > 0 && isVersion(type, suffix + 2)) {
      Set<Integer> known = catalog.versionsOf(type.substring(0, suffix));
      if (!known.isEmpty()) {
        throw new Rejection(
            RejectionReason.UNKNOWN_VERSION,
            "type '"
                + JsonLimits.quote(type)
                + "' is not known in this version; this service knows versions "
                + known
                + " of "
                + type.substring(0, suffix));
      }
    }
    throw new Rejection(
        RejectionReason.UNKNOWN_TYPE,
        "no integration event of this service has type '" + JsonLimits.quote(type) + "'");
  }

  private static boolean isVersion(String type, int from) {
    if (from >= type.length()) {
      return false;
    }
    for (int i = from; i < type.length(); i++) {
      if (type.charAt(i) < '0' || type.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The data as JSON text: checked here unless the structured reader already parsed it. */
  private static String dataText(Attributes a, ContentType dataContentType) throws Rejection {
    if (a.dataText() != null) {
      return a.dataText();
    }
    byte[] data = a.dataBytes();
    if (data == null || data.length == 0) {
      throw new Rejection(RejectionReason.BAD_JSON, "the event has no data");
    }
    Charset charset =
        dataContentType == null ? StandardCharsets.UTF_8 : dataContentType.charsetOrUtf8();
    String text = text(data, charset, "the data");
    // Well-formedness first, so broken JSON is told apart from JSON that does not fit the record,
    // under the limits and duplicate rule the generated codecs apply.
    try (JsonParser parser = JsonLimits.factory().createParser(text)) {
      while (parser.nextToken() != null) {
        // reading every token is the check
      }
    } catch (StreamConstraintsException e) {
      throw new Rejection(
          RejectionReason.BAD_JSON,
          "the data exceeds a JSON limit: " + StructuredEventReader.message(e));
    } catch (JsonProcessingException e) {
      throw new Rejection(
          RejectionReason.BAD_JSON, "the data is not JSON: " + StructuredEventReader.message(e));
    } catch (IOException e) {
      throw new Rejection(RejectionReason.BAD_JSON, "reading the data failed");
    }
    return text;
  }

  private static String text(byte[] bytes, Charset charset, String what) throws Rejection {
    try {
      return StrictText.decode(bytes, charset);
    } catch (CharacterCodingException e) {
      throw new Rejection(
          RejectionReason.BAD_JSON,
          what
              + " is not valid "
              + charset.name()
              + " text ("
              + StrictText.firstInvalid(bytes, charset)
              + ")");
    }
  }

  private static Instant parseTime(String time) throws Rejection {
    if (time.length() <= MAX_TIME_LENGTH && RFC_3339.matcher(time).matches()) {
      try {
        return OffsetDateTime.parse(time).toInstant();
      } catch (DateTimeParseException e) {
        // reported below: a date that does not exist, such as February 30
      }
    }
    throw invalid("time '" + JsonLimits.quote(time) + "' is not an RFC 3339 timestamp");
  }

  private static long parseSequence(String sequence) throws Rejection {
    if (sequence.length() <= MAX_SEQUENCE_LENGTH) {
      try {
        long value = Long.parseLong(sequence);
        if (value >= 0 && sequence.charAt(0) != '+') {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw invalid(
        CloudEventNames.SEQUENCE
            + " '"
            + JsonLimits.quote(sequence)
            + "' is not a non-negative integer");
  }

  private static String bounded(Attributes a, String name) throws Rejection {
    String value = a.get(name);
    if (value != null && value.length() > MAX_AGGREGATE_LENGTH) {
      throw invalid(
          name
              + " has "
              + value.length()
              + " characters, more than "
              + MAX_AGGREGATE_LENGTH
              + ": '"
              + JsonLimits.quote(value)
              + "'");
    }
    return value;
  }

  /**
   * The event id: the CloudEvents {@code id} when it is a UUID in canonical form, else a name-based
   * UUID of source and id. Only the canonical form is taken as it is, since {@link UUID#fromString}
   * also reads other spellings ({@code 1-1-1-1-1}, upper case) that would merge distinct ids.
   */
  private static UUID eventId(String source, String id) {
    if (id.length() == 36) {
      try {
        UUID uuid = UUID.fromString(id);
        if (uuid.toString().equals(id)) {
          return uuid;
        }
      } catch (IllegalArgumentException notAUuid) {
        // a name-based one below
      }
    }
    return UUID.nameUUIDFromBytes((source + '\n' + id).getBytes(StandardCharsets.UTF_8));
  }

  private static void requirePresent(Attributes a) throws Rejection {
    List<String> missing = new ArrayList<>();
    for (String name : REQUIRED) {
      String value = a.get(name);
      if (value == null || value.isEmpty()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new Rejection(
          RejectionReason.MISSING_ATTRIBUTE,
          "required attribute(s) missing: " + String.join(", ", missing));
    }
  }

  private static Rejection invalid(String detail) {
    return new Rejection(RejectionReason.INVALID_ATTRIBUTE, detail);
  }

  private static long sizeOf(ConsumerRecord<byte[], byte[]> record) {
    long size =
        (record.key() == null ? 0 : record.key().length)
            + (record.value() == null ? 0 : record.value().length);
    for (Header header : record.headers()) {
      size += header.key().length() + (header.value() == null ? 0 : header.value().length);
    }
    return size;
  }
}
