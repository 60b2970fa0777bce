package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import nl.redzaam.adapters.openidconnect.NimbusOpenIdConnect;
import nl.redzaam.application.login.IdentityProviderLogin;
import nl.redzaam.application.port.OpenIdConnect;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Logging in through a municipality's identity provider: the callback address the provider sends
 * the browser back to, and the client secrets, which live in configuration and never in the
 * database: {@code redzaam.oidc.client-secret.<municipality id>}, for a provider that wants one.
 */
@ApplicationScoped
public class IdentityProviderWiring {

  /** Where providers send the browser back to; register it at the provider as redirect URI. */
  public static final String CALLBACK_PATH = "api/v1/identity-providers/callback";

  @Inject
  @ConfigProperty(name = "redzaam.public-url", defaultValue = "http://127.0.0.1:8080/")
  String publicUrl;

  @Inject Config config;

  @Produces
  @ApplicationScoped
  OpenIdConnect openIdConnect() {
    return new NimbusOpenIdConnect(
        municipality ->
            config.getOptionalValue(
                "redzaam.oidc.client-secret." + municipality.value(), String.class),
        Clock.systemUTC());
  }

  @Produces
  IdentityProviderLogin.Settings identityProviderSettings() {
    String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    return new IdentityProviderLogin.Settings(URI.create(base + CALLBACK_PATH));
  }
}
