package nl.redzaam.adapters.rest.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * An RFC 9457 problem details body. {@code type} names the kind of problem with a stable URN, so a
 * client can tell the rules apart without parsing {@code detail}.
 */
public record Problem(URI type, String title, int status, String detail) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  /** HTTP 422 Unprocessable Content, which {@link Response.Status} does not list. */
  static final int UNPROCESSABLE_CONTENT = 422;

  static Response response(String kind, String title, Response.Status status, String detail) {
    return response(kind, title, status.getStatusCode(), detail);
  }

  static Response response(String kind, String title, int status, String detail) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(new Problem(URI.create("urn:redzaam:problem:" + kind), title, status, detail))
        .build();
  }
}
