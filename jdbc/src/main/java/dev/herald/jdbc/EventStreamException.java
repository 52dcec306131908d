package dev.herald.jdbc;

/**
 * An event-sourced stream cannot be loaded: an event is missing (a gap), cannot be read (a
 * corrupted row, an unknown type or version), or its aggregate cannot apply it. The message names
 * the aggregate and the position; nothing is changed by the failed load.
 */
public final class EventStreamException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String aggregateType;
  private final String aggregateId;
  private final long position;

  EventStreamException(
      String aggregateType, String aggregateId, long position, String message, Throwable cause) {
    super(message, cause);
    this.aggregateType = aggregateType;
    this.aggregateId = aggregateId;
    this.position = position;
  }

  /** The aggregate type of the stream. */
  public String aggregateType() {
    return aggregateType;
  }

  /** The aggregate id of the stream. */
  public String aggregateId() {
    return aggregateId;
  }

  /** The sequence number (from 1) of the event that could not be loaded. */
  public long position() {
    return position;
  }
}
