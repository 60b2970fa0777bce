package nl.redzaam.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

/** JSON requests to the API under /api/v1 as a logged-in user, for the ITs. */
final class JsonCalls {

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  private final ApiLogin login;

  JsonCalls(URI base) {
    this.base = base;
    this.login = new ApiLogin(http, base);
  }

  ApiLogin login() {
    return login;
  }

  /** Sends the request with the given bearer value (or none); path is relative to /api/v1. */
  HttpResponse<String> send(
      String method, String path, String bearer, JsonValue body, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("/api/v1" + path)).header("Accept", "application/json");
    if (bearer != null) {
      request.header("Authorization", bearer);
    }
    headers.forEach(request::setHeader);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** As this user (password {@link SliceData#PASSWORD}); fails unless the status is expected. */
  HttpResponse<String> expect(int status, String method, String path, String user, JsonValue body)
      throws Exception {
    return expect(status, method, path, user, body, Map.of());
  }

  HttpResponse<String> expect(
      int status,
      String method,
      String path,
      String user,
      JsonValue body,
      Map<String, String> headers)
      throws Exception {
    HttpResponse<String> response =
        send(method, path, login.bearer(user, SliceData.PASSWORD), body, headers);
    assertEquals(status, response.statusCode(), method + " " + path + ": " + response.body());
    return response;
  }

  static JsonObject object(HttpResponse<String> response) {
    return object(response.body());
  }

  static JsonObject object(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  /** A body {"answers": {...}} with a valid answer to each question of an assignment. */
  static JsonObject answersFor(JsonObject assignment) {
    JsonObjectBuilder answers = Json.createObjectBuilder();
    for (JsonValue value : assignment.getJsonArray("questions")) {
      JsonObject q = value.asJsonObject();
      answers.add(
          q.getString("id"),
          switch (q.getString("answerType")) {
            case "YES_NO" -> "no";
            case "CHOICE" -> q.getJsonArray("options").getString(0);
            case "AMOUNT" -> "99,95";
            case "DATE" -> LocalDate.now().toString();
            default -> "Ik heb het gedaan.";
          });
    }
    return Json.createObjectBuilder().add("answers", answers).build();
  }
}
