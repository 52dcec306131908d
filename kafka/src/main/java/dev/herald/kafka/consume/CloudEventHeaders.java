package dev.herald.kafka.consume;

import dev.herald.runtime.generated.JsonLimits;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The CloudEvents headers of one record, read so that a record can be read only one way: each
 * {@code ce_*} header and {@code content-type} may appear once, and its value must be UTF-8.
 *
 * <p>Kafka allows a header name any number of times, and a lossy decoder turns every invalid byte
 * into U+FFFD; either would let two readers, or two records, disagree about what an event is.
 */
final class CloudEventHeaders {

  /** The prefix of binary-mode attribute headers. */
  static final String PREFIX = "ce_";

  /** The header holding the content type (binary mode: the data's; structured: the event's). */
  static final String CONTENT_TYPE = "content-type";

  private final Map<String, String> attributes;
  private final String contentType;

  private CloudEventHeaders(Map<String, String> attributes, String contentType) {
    this.attributes = attributes;
    this.contentType = contentType;
  }

  /**
   * Reads the record's headers.
   *
   * @throws Rejection {@code invalid-attribute} when such a header is repeated or not UTF-8
   */
  static CloudEventHeaders of(ConsumerRecord<?, ?> record) throws Rejection {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      if (isCloudEventHeader(header.key())) {
        counts.merge(header.key(), 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      if (count.getValue() > 1) {
        throw new Rejection(
            RejectionReason.INVALID_ATTRIBUTE,
            "header "
                + JsonLimits.quote(count.getKey())
                + " appears "
                + count.getValue()
                + " times; a CloudEvents attribute is given once");
      }
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    String contentType = null;
    for (Header header : record.headers()) {
      String name = header.key();
      if (!isCloudEventHeader(name) || header.value() == null) {
        continue;
      }
      String value = utf8(name, header.value());
      if (name.equals(CONTENT_TYPE)) {
        contentType = value;
      } else {
        attributes.put(name.substring(PREFIX.length()), value);
      }
    }
    return new CloudEventHeaders(attributes, contentType);
  }

  /** The {@code ce_*} attributes by name without the prefix, in header order. */
  Map<String, String> attributes() {
    return attributes;
  }

  /** The {@code content-type} header, or {@code null}. */
  String contentType() {
    return contentType;
  }

  private static boolean isCloudEventHeader(String name) {
    return name.startsWith(PREFIX) || name.equals(CONTENT_TYPE);
  }

  private static String utf8(String name, byte[] value) throws Rejection {
    try {
      return StrictText.decode(value, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new Rejection(
          RejectionReason.INVALID_ATTRIBUTE,
          "header "
              + JsonLimits.quote(name)
              + " is not valid UTF-8 ("
              + StrictText.firstInvalid(value, StandardCharsets.UTF_8)
              + ")");
    }
  }
}
