package nl.redzaam.adapters.rest.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.usecase.ReadAccessLog;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
  @Inject StaffMemberRepository staff;

  /** One access; {@code actorName} is the staff member's name, or null for others. */
  public record Entry(
      Instant at,
      String action,
      String object,
      int result,
      String actorKind,
      UUID actorId,
      String actorName,
      String onBehalfOf) {}

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
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Entry.class)))
  @APIResponse(responseCode = "403", description = "Only a resident has an access log to read")
  public List<Entry> accessLog() {
    return readAccessLog.execute().stream()
        .map(
            r ->
                new Entry(
                    r.at(),
                    r.action(),
                    r.object(),
                    r.result(),
                    r.actorKind(),
                    r.actorId(),
                    "STAFF".equals(r.actorKind()) && r.actorId() != null
                        ? staff
                            .find(new StaffMemberId(r.actorId()))
                            .map(StaffMember::name)
                            .orElse(null)
                        : null,
                    r.onBehalfOf()))
        .toList();
  }
}
