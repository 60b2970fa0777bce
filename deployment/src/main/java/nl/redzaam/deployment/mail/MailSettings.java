package nl.redzaam.deployment.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import nl.redzaam.adapters.mail.OutboxSender;
import nl.redzaam.adapters.mail.SmtpSettings;
import org.eclipse.microprofile.config.Config;

/**
 * The mail settings from MicroProfile Config ({@code redzaam.mail.*}, environment {@code
 * REDZAAM_MAIL_*}); the keys and defaults are listed in docs/operations.md.
 */
final class MailSettings {

  static final String SMTP_HOST = "redzaam.mail.smtp.host";
  static final String SMTP_PORT = "redzaam.mail.smtp.port";
  static final String SMTP_SECURITY = "redzaam.mail.smtp.security";
  static final String SMTP_USER = "redzaam.mail.smtp.user";
  static final String SMTP_PASSWORD = "redzaam.mail.smtp.password";
  static final String SMTP_TIMEOUT = "redzaam.mail.smtp.timeout-seconds";
  static final String FROM_ADDRESS = "redzaam.mail.from.address";
  static final String FROM_NAME = "redzaam.mail.from.name";
  static final String POLL_INTERVAL = "redzaam.mail.poll-interval-seconds";
  static final String BATCH_SIZE = "redzaam.mail.batch-size";
  static final String FIRST_RETRY = "redzaam.mail.retry.first-seconds";
  static final String MAX_RETRY = "redzaam.mail.retry.max-seconds";
  static final String MAX_ATTEMPTS = "redzaam.mail.max-attempts";

  private MailSettings() {}

  /** The SMTP server, or empty when none is configured. */
  static Optional<SmtpSettings> smtp(Config config) {
    Optional<String> host = nonBlank(config, SMTP_HOST);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    SmtpSettings.Security security =
        SmtpSettings.Security.valueOf(
            nonBlank(config, SMTP_SECURITY).orElse("starttls").toUpperCase(Locale.ROOT));
    int defaultPort = security == SmtpSettings.Security.TLS ? 465 : 587;
    return Optional.of(
        new SmtpSettings(
            host.get(),
            config.getOptionalValue(SMTP_PORT, Integer.class).orElse(defaultPort),
            security,
            nonBlank(config, SMTP_USER),
            nonBlank(config, SMTP_PASSWORD),
            fromAddress(config),
            nonBlank(config, FROM_NAME).orElse("Redzaam"),
            1000 * config.getOptionalValue(SMTP_TIMEOUT, Integer.class).orElse(30)));
  }

  static String fromAddress(Config config) {
    return nonBlank(config, FROM_ADDRESS).orElse("noreply@redzaam.invalid");
  }

  static OutboxSender.Settings sender(Config config) {
    OutboxSender.Settings d = OutboxSender.Settings.DEFAULTS;
    return new OutboxSender.Settings(
        config.getOptionalValue(BATCH_SIZE, Integer.class).orElse(d.batchSize()),
        config
            .getOptionalValue(FIRST_RETRY, Long.class)
            .map(Duration::ofSeconds)
            .orElse(d.firstRetry()),
        config
            .getOptionalValue(MAX_RETRY, Long.class)
            .map(Duration::ofSeconds)
            .orElse(d.maxRetry()),
        config.getOptionalValue(MAX_ATTEMPTS, Integer.class).orElse(d.maxAttempts()));
  }

  static Duration pollInterval(Config config) {
    return Duration.ofSeconds(config.getOptionalValue(POLL_INTERVAL, Long.class).orElse(10L));
  }

  private static Optional<String> nonBlank(Config config, String key) {
    return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
  }
}
