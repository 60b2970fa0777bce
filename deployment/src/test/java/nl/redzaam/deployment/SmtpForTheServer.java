package nl.redzaam.deployment;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) on loopback for the server under test, on the port that {@code
 * arquillian.xml} gives the server as {@code redzaam.mail.smtp.port}. Register it before {@code
 * ArquillianExtension}.
 */
public class SmtpForTheServer implements BeforeAllCallback, AfterAllCallback {

  static final int PORT = Integer.parseInt(env("REDZAAM_TEST_SMTP_PORT", "13025"));

  private static GreenMail smtp;

  @Override
  public void beforeAll(ExtensionContext context) {
    smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    smtp.stop();
  }

  /** The mails for the address, waiting up to the given time for at least one. */
  static List<MimeMessage> mailsTo(String address, Duration wait) throws Exception {
    Instant until = Instant.now().plus(wait);
    while (true) {
      List<MimeMessage> found =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> recipients(m).contains(address))
              .toList();
      if (!found.isEmpty() || Instant.now().isAfter(until)) {
        return found;
      }
      Thread.sleep(200);
    }
  }

  /** The first mail for the address with this subject, waiting up to the given time. */
  static java.util.Optional<MimeMessage> mailTo(String address, String subject, Duration wait)
      throws Exception {
    Instant until = Instant.now().plus(wait);
    while (true) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (recipients(m).contains(address) && subject.equals(m.getSubject())) {
          return java.util.Optional.of(m);
        }
      }
      if (Instant.now().isAfter(until)) {
        return java.util.Optional.empty();
      }
      Thread.sleep(200);
    }
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getAllRecipients())
          .map(Object::toString)
          .collect(Collectors.joining(","));
    } catch (Exception e) {
      return "";
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
