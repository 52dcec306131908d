package com.mariopizzeria.notifications;

/** The mail server did not take the e-mail; a later attempt may succeed. */
public final class MailServerDownException extends Exception {

  private static final long serialVersionUID = 1L;

  public MailServerDownException(String message) {
    super(message);
  }
}
