package dev.herald.jdbc;

/** A database operation of the outbox, relay or inbox failed; the message names the operation. */
public class OutboxStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OutboxStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
