package nl.redzaam.deployment;

import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * One OpenID Connect provider on loopback (mock-oauth2-server) for the test JVM, started when a
 * test first needs it and stopped when the JVM ends.
 */
final class LocalIdentityProvider {

  private static MockOAuth2Server server;

  private LocalIdentityProvider() {}

  static synchronized MockOAuth2Server server() {
    if (server == null) {
      MockOAuth2Server started = new MockOAuth2Server();
      started.start();
      Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
      server = started;
    }
    return server;
  }

  /** The issuer URL of a provider of this name. */
  static String issuer(String name) {
    return server().issuerUrl(name).toString();
  }
}
