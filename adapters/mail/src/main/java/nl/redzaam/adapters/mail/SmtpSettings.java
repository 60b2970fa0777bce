package nl.redzaam.adapters.mail;

import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * How to reach the SMTP server (MicroProfile Config {@code redzaam.mail.*}, see
 * docs/operations.md).
 *
 * @param security {@code starttls} (upgrade required), {@code tls} (implicit TLS, usually port 465)
 *     or {@code none} (only for a relay on the same host or in tests)
 */
public record SmtpSettings(
    String host,
    int port,
    Security security,
    Optional<String> user,
    Optional<String> password,
    String fromAddress,
    String fromName,
    int timeoutMillis) {

  public enum Security {
    STARTTLS,
    TLS,
    NONE
  }

  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(fromAddress, "fromAddress");
    Objects.requireNonNull(fromName, "fromName");
  }

  /** Jakarta Mail session properties. Timeouts are always set: the default is to wait forever. */
  Properties sessionProperties() {
    String protocol = security == Security.TLS ? "smtps" : "smtp";
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", protocol);
    p.setProperty("mail." + protocol + ".host", host);
    p.setProperty("mail." + protocol + ".port", String.valueOf(port));
    p.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(timeoutMillis));
    p.setProperty("mail." + protocol + ".timeout", String.valueOf(timeoutMillis));
    p.setProperty("mail." + protocol + ".writetimeout", String.valueOf(timeoutMillis));
    p.setProperty("mail." + protocol + ".from", fromAddress);
    p.setProperty("mail." + protocol + ".auth", String.valueOf(user.isPresent()));
    if (security == Security.STARTTLS) {
      p.setProperty("mail.smtp.starttls.enable", "true");
      p.setProperty("mail.smtp.starttls.required", "true");
    }
    if (security != Security.NONE) {
      p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    return p;
  }

  /** Without the password. */
  @Override
  public String toString() {
    return "SmtpSettings[" + host + ":" + port + " " + security + "]";
  }
}
