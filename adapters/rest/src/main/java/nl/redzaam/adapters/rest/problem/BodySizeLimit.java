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

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      request.abortWith(tooLarge());
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    context.setInputStream(new Limited(context.getInputStream()));
    try {
      return context.proceed();
    } catch (IOException | RuntimeException e) {
      if (exceeded(e)) {
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
    // The rest of the body is never read: close the connection, or the client, still sending,
    // would wait for an answer it cannot get.
    return Response.fromResponse(
            Problem.response(
                "body-too-large",
                "Body too large",
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "The body may be at most " + MAX_BYTES / 1024 + " KiB."))
        .header("Connection", "close")
        .build();
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
