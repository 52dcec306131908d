package dev.herald.runtime;

/**
 * A unit of work did not commit because an IMMEDIATE handler or the commit step threw a checked
 * exception (unchecked ones propagate unchanged); nothing was published.
 */
public class CommitFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CommitFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
