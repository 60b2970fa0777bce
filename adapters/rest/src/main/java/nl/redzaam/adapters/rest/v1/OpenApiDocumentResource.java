package nl.redzaam.adapters.rest.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.redzaam.adapters.rest.openapi.ServedDocument;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API description at {@code /api/v1/openapi.json}, where the Dutch API Design Rules expect it
 * (/core/doc-openapi). The server generates it at {@code /openapi}; this resource passes that
 * document on, fetched once over the address the request came in on.
 */
@RequestScoped
@Path("/v1/openapi.json")
@Tag(name = "API description")
public class OpenApiDocumentResource {

  /** The generated document does not change while the application runs. */
  private static volatile String document;

  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirements
  @Operation(
      summary = "The OpenAPI document",
      description = "This API's description in OpenAPI 3, as JSON. No login needed.")
  @APIResponse(
      responseCode = "200",
      description = "The document",
      headers =
          @Header(
              name = "Access-Control-Allow-Origin",
              description = "'*': any web page may read the description",
              schema = @Schema(type = SchemaType.STRING)))
  public Response document() throws IOException, InterruptedException {
    if (document == null) {
      document = fetchGenerated();
    }
    return Response.ok(document).header("Access-Control-Allow-Origin", "*").build();
  }

  private String fetchGenerated() throws IOException, InterruptedException {
    String host = request.getLocalAddr();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    var uri = URI.create("http://" + host + ":" + request.getLocalPort() + "/openapi");
    var response =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build()
            .send(
                HttpRequest.newBuilder(uri)
                    .header("Accept", MediaType.APPLICATION_JSON)
                    .timeout(Duration.ofMinutes(2)) // the server builds it on first request, slowly
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("The server's /openapi answered " + response.statusCode());
    }
    return ServedDocument.finish(response.body());
  }
}
