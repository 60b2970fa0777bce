package nl.redzaam.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * Logs in through the API and keeps one session token per user for a test class. Where a login asks
 * for a second factor it acts as the user's authenticator app: it keeps the secret it was given at
 * enrolment and answers with a code no earlier login used.
 */
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
    return post(
        "/api/v1/sessions",
        Json.createObjectBuilder().add("email", email).add("password", password).build());
  }

  /** POST /api/v1/sessions/second-factor with the challenge and a code. */
  HttpResponse<String> secondFactor(String challenge, String code) throws Exception {
    return post(
        "/api/v1/sessions/second-factor",
        Json.createObjectBuilder().add("challenge", challenge).add("code", code).build());
  }

  /**
   * Logs in with the password and, where the server asks for it, a code from the app: the last
   * answer, 201 with a token when all went well.
   */
  HttpResponse<String> logInFully(String email, String password) throws Exception {
    HttpResponse<String> response = logIn(email, password);
    if (response.statusCode() != 202) {
      return response;
    }
    JsonObject due = read(response).getJsonObject("secondFactorDue");
    if (due.get("enrolment") instanceof JsonObject enrolment) {
      AuthenticatorApps.appSetUp(email, enrolment.getString("secret"));
    }
    return secondFactor(due.getString("challenge"), AuthenticatorApps.freshCode(email));
  }

  /** The value of the Authorization header for this user, logging in the first time. */
  String bearer(String email, String password) throws Exception {
    String token = tokens.get(email);
    if (token == null) {
      HttpResponse<String> response = logInFully(email, password);
      assertEquals(201, response.statusCode(), "login of " + email + ": " + response.body());
      token = read(response).getString("token");
      tokens.put(email, token);
    }
    return "Bearer " + token;
  }

  private HttpResponse<String> post(String path, JsonObject body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject read(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
