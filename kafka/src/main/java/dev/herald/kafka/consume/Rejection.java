package dev.herald.kafka.consume;

import java.util.Objects;

/**
 * A received record that cannot be delivered, with the reason and the detail that names what was
 * wrong; thrown inside the reader and turned into a dead-letter record.
 */
public final class Rejection extends Exception {

  private static final long serialVersionUID = 1L;

  private final RejectionReason reason;

  Rejection(RejectionReason reason, String detail) {
    super(Objects.requireNonNull(detail, "detail"), null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The reason code. */
  public RejectionReason reason() {
    return reason;
  }

  /** What was wrong, in words. */
  public String detail() {
    return getMessage();
  }
}
