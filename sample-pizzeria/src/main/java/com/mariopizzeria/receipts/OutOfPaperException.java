package com.mariopizzeria.receipts;

/** The printer has no paper left; retrying does not help until someone refills it. */
public final class OutOfPaperException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public OutOfPaperException(String message) {
    super(message);
  }
}
