package nl.redzaam.adapters.rest.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.redzaam.adapters.rest.audit.RequestIds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body. {@code type} names the kind of problem with a stable URN, so a
 * client can tell the rules apart without parsing {@code detail}.
 */
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    List<InvalidParam> invalidParams,
    @Schema(
            description =
                "The id of the request (also in X-Request-Id), to quote when asking for help")
        String requestId) {

  /** One wrong field of a request (NL API Design Rules' problem extension). */
  public record InvalidParam(String name, String reason) {}

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  /** HTTP 422 Unprocessable Content, which {@link Response.Status} does not list. */
  static final int UNPROCESSABLE_CONTENT = 422;

  static Response response(String kind, String title, Response.Status status, String detail) {
    return response(kind, title, status.getStatusCode(), detail);
  }

  static Response response(String kind, String title, int status, String detail) {
    return response(kind, title, status, detail, null);
  }

  static Response response(
      String kind, String title, int status, String detail, List<InvalidParam> invalidParams) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(
            new Problem(
                URI.create("urn:redzaam:problem:" + kind),
                title,
                status,
                detail,
                invalidParams,
                RequestIds.current()))
        .build();
  }
}
