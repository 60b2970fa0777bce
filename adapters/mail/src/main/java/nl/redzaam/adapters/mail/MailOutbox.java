package nl.redzaam.adapters.mail;

import java.time.Instant;

/** Where mails wait to be sent. Recording joins the caller's transaction. */
public interface MailOutbox {

  /**
   * Records the mail to be sent from {@code now} on; a mail with the same idempotency key recorded
   * earlier is kept and this one ignored.
   */
  void record(OutgoingMail mail, Instant now);
}
