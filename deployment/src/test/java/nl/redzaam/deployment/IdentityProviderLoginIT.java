package nl.redzaam.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.redzaam.deployment.werkomgeving.Chromium;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff log in through their municipality's own OpenID Connect provider: a real provider runs on
 * loopback (mock-oauth2-server), the WAR on Payara Micro and PostgreSQL talks to it. The first
 * administrator connects it through the API; a coach who never chose a Redzaam password logs in; an
 * unknown account, a deactivated one, a token from another issuer, the provider's own refusal and a
 * replayed state or ticket are all refused.
 */
@ExtendWith(PostgresqlRequired.class)
@ExtendWith(SmtpForTheServer.class)
@ExtendWith(ArquillianExtension.class)
class IdentityProviderLoginIT {

  private static final String ADMIN = "beheer@testdorp.example";
  private static final String ADMIN_PASSWORD = "test-only-bootstrap-password";
  private static final String COACH = "coach@testdorp.example";
  private static final String LEFT = "vertrokken@testdorp.example";
  private static final String ISSUER_ID = "testdorp";
  private static final String CALLBACK = "/api/v1/identity-providers/callback";

  private static MockOAuth2Server provider;
  private static UUID municipalityId;
  private static String coachId;
  private static String municipalityName;

  /** The browser: it keeps the cookie that ties a login to it. */
  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive redzaam() {
    return RedzaamWar.asBuilt();
  }

  @BeforeAll
  static void startProvider() {
    provider = LocalIdentityProvider.server();
  }

  /** Once: the administrator connects the provider, adds a coach and a colleague who left. */
  @BeforeEach
  void connectTheProviderOnce() throws Exception {
    if (municipalityId != null) {
      return;
    }
    JsonCalls api = new JsonCalls(base.toURI());
    String admin = api.login().bearer(ADMIN, ADMIN_PASSWORD);
    HttpResponse<String> municipality = api.send("GET", "/municipality", admin, null, Map.of());
    assertEquals(200, municipality.statusCode(), municipality.body());
    JsonObject view = JsonCalls.object(municipality);
    // The public URL of arquillian.xml, which the tests reach as localhost.
    assertEquals(
        URI.create("http://127.0.0.1:" + base.getPort() + CALLBACK),
        URI.create(view.getString("identityProviderRedirectUri")));
    JsonObject settings =
        Json.createObjectBuilder()
            .add("issuer", provider.issuerUrl(ISSUER_ID).toString())
            .add("clientId", "redzaam-testdorp")
            .add("accountClaim", "upn")
            .build();
    String etag = municipality.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> connected =
        api.send(
            "PUT", "/municipality/identity-provider", admin, settings, Map.of("If-Match", etag));
    assertEquals(204, connected.statusCode(), connected.body());

    coachId = addStaffMember(api, admin, "Cor Coach", COACH);
    String left = addStaffMember(api, admin, "Vera Vertrokken", LEFT);
    HttpResponse<String> deactivated =
        api.send("POST", "/staff-members/" + left + "/deactivation", admin, null, Map.of());
    assertEquals(204, deactivated.statusCode(), deactivated.body());
    municipalityName = view.getString("name");
    municipalityId = UUID.fromString(view.getString("id"));
  }

  @Test
  void a_coach_without_a_redzaam_password_logs_in_through_the_provider() throws Exception {
    JsonObject providers = JsonCalls.object(get("/api/v1/identity-providers"));
    assertTrue(
        providers.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(p -> p.getString("municipalityId").equals(municipalityId.toString())),
        providers.toString());

    Map<String, String> page = loginPageAfter(Map.of("upn", COACH));
    HttpResponse<String> session = enter(page.get("ticket"));

    assertEquals(201, session.statusCode(), session.body());
    String token = JsonCalls.object(session).getString("token");
    HttpResponse<String> me =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve("/api/v1/me"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, me.statusCode(), me.body());
    assertEquals("STAFF", JsonCalls.object(me).getString("kind"));
    assertEquals(coachId, JsonCalls.object(me).getString("id"));
    assertEquals("COACH", JsonCalls.object(me).getJsonArray("roles").getString(0));
    assertEquals(401, enter(page.get("ticket")).statusCode(), "a ticket works once");
  }

  @Test
  void in_the_browser_the_coach_clicks_the_municipality_and_is_in() throws Exception {
    try (Chromium chromium = Chromium.start()) {
      ChromeDriver browser = chromium.driver();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      // The public URL's host: the provider sends the browser back there.
      String loginPage = "http://127.0.0.1:" + base.getPort() + "/werkomgeving/#/inloggen";

      willLogIn(Map.of("upn", "nobody@testdorp.example"));
      browser.get(loginPage);
      WebElement button =
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("[data-gemeente='" + municipalityId + "']")));
      assertEquals("Inloggen via " + municipalityName, button.getText());
      chromium.audit("inloggen-gemeente");
      button.click();
      WebElement refusal =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
      assertTrue(refusal.getText().contains("hoort bij geen medewerker"), refusal.getText());
      assertFalse(browser.getCurrentUrl().contains("fout="), browser.getCurrentUrl());

      willLogIn(Map.of("upn", COACH));
      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("[data-gemeente='" + municipalityId + "']")))
          .click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu")));
      wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("inloggen")));
      assertFalse(browser.getCurrentUrl().contains("ticket"), browser.getCurrentUrl());
    }
  }

  @Test
  void an_account_the_municipality_does_not_know_is_refused() throws Exception {
    assertEquals(
        Map.of("fout", "onbekend"), loginPageAfter(Map.of("upn", "nobody@testdorp.example")));
    assertEquals(Map.of("fout", "onbekend"), loginPageAfter(Map.of("email", COACH)), "wrong claim");
  }

  @Test
  void a_deactivated_staff_member_is_refused() throws Exception {
    assertEquals(Map.of("fout", "uitgeschakeld"), loginPageAfter(Map.of("upn", LEFT)));
  }

  @Test
  void a_token_from_another_issuer_is_refused() throws Exception {
    Map<String, Object> claims =
        Map.of("upn", COACH, "iss", provider.issuerUrl("elders").toString());

    assertEquals(Map.of("fout", "gemeente"), loginPageAfter(claims));
  }

  @Test
  void the_providers_refusal_and_a_replayed_state_are_refused() throws Exception {
    URI authorization = startLogin();
    String state = query(authorization).get("state");

    assertEquals(
        Map.of("fout", "gemeente"), query(callback("state=" + state + "&error=access_denied")));
    assertEquals(Map.of("fout", "verlopen"), query(callback("state=" + state + "&code=anything")));
    assertEquals(Map.of("fout", "verlopen"), query(callback("code=anything")));

    // A login started here and sent to another browser (a forged login link) is refused there.
    String other = query(startLogin()).get("state");
    HttpResponse<String> elsewhere =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        base.toURI().resolve(CALLBACK + "?state=" + other + "&code=anything"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(303, elsewhere.statusCode());
    assertEquals(
        Map.of("fout", "andere-browser"),
        query(URI.create(elsewhere.headers().firstValue("Location").orElseThrow())));
  }

  @Test
  void a_municipality_without_a_provider_has_no_login_there() throws Exception {
    HttpResponse<String> response =
        post("/api/v1/identity-providers/" + UUID.randomUUID() + "/logins", null);

    assertEquals(404, response.statusCode(), response.body());
    assertTrue(response.body().contains("urn:redzaam:problem:not-found"), response.body());
  }

  /** The whole browser round trip; the login page's query after '#/inloggen?'. */
  private Map<String, String> loginPageAfter(Map<String, Object> claims) throws Exception {
    willLogIn(claims);
    HttpResponse<String> atProvider =
        http.send(
            HttpRequest.newBuilder(startLogin()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(302, atProvider.statusCode(), atProvider.body());
    URI back = URI.create(atProvider.headers().firstValue("Location").orElseThrow());
    assertEquals(CALLBACK, back.getPath(), back.toString());
    return query(callback(back.getRawQuery()));
  }

  /** The provider's next login is of an account with these claims. */
  private static void willLogIn(Map<String, Object> claims) {
    provider.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER_ID,
            "subject-" + UUID.randomUUID(),
            "JWT",
            List.of("redzaam-testdorp"),
            claims,
            3600));
  }

  private URI startLogin() throws Exception {
    HttpResponse<String> started =
        post("/api/v1/identity-providers/" + municipalityId + "/logins", null);
    assertEquals(201, started.statusCode(), started.body());
    return URI.create(JsonCalls.object(started).getString("authorizationUrl"));
  }

  /** The callback's redirect, which must lead to the work environment's login page. */
  private URI callback(String query) throws Exception {
    HttpResponse<String> response = get("/api/v1/identity-providers/callback?" + query);
    assertEquals(303, response.statusCode(), response.body());
    URI page = URI.create(response.headers().firstValue("Location").orElseThrow());
    assertEquals("/werkomgeving/", page.getPath(), page.toString());
    return page;
  }

  private HttpResponse<String> enter(String ticket) throws Exception {
    return post(
        "/api/v1/sessions/identity-provider",
        Json.createObjectBuilder().add("ticket", ticket).build().toString());
  }

  /** The parameters of an authorisation URL, or of the login page's route after '#/inloggen?'. */
  private static Map<String, String> query(URI uri) {
    String raw = uri.getRawQuery();
    if (uri.getRawFragment() != null) {
      raw = uri.getRawFragment().substring(uri.getRawFragment().indexOf('?') + 1);
    }
    return java.util.Arrays.stream(raw.split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            java.util.stream.Collectors.toMap(
                p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
  }

  private String addStaffMember(JsonCalls api, String admin, String name, String email)
      throws Exception {
    HttpResponse<String> created =
        api.send(
            "POST",
            "/staff-members",
            admin,
            Json.createObjectBuilder()
                .add("name", name)
                .add("email", email)
                .add("roles", Json.createArrayBuilder().add("COACH"))
                .build(),
            Map.of());
    assertEquals(201, created.statusCode(), created.body());
    return JsonCalls.object(created).getJsonObject("staffMember").getString("id");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path));
    if (json == null) {
      request.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
