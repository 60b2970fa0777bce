package nl.redzaam.adapters.openidconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.redzaam.application.port.OpenIdConnect.LoginRequest;
import nl.redzaam.application.port.OpenIdConnect.ProviderFailed;
import nl.redzaam.domain.municipality.IdentityProvider;
import nl.redzaam.domain.municipality.MunicipalityId;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapter against a real OpenID Connect provider on this machine (mock-oauth2-server). */
class NimbusOpenIdConnectTest {

  private static final MunicipalityId MUNICIPALITY = new MunicipalityId(UUID.randomUUID());
  private static final URI REDIRECT =
      URI.create("http://127.0.0.1:9/api/v1/identity-providers/callback");
  private static MockOAuth2Server server;

  private final HttpClient http = HttpClient.newHttpClient();
  private final NimbusOpenIdConnect adapter =
      new NimbusOpenIdConnect(m -> Optional.empty(), Clock.systemUTC());

  @BeforeAll
  static void start() {
    server = new MockOAuth2Server();
    server.start();
  }

  @AfterAll
  static void stop() {
    server.shutdown();
  }

  @Test
  void a_verified_login_names_the_account_in_the_chosen_claim() throws Exception {
    IdentityProvider provider = provider("gemeente", "upn");
    LoginRequest login = login();
    willLogIn("gemeente", Map.of("upn", "coach@gemeente.example", "email", "other@x.example"));

    String code = codeFor(adapter.authorizationUrl(MUNICIPALITY, provider, login), login);

    assertEquals(
        "coach@gemeente.example", adapter.accountClaim(MUNICIPALITY, provider, login, code));
  }

  @Test
  void the_authorization_url_asks_for_a_code_with_pkce_state_and_nonce() {
    LoginRequest login = login();
    Map<String, String> query =
        query(adapter.authorizationUrl(MUNICIPALITY, provider("gemeente", null), login));

    assertEquals("code", query.get("response_type"));
    assertEquals("S256", query.get("code_challenge_method"));
    assertTrue(query.get("code_challenge").length() >= 43, query.toString());
    assertEquals(login.state(), query.get("state"));
    assertEquals(login.nonce(), query.get("nonce"));
    assertEquals("redzaam", query.get("client_id"));
    assertTrue(query.get("scope").contains("openid"), query.toString());
  }

  @Test
  void a_token_without_the_claim_names_nobody() throws Exception {
    IdentityProvider provider = provider("gemeente", "upn");
    LoginRequest login = login();
    willLogIn("gemeente", Map.of("email", "coach@gemeente.example"));

    String code = codeFor(adapter.authorizationUrl(MUNICIPALITY, provider, login), login);

    assertNull(adapter.accountClaim(MUNICIPALITY, provider, login, code));
  }

  @Test
  void a_token_made_for_another_login_is_refused() throws Exception {
    IdentityProvider provider = provider("gemeente", null);
    LoginRequest login = login();
    willLogIn("gemeente", Map.of("email", "coach@gemeente.example"));
    String code = codeFor(adapter.authorizationUrl(MUNICIPALITY, provider, login), login);
    LoginRequest otherNonce =
        new LoginRequest(login.state(), "another-nonce", login.codeVerifier(), REDIRECT);

    assertThrows(
        ProviderFailed.class, () -> adapter.accountClaim(MUNICIPALITY, provider, otherNonce, code));
  }

  @Test
  void a_token_from_another_issuer_is_refused() throws Exception {
    IdentityProvider provider = provider("gemeente", null);
    LoginRequest login = login();
    willLogIn(
        "gemeente",
        Map.of("email", "coach@gemeente.example", "iss", server.issuerUrl("elders").toString()));
    String code = codeFor(adapter.authorizationUrl(MUNICIPALITY, provider, login), login);

    ProviderFailed failed =
        assertThrows(
            ProviderFailed.class, () -> adapter.accountClaim(MUNICIPALITY, provider, login, code));
    assertTrue(failed.getMessage().contains("issuer"), failed.getMessage());
  }

  @Test
  void a_provider_whose_metadata_names_another_issuer_is_refused() {
    // The metadata at this path is the provider's, but the issuer configured differs from it.
    IdentityProvider wrong =
        IdentityProvider.of(server.issuerUrl("gemeente").toString() + "/", "redzaam", null);

    assertThrows(
        ProviderFailed.class, () -> adapter.authorizationUrl(MUNICIPALITY, wrong, login()));
  }

  @Test
  void a_provider_that_is_not_there_fails_at_once() {
    IdentityProvider gone = IdentityProvider.of("http://127.0.0.1:9/nobody", "redzaam", null);

    assertThrows(ProviderFailed.class, () -> adapter.authorizationUrl(MUNICIPALITY, gone, login()));
  }

  private static IdentityProvider provider(String issuerId, String claim) {
    return IdentityProvider.of(server.issuerUrl(issuerId).toString(), "redzaam", claim);
  }

  private static LoginRequest login() {
    return new LoginRequest(
        UUID.randomUUID().toString(),
        UUID.randomUUID().toString(),
        UUID.randomUUID() + "-" + UUID.randomUUID(),
        REDIRECT);
  }

  private static void willLogIn(String issuerId, Map<String, Object> claims) {
    server.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            issuerId, "subject-1", "JWT", List.of("redzaam"), claims, 3600));
  }

  /** Follows the authorization URL as a browser would, and takes the code from the redirect. */
  private String codeFor(URI authorizationUrl, LoginRequest login) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(authorizationUrl).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, response.statusCode(), response.body());
    URI back = URI.create(response.headers().firstValue("Location").orElseThrow());
    assertTrue(back.toString().startsWith(REDIRECT.toString()), back.toString());
    Map<String, String> query = query(back);
    assertEquals(login.state(), query.get("state"));
    return query.get("code");
  }

  private static Map<String, String> query(URI uri) {
    return Arrays.stream(uri.getRawQuery().split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                p -> p[0],
                p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
  }
}
