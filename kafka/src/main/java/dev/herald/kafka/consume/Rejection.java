package dev.herald.kafka.consume;

import java.util.Objects;

/**
 * A received record that cannot be delivered, with the reason and the detail that names what was
 * wrong; thrown inside the reader and turned into a dead-letter record.
 *
 * <p>The detail quotes offending values through {@code JsonLimits.quote}; it is also cut to {@link
 * #MAX_DETAIL_LENGTH} characters here, so that no input can make a log line or a dead-letter header
 * large.
 */
public final class Rejection extends Exception {

  /** The most characters a detail keeps. */
  public static final int MAX_DETAIL_LENGTH = 1_000;

  private static final long serialVersionUID = 1L;

  private final RejectionReason reason;

  Rejection(RejectionReason reason, String detail) {
    super(bounded(Objects.requireNonNull(detail, "detail")), null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The reason code. */
  public RejectionReason reason() {
    return reason;
  }

  /** What was wrong, in words; at most {@link #MAX_DETAIL_LENGTH} characters. */
  public String detail() {
    return getMessage();
  }

  private static String bounded(String detail) {
    if (detail.length() <= MAX_DETAIL_LENGTH) {
      return detail;
    }
    int end = MAX_DETAIL_LENGTH - 1;
    // Never cut a surrogate pair in two: the detail travels as UTF-8.
    if (Character.isHighSurrogate(detail.charAt(end - 1))) {
      end--;
    }
    return detail.substring(0, end) + "…";
  }
}
