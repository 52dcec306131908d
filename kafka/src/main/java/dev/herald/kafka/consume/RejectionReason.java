package dev.herald.kafka.consume;

/**
 * Why a received record was sent to the dead-letter topic; {@link #code()} is the value of the
 * {@code herald-dlq-reason} header, stable for alerting and tooling.
 */
public enum RejectionReason {

  /** The record is larger than the consumer's configured limit. */
  OVERSIZED("oversized"),

  /** The value (structured mode) or the data is not well-formed JSON, or there is no data. */
  BAD_JSON("bad-json"),

  /**
   * One of the required attributes {@code id}, {@code source}, {@code type}, {@code specversion} is
   * missing or empty.
   */
  MISSING_ATTRIBUTE("missing-attribute"),

  /** The {@code specversion} is not {@code 1.0}. */
  UNSUPPORTED_SPEC_VERSION("unsupported-specversion"),

  /** An attribute is present but malformed, e.g. a {@code time} that is not RFC 3339. */
  INVALID_ATTRIBUTE("invalid-attribute"),

  /**
   * The content type is not JSON (data) or not {@code application/cloudevents+json} (structured).
   */
  UNSUPPORTED_CONTENT_TYPE("unsupported-content-type"),

  /** No integration event of this service has the CloudEvents type, in any version. */
  UNKNOWN_TYPE("unknown-type"),

  /** The type is known, but not in this version. */
  UNKNOWN_VERSION("unknown-version"),

  /** The data is JSON but does not fit the record (the codec rejected it). */
  PAYLOAD_MISMATCH("payload-mismatch"),

  /** Reading the record failed in an unforeseen way; the detail names the failure. */
  UNREADABLE("unreadable");

  private final String code;

  RejectionReason(String code) {
    this.code = code;
  }

  /** The header value naming this reason. */
  public String code() {
    return code;
  }
}
