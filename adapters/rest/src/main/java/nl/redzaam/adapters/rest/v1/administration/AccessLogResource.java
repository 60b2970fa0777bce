package nl.redzaam.adapters.rest.v1.administration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.rest.v1.Paging;
import nl.redzaam.application.administration.ReadAccessLog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who accessed the resident's data. */
@RequestScoped
@Path("/v1/me/access-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@Transactional
public class AccessLogResource {

  @Inject ReadAccessLog readAccessLog;

  /** One access; {@code actorName} is the staff member's name, or null for others. */
  public record AccessLogEntry(
      Instant at,
      String action,
      String object,
      int result,
      String actorKind,
      UUID actorId,
      String actorName,
      String onBehalfOf) {}

  /** A page of the access log. */
  public record AccessLogPage(List<AccessLogEntry> items, int page, int pageSize, int totalItems) {}

  @GET
  @Operation(
      summary = "Who accessed my data",
      description =
          "For the resident: the 200 most recent reads and changes of their data, newest first:"
              + " when, what (method and path), by whom, on whose behalf and with what result"
              + " (HTTP status).")
  @APIResponse(
      responseCode = "200",
      description = "The access log",
      content = @Content(schema = @Schema(ref = "AccessLogPage")))
  @APIResponse(responseCode = "400", description = "Bad page or pageSize")
  @APIResponse(responseCode = "403", description = "Only a resident has an access log to read")
  public AccessLogPage accessLog(
      @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
      @Parameter(description = "Items per page, 1-100, default 20") @QueryParam("pageSize")
          String pageSize) {
    int pageNumber = Paging.page(page);
    int size = Paging.pageSize(pageSize);
    var all = readAccessLog.execute();
    List<AccessLogEntry> items =
        Paging.slice(all, pageNumber, size).stream()
            .map(
                e ->
                    new AccessLogEntry(
                        e.record().at(),
                        e.record().action(),
                        e.record().object(),
                        e.record().result(),
                        e.record().actorKind(),
                        e.record().actorId(),
                        e.actorName(),
                        e.record().onBehalfOf()))
            .toList();
    return new AccessLogPage(items, pageNumber, size, all.size());
  }
}
