package com.mariopizzeria.notifications;

import com.mariopizzeria.Journal;
import com.mariopizzeria.PizzeriaSettings;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * "Sends" e-mails by printing them, after refusing its first {@link
 * PizzeriaSettings#emailDownAttempts()} attempts as a mail server that is down in the morning
 * would.
 */
@Singleton
public final class ConsoleEmailSender implements EmailSender {

  private final Journal journal;
  private final int downForAttempts;
  private final List<Email> sent = new ArrayList<>();
  private int attempts;

  @Inject
  public ConsoleEmailSender(Journal journal, PizzeriaSettings settings) {
    this.journal = journal;
    this.downForAttempts = settings.emailDownAttempts();
  }

  @Override
  public synchronized void send(Email email) throws MailServerDownException {
    attempts++;
    if (attempts <= downForAttempts) {
      journal.say(
          "e-mail",
          "mail server down, could not send \""
              + email.subject()
              + "\" (attempt "
              + attempts
              + " of the day)");
      throw new MailServerDownException(
          "mail server down (attempt " + attempts + " of " + downForAttempts + " refused)");
    }
    sent.add(email);
    journal.say("e-mail", "to " + email.to() + ": " + email.subject());
  }

  /** The e-mails sent, in order. */
  public synchronized List<Email> sent() {
    return List.copyOf(sent);
  }

  /** How many attempts the mail server refuses in the morning. */
  public int attemptsRefused() {
    return downForAttempts;
  }

  /** Every attempt, refused or not. */
  public synchronized int attempts() {
    return attempts;
  }
}
