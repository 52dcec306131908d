package dev.herald.jdbc;

/**
 * An append to an event-sourced stream lost the race: another append committed since the aggregate
 * was loaded, so the stream is no longer at the version the command decided on. Nothing of the unit
 * of work was written; load the aggregate again and retry the command.
 */
public final class ConcurrentAppendException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** {@link #actualVersion()} when it could not be read. */
  public static final long UNKNOWN = -1;

  private final String aggregateType;
  private final String aggregateId;
  private final long expectedVersion;
  private final long actualVersion;

  ConcurrentAppendException(
      String aggregateType,
      String aggregateId,
      long expectedVersion,
      long actualVersion,
      Throwable cause) {
    super(message(aggregateType, aggregateId, expectedVersion, actualVersion), cause);
    this.aggregateType = aggregateType;
    this.aggregateId = aggregateId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  private static String message(String type, String id, long expected, long actual) {
    return "Concurrent append to "
        + type
        + " "
        + id
        + ": it was loaded at version "
        + expected
        + (actual == UNKNOWN
            ? ", and another append committed since"
            : ", but its stream is at version " + actual)
        + "; nothing was written. Load it again and retry the command";
  }

  /** The aggregate type of the stream. */
  public String aggregateType() {
    return aggregateType;
  }

  /** The aggregate id of the stream. */
  public String aggregateId() {
    return aggregateId;
  }

  /** The version the aggregate was loaded at, which the append expected the stream to be at. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version the stream was at when the append was refused, or {@link #UNKNOWN}. */
  public long actualVersion() {
    return actualVersion;
  }
}
