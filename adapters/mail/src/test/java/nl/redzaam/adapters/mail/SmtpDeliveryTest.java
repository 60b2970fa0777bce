package nl.redzaam.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP delivery against GreenMail on loopback. */
class SmtpDeliveryTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private SmtpDelivery delivery(SmtpSettings.Security security) {
    return new SmtpDelivery(
        new SmtpSettings(
            "127.0.0.1",
            smtp.getSmtp().getPort(),
            security,
            Optional.empty(),
            Optional.empty(),
            "noreply@voorbeeldstad.example",
            "Gemeente Voorbeeldstad",
            5_000));
  }

  private static OutgoingMail mail() {
    return new OutgoingMail(
        "test/1",
        MailKind.INVITATION,
        "lisa@voorbeeldstad.example",
        "Kies uw wachtwoord – één keer",
        "Beste Lisa,\n\nTekst met é.",
        "<p>Beste Lisa,</p><p>Tekst met é.</p>");
  }

  @Test
  void utf8_subject_and_parts_arrive_intact() throws Exception {
    delivery(SmtpSettings.Security.NONE).deliver(mail());

    MimeMessage received = smtp.getReceivedMessages()[0];
    MimeMultipart parts = (MimeMultipart) received.getContent();
    assertEquals("Kies uw wachtwoord – één keer", received.getSubject());
    assertEquals(
        "Beste Lisa,\n\nTekst met é.",
        ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"));
    assertTrue(((String) parts.getBodyPart(1).getContent()).contains("Tekst met é."));
    assertEquals(mail().messageId(), received.getMessageID());
  }

  @Test
  void starttls_is_required_never_silently_skipped() {
    // GreenMail's plain SMTP offers no STARTTLS: the mail must not go out unencrypted.
    MessagingException refused =
        assertThrows(
            MessagingException.class,
            () -> delivery(SmtpSettings.Security.STARTTLS).deliver(mail()));
    assertTrue(refused.getMessage().contains("STARTTLS"), refused.getMessage());
    assertEquals(0, smtp.getReceivedMessages().length);
  }
}
