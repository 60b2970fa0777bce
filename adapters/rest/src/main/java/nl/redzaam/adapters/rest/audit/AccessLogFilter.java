package nl.redzaam.adapters.rest.audit;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.redzaam.adapters.rest.security.ClientAddress;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.port.AccessRecords.AccessRecord;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;

/**
 * After every API request that touched a resident's data, appends one record per resident: action
 * (method and path template, never values such as answers or passwords), object, result, origin,
 * actor, on whose behalf, UTC time. A request for a trajectory that turned out invisible is logged
 * too, without a resident. A change to a staff member's account is logged with that staff member as
 * its object.
 */
@Provider
public class AccessLogFilter implements ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger(AccessLogFilter.class.getName());

  @Inject RequestAccessLog collected;
  @Inject AccessLogWriter writer;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject ClientAddress clientAddress;
  @Context ResourceInfo resource;
  @Context HttpServletRequest http;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (resource == null || resource.getResourceMethod() == null) {
      return;
    }
    try {
      log(request, response);
    } catch (RuntimeException e) {
      // The answer has been decided already (a database that went away, say): a lost record
      // is an incident for the operator, never a reason to change the answer into a 500.
      LOG.log(
          Level.SEVERE,
          "Could not write the access log for "
              + request.getMethod()
              + " "
              + request.getUriInfo().getPath(),
          e);
    }
  }

  private void log(ContainerRequestContext request, ContainerResponseContext response) {
    String action = request.getMethod() + " " + Operations.template(resource);
    String trajectoryParam = request.getUriInfo().getPathParameters().getFirst("trajectoryId");
    Actor actor = actorOrNull();
    List<AccessRecord> batch = new ArrayList<>();
    Instant now = clock.now();
    for (RequestAccessLog.Concern c : collected.collected()) {
      batch.add(
          record(
              now,
              action,
              c.trajectory() == null ? null : "trajectory:" + c.trajectory(),
              c.resident().value(),
              response.getStatus(),
              actor,
              c.onBehalfOf()));
    }
    if (batch.isEmpty() && trajectoryParam != null && actor != null) {
      batch.add(
          record(
              now,
              action,
              "trajectory:" + trajectoryParam,
              null,
              response.getStatus(),
              actor,
              null));
    }
    String staffMemberParam = request.getUriInfo().getPathParameters().getFirst("staffMemberId");
    if (staffMemberParam != null && !"GET".equals(request.getMethod()) && actor != null) {
      // Changes to a colleague's account (roles, deactivation, second factor) are accountable too.
      batch.add(
          record(
              now,
              action,
              "staff-member:" + staffMemberParam,
              null,
              response.getStatus(),
              actor,
              null));
    }
    if (!batch.isEmpty()) {
      writer.append(batch);
    }
  }

  private AccessRecord record(
      Instant at,
      String action,
      String object,
      UUID resident,
      int status,
      Actor actor,
      String onBehalfOf) {
    return new AccessRecord(
        UUID.randomUUID(),
        at,
        fit(action, 300),
        fit(object, 200),
        resident,
        status,
        http == null ? null : clientAddress.of(http),
        actor == null ? null : kind(actor),
        actor == null ? null : id(actor),
        onBehalfOf,
        actor == null ? null : actor.municipalityId().value());
  }

  /** Cut to the column's size: an id in the path may be as long as a caller likes. */
  private static String fit(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private Actor actorOrNull() {
    try {
      return currentUser.actor();
    } catch (AccessDenied notLoggedIn) {
      return null;
    }
  }

  static String kind(Actor actor) {
    if (actor instanceof Actor.ResidentActor) {
      return "RESIDENT";
    }
    return actor instanceof Actor.StaffActor ? "STAFF" : "SUPPORT_WORKER";
  }

  static UUID id(Actor actor) {
    if (actor instanceof Actor.ResidentActor r) {
      return r.residentId().value();
    }
    if (actor instanceof Actor.StaffActor s) {
      return s.staffMemberId().value();
    }
    return ((Actor.SupportWorkerActor) actor).supportWorkerId().value();
  }
}
