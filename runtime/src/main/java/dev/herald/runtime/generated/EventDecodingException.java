package dev.herald.runtime.generated;

/** A stored or received event that cannot be turned back into its record; the message says why. */
public class EventDecodingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EventDecodingException(String message) {
    super(message);
  }

  public EventDecodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
