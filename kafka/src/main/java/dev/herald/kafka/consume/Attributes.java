package dev.herald.kafka.consume;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one record says, in either content mode, before it is checked: the CloudEvents attributes by
 * name, the data content type, and the data, as JSON text (structured mode, already parsed under
 * the JSON limits) or as bytes still to be decoded (binary mode, {@code data_base64}).
 */
final class Attributes {

  private final Map<String, String> values = new LinkedHashMap<>();
  private ContentType dataContentType;
  private String dataText;
  private byte[] dataBytes;

  /** The attribute's value, or {@code null} when it is absent. */
  String get(String name) {
    return values.get(name);
  }

  void put(String name, String value) {
    values.put(name, value);
  }

  /** Every attribute present, by name, in the order read. */
  Map<String, String> all() {
    return values;
  }

  ContentType dataContentType() {
    return dataContentType;
  }

  void dataContentType(ContentType type) {
    this.dataContentType = type;
  }

  /** The data as JSON text already checked, or {@code null} when it still is bytes (or absent). */
  String dataText() {
    return dataText;
  }

  void dataText(String text) {
    this.dataText = text;
    this.dataBytes = null;
  }

  /** The data as bytes in the data content type's charset, or {@code null}. */
  byte[] dataBytes() {
    return dataBytes;
  }

  void dataBytes(byte[] bytes) {
    this.dataBytes = bytes;
    this.dataText = null;
  }
}
