package com.mariopizzeria.notifications;

/** Puts an e-mail on the wire; the notifications do not care how. */
public interface EmailSender {

  /**
   * Sends the e-mail.
   *
   * @throws MailServerDownException when it could not be sent now; the bus retries the delivery
   */
  void send(Email email) throws MailServerDownException;
}
