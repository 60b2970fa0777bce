package nl.redzaam.adapters.rest.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No request body over 1 MiB: a declared Content-Length over the limit is refused before anything
 * is read, and a body without one (chunked) is cut off while it is read. Both answer 413 problem
 * details. The largest honest body, a tailored catalogue, is a few tens of kilobytes.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter, ReaderInterceptor {

  public static final long MAX_BYTES = 1024 * 1024;

  /**
   * Up to this much of a refused body is read and thrown away before answering. A client that stops
   * sending when the 413 arrives (the JDK's HttpClient does) and then sends its next request on the
   * same connection would otherwise find the server still waiting for the rest of the first body.
   * Beyond this the client's connection may hang; it sent 16 MiB to a 1 MiB door.
   */
  static final long DISCARD_AT_MOST = 16L * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      if (request.getLength() <= DISCARD_AT_MOST) {
        discard(request.getEntityStream());
      }
      request.abortWith(tooLarge());
    }
  }

  private static void discard(InputStream body) {
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

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    InputStream body = context.getInputStream();
    context.setInputStream(new Limited(body));
    try {
      return context.proceed();
    } catch (IOException | RuntimeException e) {
      if (exceeded(e)) {
        discard(body);
        throw new WebApplicationException(tooLarge());
      }
      throw e;
    }
  }

  /** Whether the failure is the limit, however the JSON parser wrapped it. */
  static boolean exceeded(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TooLarge) {
        return true;
      }
    }
    return false;
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("The body is over the limit");
    }
  }

  static Response tooLarge() {
    return Problem.response(
        "body-too-large",
        "Body too large",
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        "The body may be at most " + MAX_BYTES / 1024 + " KiB.");
  }

  /** Counts what is read and stops at the limit. */
  private static final class Limited extends FilterInputStream {
    private long read;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) throws TooLarge {
      read += n;
      if (read > MAX_BYTES) {
        throw new TooLarge();
      }
    }
  }
}
