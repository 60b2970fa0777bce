package nl.redzaam.deployment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import nl.redzaam.adapters.persistence.migration.DatabaseMigration;
import nl.redzaam.adapters.rest.audit.RequestIdOnLogLines;
import nl.redzaam.deployment.demo.DemoData;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the person who started Redzaam where to find it, once the server answers (so that the
 * message comes after Payara Micro's own startup output).
 */
@Startup
@Singleton
@DependsOn({DatabaseMigration.NAME, "InitialData"})
public class StartupBanner {

  private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());
  private static final int ATTEMPTS = 240;
  private static final long INTERVAL_MILLIS = 250;

  /** HTTP port, as given to Payara Micro by {@code ./redzaam} (env {@code REDZAAM_PORT}). */
  @Inject
  @ConfigProperty(name = "redzaam.port", defaultValue = "8080")
  int port;

  /**
   * Listen address, as given to Payara Micro by {@code ./redzaam} (env {@code REDZAAM_ADDRESS}).
   */
  @Inject
  @ConfigProperty(name = "redzaam.address")
  Optional<String> address;

  @Inject
  @ConfigProperty(name = EmbeddedDatabaseConfigSource.EMBEDDED)
  boolean embedded;

  @Resource ManagedScheduledExecutorService scheduler;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  @PostConstruct
  void announceWhenServing() {
    RequestIdOnLogLines.install();
    scheduler.execute(() -> announceOrRetry(ATTEMPTS));
  }

  private void announceOrRetry(int attemptsLeft) {
    if (attemptsLeft > 0 && !serving()) {
      scheduler.schedule(
          () -> announceOrRetry(attemptsLeft - 1), INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
      return;
    }
    StringBuilder banner =
        new StringBuilder("Redzaam is running at ")
            .append(url())
            .append("\n  work environment (coaches): ")
            .append(url())
            .append("werkomgeving/")
            .append("\n  API description:            ")
            .append(url())
            .append("api-docs/");
    if (embedded) {
      banner
          .append("\n  mails sent (demo only):     ")
          .append(url())
          .append("dev/mailbox")
          .append("\nDemo logins (embedded database only; API: POST /api/v1/sessions):");
      DemoData.LOGINS.forEach(
          login ->
              banner
                  .append("\n  ")
                  .append(String.format("%-13s", login.role()))
                  .append(login.email())
                  .append("  /  ")
                  .append(login.password()));
    }
    LOG.info(banner.toString());
  }

  /** Whether this application is deployed and started, as far as MicroProfile Health knows. */
  private boolean serving() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url()).resolve("/health/started"))
            .timeout(Duration.ofSeconds(1))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  String url() {
    String host = address.orElse(embedded ? "127.0.0.1" : "localhost");
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "localhost";
    }
    return "http://" + host + ":" + port + "/";
  }
}
