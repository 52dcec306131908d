package dev.herald.runtime;

/**
 * The commit step failed in a way that leaves its outcome unknown, such as a lost connection during
 * {@code COMMIT}: the transaction may have committed or not. Nothing was delivered by this call; if
 * the transaction did commit, a durable store delivers its events later, once. Reload the
 * aggregates before trying the operation again.
 */
public class CommitOutcomeUnknownException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CommitOutcomeUnknownException(String message, Throwable cause) {
    super(message, cause);
  }
}
