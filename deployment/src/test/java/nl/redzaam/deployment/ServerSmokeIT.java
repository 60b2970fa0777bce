package nl.redzaam.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The built WAR starts on Payara Micro against PostgreSQL and is healthy. */
@ExtendWith(PostgresqlRequired.class)
@ExtendWith(ArquillianExtension.class)
class ServerSmokeIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive redzaam() {
    return RedzaamWar.asBuilt();
  }

  @Test
  void health_is_up_with_the_database_migrated() throws Exception {
    HttpResponse<String> response = get("/health");

    assertEquals(
        200,
        response.statusCode(),
        () ->
            response.body()
                + (response.body().contains("No Application deployed")
                    ? " (the WAR failed to deploy: see the server log above)"
                    : ""));
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject health = reader.readObject();
      assertEquals("UP", health.getString("status"), response.body());
      assertTrue(
          health.getJsonArray("checks").stream()
              .map(JsonValue::asJsonObject)
              .anyMatch(check -> check.getString("name").equals("database")),
          "no database check in " + response.body());
    }
  }

  @Test
  void openapi_document_is_served() throws Exception {
    HttpResponse<String> response = get("/openapi");

    assertEquals(200, response.statusCode(), response.body());
  }

  @Test
  void an_empty_postgresql_database_gets_its_first_administrator_from_configuration()
      throws Exception {
    HttpResponse<String> response = me("beheer@testdorp.example", "test-only-bootstrap-password");

    assertEquals(200, response.statusCode(), response.body());
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject me = reader.readObject();
      assertEquals("STAFF", me.getString("kind"));
      assertEquals("ADMINISTRATOR", me.getJsonArray("roles").getString(0));
    }
  }

  @Test
  void no_demo_accounts_exist_on_postgresql() throws Exception {
    HttpResponse<String> response = me("coach@voorbeeldstad.example", "demo-coach-voorbeeldstad");

    assertEquals(401, response.statusCode(), response.body());
  }

  /** Logs in and asks who we are; the login's own answer when it fails. */
  private HttpResponse<String> me(String email, String password) throws Exception {
    ApiLogin login = new ApiLogin(http, base.toURI());
    HttpResponse<String> loggedIn = login.logInFully(email, password);
    if (loggedIn.statusCode() != 201) {
      return loggedIn;
    }
    return http.send(
        HttpRequest.newBuilder(base.toURI().resolve("/api/v1/me"))
            .header("Authorization", login.bearer(email, password))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = base.toURI().resolve(path);
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
