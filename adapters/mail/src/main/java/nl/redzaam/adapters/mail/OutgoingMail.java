package nl.redzaam.adapters.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One mail to send, with both a plain-text and an HTML part.
 *
 * @param idempotencyKey names the cause (for example the invitation of one person at one moment);
 *     recording the same key twice keeps one mail, and the Message-ID is derived from it
 * @param listUnsubscribe for optional mails, the link that turns them off without logging in (sent
 *     as the List-Unsubscribe header, one-click after RFC 8058); null for other mails
 */
public record OutgoingMail(
    String idempotencyKey,
    MailKind kind,
    String recipient,
    String subject,
    String textBody,
    String htmlBody,
    String listUnsubscribe) {

  /** A mail without an unsubscribe link (one the recipient cannot turn off). */
  public OutgoingMail(
      String idempotencyKey,
      MailKind kind,
      String recipient,
      String subject,
      String textBody,
      String htmlBody) {
    this(idempotencyKey, kind, recipient, subject, textBody, htmlBody, null);
  }

  public OutgoingMail {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(textBody, "textBody");
    Objects.requireNonNull(htmlBody, "htmlBody");
    if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
      throw new IllegalArgumentException("An idempotency key has 1 to 200 characters");
    }
  }

  /**
   * The Message-ID header: the same for every attempt at this mail, so that a mail sent twice (the
   * process died between the SMTP server's acceptance and the commit) can be recognised as one by
   * mail servers and clients that deduplicate.
   */
  public String messageId() {
    return messageIdOf(idempotencyKey);
  }

  static String messageIdOf(String idempotencyKey) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(hash, 0, 20) + "@mail.redzaam>";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Without the bodies, which may hold a single-use link. */
  @Override
  public String toString() {
    return "OutgoingMail[" + kind + " " + idempotencyKey + "]";
  }
}
