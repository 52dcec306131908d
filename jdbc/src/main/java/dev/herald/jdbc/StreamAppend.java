package dev.herald.jdbc;

import dev.herald.runtime.spi.CommittingEvents;
import dev.herald.runtime.spi.EventEnvelope;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What an event store adds to an outbox write: which events are appended to an event-sourced
 * stream, what it writes after the rows (snapshots), and what a write the database refused means.
 * {@link #NONE} is a plain outbox write.
 */
interface StreamAppend {

  /** No event is appended to a stream. */
  StreamAppend NONE = new StreamAppend() {};

  /**
   * Checks the committing events before anything is written.
   *
   * @throws IllegalArgumentException or IllegalStateException naming what is wrong
   */
  default void check(CommittingEvents events) {}

  /** The event's sequence in its event-sourced stream, or null when it is not appended to one. */
  default Long streamSequence(EventEnvelope event) {
    return null;
  }

  /** Runs after the rows were written, in the same transaction. */
  default void afterRows(Connection connection) throws SQLException {}

  /**
   * What to throw for a write the database refused, once it is rolled back; null to throw the
   * failure itself.
   */
  default RuntimeException explain(SQLException failure) {
    return null;
  }
}
