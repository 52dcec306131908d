package dev.herald.jdbc;

import java.sql.SQLException;

/**
 * {@code COMMIT} itself failed, so the transaction may or may not have committed (the connection
 * broke while the database was committing, say); callers that report a commit's outcome say so.
 */
final class UncertainCommitException extends SQLException {

  private static final long serialVersionUID = 1L;

  UncertainCommitException(SQLException cause) {
    super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
  }

  /**
   * Whether the database said it rolled back (an integrity violation or a serialization failure
   * found at commit): then the outcome is known after all.
   */
  boolean rolledBack() {
    String state = getSQLState();
    return state != null && (state.startsWith("23") || state.startsWith("40"));
  }
}
