package nl.redzaam.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** Logs in through the API and keeps one session token per user for a test class. */
final class ApiLogin {

  private final HttpClient http;
  private final URI base;
  private final Map<String, String> tokens = new HashMap<>();

  ApiLogin(HttpClient http, URI base) {
    this.http = http;
    this.base = base;
  }

  /** POST /api/v1/sessions with these credentials. */
  HttpResponse<String> logIn(String email, String password) throws Exception {
    String body =
        Json.createObjectBuilder().add("email", email).add("password", password).build().toString();
    return http.send(
        HttpRequest.newBuilder(base.resolve("/api/v1/sessions"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The value of the Authorization header for this user, logging in the first time. */
  String bearer(String email, String password) throws Exception {
    String token = tokens.get(email);
    if (token == null) {
      HttpResponse<String> response = logIn(email, password);
      assertEquals(201, response.statusCode(), "login of " + email + ": " + response.body());
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        token = reader.readObject().getString("token");
      }
      tokens.put(email, token);
    }
    return "Bearer " + token;
  }
}
