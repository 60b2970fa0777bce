package nl.redzaam.adapters.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Delivers over SMTP with Jakarta Mail: one connection per mail, plain text and HTML parts. */
public final class SmtpDelivery implements MailDelivery {

  private final SmtpSettings settings;
  private final Session session;

  public SmtpDelivery(SmtpSettings settings) {
    this.settings = settings;
    this.session = Session.getInstance(settings.sessionProperties());
  }

  @Override
  public void deliver(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
    MimeMessage message = new FixedIdMessage(session, mail.messageId());
    message.setFrom(
        new InternetAddress(
            settings.fromAddress(), settings.fromName(), StandardCharsets.UTF_8.name()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    if (mail.listUnsubscribe() != null) {
      // RFC 2369 and RFC 8058: mail programs offer a button that turns these mails off at once.
      message.setHeader("List-Unsubscribe", "<" + mail.listUnsubscribe() + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.textBody(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.htmlBody(), StandardCharsets.UTF_8.name(), "html");
    // The last part is the preferred one: clients that show HTML take it, others the text.
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.saveChanges();
    if (settings.user().isPresent()) {
      Transport.send(message, settings.user().get(), settings.password().orElse(""));
    } else {
      Transport.send(message);
    }
  }

  /** Keeps the Message-ID derived from the idempotency key instead of a fresh random one. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
