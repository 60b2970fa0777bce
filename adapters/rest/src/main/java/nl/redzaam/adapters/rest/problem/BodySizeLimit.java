package nl.redzaam.adapters.rest.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * No request body over 1 MiB (413 problem details), and every body read to its end before any
 * answer. A refused body is read and thrown away (up to 16 MiB) too: a client that stops sending at
 * an early answer (the JDK's HttpClient does, at a 413, 415 or 429) and sends its next request on
 * the same connection would otherwise find the server still waiting for the rest of the first body.
 * Reading first costs at most 1 MiB of memory per request; our largest honest body, a tailored
 * catalogue, is a few tens of kilobytes.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

  public static final int MAX_BYTES = 1024 * 1024;

  /** Beyond this a refused body is not read on; the client sent 16 MiB to a 1 MiB door. */
  static final long DISCARD_AT_MOST = 16L * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      if (request.getLength() <= DISCARD_AT_MOST) {
        discard(request.getEntityStream());
      }
      request.abortWith(tooLarge());
      return;
    }
    if (!request.hasEntity()) {
      return;
    }
    try {
      byte[] body = request.getEntityStream().readNBytes(MAX_BYTES + 1);
      if (body.length > MAX_BYTES) {
        discard(request.getEntityStream());
        request.abortWith(tooLarge());
        return;
      }
      request.setEntityStream(new ByteArrayInputStream(body));
    } catch (IOException e) {
      throw new UncheckedIOException("The client stopped sending its body", e);
    }
  }

  /** Reads what is left of a body and throws it away, up to {@link #DISCARD_AT_MOST}. */
  public static void discard(InputStream body) {
    try {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; total <= DISCARD_AT_MOST && (n = body.read(buffer)) > 0; ) {
        total += n;
      }
    } catch (IOException gone) {
      // The client stopped sending; the answer is the same.
    }
  }

  static Response tooLarge() {
    return Problem.response(
        "body-too-large",
        "Body too large",
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        "The body may be at most " + MAX_BYTES / 1024 + " KiB.");
  }
}
