package nl.redzaam.adapters.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.redzaam.application.PreconditionFailed;

/** Optimistic concurrency with {@code ETag} and {@code If-Match}: 428 and 412 problems. */
public final class PreconditionMappers {

  private PreconditionMappers() {}

  @Provider
  public static class PreconditionRequiredMapper implements ExceptionMapper<PreconditionRequired> {
    @Override
    public Response toResponse(PreconditionRequired e) {
      return Problem.response("precondition-required", "If-Match required", 428, e.getMessage());
    }
  }

  @Provider
  public static class PreconditionFailedMapper implements ExceptionMapper<PreconditionFailed> {
    @Override
    public Response toResponse(PreconditionFailed e) {
      return Problem.response(
          "precondition-failed",
          "Changed since you read it",
          Status.PRECONDITION_FAILED,
          e.getMessage() + ". Load it again (new ETag) and retry.");
    }
  }
}
