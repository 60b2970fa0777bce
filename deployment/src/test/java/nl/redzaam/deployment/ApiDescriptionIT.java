package nl.redzaam.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.adapters.rest.openapi.EnumeratedFields;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API description as served: complete, linted with Spectral against the NL API Design Rules,
 * shown in Swagger UI, and true about authentication (every protected operation answers 401 with a
 * problem document when called without credentials). Writes the served document to
 * target/openapi/openapi.json, from which the client module generates its Java client.
 */
@ExtendWith(PostgresqlRequired.class)
@ExtendWith(ArquillianExtension.class)
class ApiDescriptionIT {

  static final Path SERVED_DOCUMENT = Path.of("target/openapi/openapi.json");
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL base;

  private HttpResponse<String> description;
  private JsonObject document;

  @Deployment(testable = false)
  static WebArchive redzaam() {
    return RedzaamWar.asBuilt();
  }

  @BeforeEach
  void readServedDocument() throws Exception {
    description = send(HttpRequest.newBuilder(uri("/api/v1/openapi.json")).GET());
    assertEquals(200, description.statusCode(), description.body());
    document = Json.createReader(new StringReader(description.body())).readObject();
    Files.createDirectories(SERVED_DOCUMENT.getParent());
    Files.writeString(SERVED_DOCUMENT, description.body(), StandardCharsets.UTF_8);
  }

  @Test
  void the_description_is_public_and_readable_by_any_web_page() {
    assertEquals("*", description.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertEquals("1.0.0", description.headers().firstValue("API-Version").orElse(""));
    assertEquals("/api/v1", document.getJsonArray("servers").getJsonObject(0).getString("url"));
    assertEquals("bearer", securityScheme().getString("scheme"));
  }

  @Test
  void fields_with_a_fixed_set_of_values_list_them() {
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    EnumeratedFields.FIELDS.forEach(
        (field, values) -> {
          String[] parts = field.split("\\.");
          assertTrue(schemas.containsKey(parts[0]), "the document has no schema " + parts[0]);
          JsonObject property =
              schemas.getJsonObject(parts[0]).getJsonObject("properties").getJsonObject(parts[1]);
          assertNotNull(property, "the document has no property " + field);
          JsonObject listed =
              property.containsKey("items") ? property.getJsonObject("items") : property;
          assertEquals(
              values,
              listed.getJsonArray("enum").getValuesAs(JsonString.class).stream()
                  .map(JsonString::getString)
                  .toList(),
              field);
        });
  }

  @Test
  void the_served_document_passes_the_nl_api_design_rules_lint() throws Exception {
    List<SpectralLint.Finding> findings = SpectralLint.lint(SERVED_DOCUMENT);

    findings.forEach(System.out::println);
    List<SpectralLint.Finding> errors =
        findings.stream().filter(finding -> finding.severity() == 0).toList();
    System.out.printf(
        "Spectral (%s): %d errors, %d warnings%n",
        SpectralLint.RULESET, errors.size(), findings.size() - errors.size());
    assertTrue(errors.isEmpty(), () -> errors.size() + " lint errors:\n" + join(errors));
  }

  @Test
  void every_protected_operation_answers_401_with_a_problem_and_the_security_headers()
      throws Exception {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (var path : document.getJsonObject("paths").entrySet()) {
      for (var operation : path.getValue().asJsonObject().entrySet()) {
        if (!METHODS.contains(operation.getKey())
            || isPublic(operation.getValue().asJsonObject())) {
          continue;
        }
        String concrete = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        var request =
            HttpRequest.newBuilder(uri("/api/v1" + concrete))
                .header("Content-Type", "application/json")
                .method(
                    operation.getKey().toUpperCase(),
                    operation.getKey().equals("get") || operation.getKey().equals("delete")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        HttpResponse<String> response = send(request);
        checked++;
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        SecurityHeaderChecks.missing(response, SecurityHeaderChecks.Kind.API)
            .forEach(m -> wrong.add(operation.getKey().toUpperCase() + " " + path.getKey() + m));
        if (response.statusCode() != 401 || !contentType.startsWith("application/problem+json")) {
          wrong.add(
              operation.getKey().toUpperCase()
                  + " "
                  + path.getKey()
                  + " -> "
                  + response.statusCode()
                  + " "
                  + contentType);
        }
      }
    }
    System.out.println("Checked " + checked + " protected operations without credentials");
    assertTrue(checked > 10, "the document lists only " + checked + " protected operations");
    assertTrue(
        wrong.isEmpty(), () -> "not a 401 problem with headers:\n" + String.join("\n", wrong));
  }

  @Test
  void every_page_and_what_it_loads_carries_the_security_headers() throws Exception {
    List<String> wrong = new ArrayList<>();
    Set<String> seen = new java.util.TreeSet<>();
    java.util.Deque<String> toVisit =
        new java.util.ArrayDeque<>(
            List.of("/werkomgeving/", "/app/", "/api-docs/", "/afmelden?t=unknown"));
    var reference = java.util.regex.Pattern.compile("(?:src|href)=\"([^\"#?]+)\"");
    while (!toVisit.isEmpty()) {
      String path = toVisit.pop();
      if (!seen.add(path)) {
        continue;
      }
      HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
      var kind =
          path.startsWith("/werkomgeving/") || path.startsWith("/app/")
              ? SecurityHeaderChecks.Kind.FRONT_END
              : SecurityHeaderChecks.Kind.OTHER_PAGE;
      SecurityHeaderChecks.missing(response, kind).forEach(m -> wrong.add(path + m));
      if (response.statusCode() != 200 && !path.startsWith("/afmelden")) {
        wrong.add(path + " -> " + response.statusCode());
      }
      if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
        var found = reference.matcher(response.body());
        while (found.find()) {
          String target = uri(path).resolve(found.group(1)).getPath();
          if (!found.group(1).startsWith("http") || target.startsWith(base.getPath())) {
            toVisit.add(target);
          }
        }
      }
    }
    System.out.println("Checked the security headers of " + seen.size() + " pages and files");
    assertTrue(seen.size() > 8, "only " + seen + " found");
    assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
  }

  @Test
  void swagger_ui_shows_the_description() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/api-docs/")).GET());
    assertEquals(200, page.statusCode());
    var stylesheet =
        java.util.regex.Pattern.compile("href=\"([^\"]+swagger-ui\\.css)\"").matcher(page.body());
    assertTrue(stylesheet.find(), page.body());
    assertEquals(200, send(HttpRequest.newBuilder(uri(stylesheet.group(1))).GET()).statusCode());
    String start = send(HttpRequest.newBuilder(uri("/api-docs/start.js")).GET()).body();
    assertTrue(start.contains("/api/v1/openapi.json"), start);
  }

  private boolean isPublic(JsonObject operation) {
    return operation.containsKey("security") && operation.getJsonArray("security").isEmpty();
  }

  private JsonObject securityScheme() {
    return document
        .getJsonObject("components")
        .getJsonObject("securitySchemes")
        .getJsonObject("bearerAuth");
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String join(List<SpectralLint.Finding> findings) {
    return String.join("\n", findings.stream().map(Object::toString).toList());
  }
}
