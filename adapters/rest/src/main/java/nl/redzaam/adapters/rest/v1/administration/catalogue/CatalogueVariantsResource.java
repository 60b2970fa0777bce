package nl.redzaam.adapters.rest.v1.administration.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.redzaam.adapters.rest.v1.ETags;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.adapters.rest.v1.trajectory.tailoring.TailoringResource;
import nl.redzaam.adapters.rest.v1.trajectory.tailoring.TailoringResource.NewQuestion;
import nl.redzaam.application.administration.catalogue.PublishCatalogueVariant;
import nl.redzaam.application.administration.catalogue.ReadCatalogueVariant;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.AssignmentTemplate;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.catalogue.Tailoring;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The municipality's own variant of a trajectory type's national catalogue: the administrator hides
 * assignments, moves them to another week, gives them the municipality's own texts and adds own
 * assignments. Each change publishes a new version; running trajectories keep theirs.
 */
@RequestScoped
@Path("/v1/municipality/catalogue-variants/{trajectoryType}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@Transactional
public class CatalogueVariantsResource {

  /** What a tailoring does; the same shape is read and written. */
  public enum Kind {
    HIDE,
    MOVE,
    REWORD,
    ADD
  }

  private static final String TYPES =
      "DEBT_ASSISTANCE, BUDGET_MANAGEMENT, PROTECTIVE_ADMINISTRATION or FINANCIAL_SUPPORT, as"
          + " GET /v1/municipality names them";

  @Inject ReadCatalogueVariant readCatalogueVariant;
  @Inject PublishCatalogueVariant publishCatalogueVariant;

  /**
   * One tailoring. {@code HIDE} needs only the code; {@code MOVE} a week; {@code REWORD} a title
   * and/or an instruction; {@code ADD} a new code, week, theme, title, instruction and optional
   * questions.
   */
  public record CatalogueTailoring(
      String kind,
      String assignmentCode,
      Integer week,
      String theme,
      String title,
      String instruction,
      List<NewQuestion> questions) {

    static CatalogueTailoring of(Tailoring t) {
      String code = t.code().value();
      if (t instanceof Tailoring.Hide) {
        return new CatalogueTailoring(Kind.HIDE.name(), code, null, null, null, null, null);
      }
      if (t instanceof Tailoring.Move move) {
        return new CatalogueTailoring(Kind.MOVE.name(), code, move.week(), null, null, null, null);
      }
      if (t instanceof Tailoring.Reword reword) {
        return new CatalogueTailoring(
            Kind.REWORD.name(), code, null, null, reword.title(), reword.instruction(), null);
      }
      Tailoring.Add add = (Tailoring.Add) t;
      return new CatalogueTailoring(
          Kind.ADD.name(),
          code,
          add.week(),
          add.theme().name(),
          add.title(),
          add.instruction(),
          add.questions().stream().map(CatalogueTailoring::question).toList());
    }

    private static NewQuestion question(Question q) {
      return new NewQuestion(q.id(), q.text(), q.type().name(), q.options(), q.required());
    }

    Tailoring toTailoring() {
      AssignmentCode code = new AssignmentCode(Json.required(assignmentCode, "assignmentCode"));
      return switch (Json.enumValue(Kind.class, kind, "kind")) {
        case HIDE -> new Tailoring.Hide(code);
        case MOVE -> new Tailoring.Move(code, Json.required(week, "week"));
        case REWORD -> new Tailoring.Reword(code, title, instruction);
        case ADD ->
            new Tailoring.Add(
                code,
                Json.required(week, "week"),
                Json.enumValue(Theme.class, theme, "theme"),
                title,
                instruction,
                questions == null
                    ? List.of()
                    : questions.stream().map(TailoringResource::question).toList());
      };
    }
  }

  /**
   * An assignment of the national catalogue with the variant applied, or an own assignment of the
   * municipality. A hidden assignment keeps its national week and texts.
   */
  public record TailoredAssignment(
      String code,
      int week,
      @Schema(description = "The week in the national catalogue; null for an own assignment")
          Integer nationalWeek,
      String theme,
      String title,
      String instruction,
      boolean hidden,
      boolean own,
      @Schema(description = "How the variant changes it (HIDE, MOVE, REWORD, ADD), or null")
          String tailoring) {}

  /** The variant; {@code assignments} lists all, in week order, as a new trajectory gets them. */
  @Schema(name = "CatalogueVariantView")
  public record CatalogueVariantView(
      String trajectoryType,
      @Schema(description = "The newest published version, 0 when the municipality has none")
          int version,
      @Schema(description = "When the version was published; null when there is none")
          LocalDate publishedOn,
      @Schema(description = "The version of the national catalogue the variant tailors")
          int nationalVersion,
      List<CatalogueTailoring> tailorings,
      List<TailoredAssignment> assignments) {}

  /** The complete set of tailorings of the next version; left out means national again. */
  public record CatalogueVariantChange(List<CatalogueTailoring> tailorings) {}

  @GET
  @Operation(
      summary = "Read your municipality's catalogue variant",
      description =
          "The newest version of your municipality's variant of a trajectory type's catalogue"
              + " (version 0 when you have none): its tailorings and every assignment as a new"
              + " trajectory gets it, hidden ones included and marked. The ETag is needed to"
              + " publish the next version.")
  @APIResponse(
      responseCode = "200",
      description = "The variant; ETag header is its version",
      content = @Content(schema = @Schema(ref = "CatalogueVariantView")))
  @APIResponse(responseCode = "400", description = "An unknown trajectory type")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public Response readCatalogueVariant(
      @Parameter(description = TYPES, required = true) @PathParam("trajectoryType") String type) {
    ReadCatalogueVariant.View view = readCatalogueVariant.execute(trajectoryType(type));
    return Response.ok(viewOf(view)).tag(ETags.of(view.version())).build();
  }

  @PUT
  @Operation(
      summary = "Publish the next version of your catalogue variant",
      description =
          "Sends the complete list of tailorings (at most one per assignment); they replace"
              + " those of the version you read and become the next version, based on the current"
              + " national catalogue. New trajectories start on it; running trajectories keep the"
              + " version they started on. Titles, instructions and questions the resident reads"
              + " must pass the B1 readability gate. Send the ETag of your last read in If-Match;"
              + " the answer is the published variant with its new ETag.")
  @APIResponse(
      responseCode = "200",
      description = "Published; ETag header is the new version",
      content = @Content(schema = @Schema(ref = "CatalogueVariantView")))
  @APIResponse(
      responseCode = "400",
      description = "No body, an unknown trajectory type, kind, theme or answer type")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(
      responseCode = "412",
      description = "stale-version: someone published a version since you read it")
  @APIResponse(
      responseCode = "422",
      description =
          "text-above-b1 (the detail names the assignment), an unknown assignment, a week"
              + " outside its part of the trajectory, two tailorings of one assignment, a code"
              + " already used")
  @APIResponse(responseCode = "428", description = "if-match-required: If-Match missing")
  public Response publishCatalogueVariant(
      @Parameter(description = TYPES, required = true) @PathParam("trajectoryType") String type,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull CatalogueVariantChange body) {
    TrajectoryType trajectoryType = trajectoryType(type);
    List<Tailoring> tailorings =
        Json.required(body.tailorings(), "tailorings").stream()
            .map(t -> Json.required(t, "A tailoring").toTailoring())
            .toList();
    publishCatalogueVariant.execute(
        new PublishCatalogueVariant.Command(
            trajectoryType, ETags.expectedVersion(ifMatch), tailorings));
    ReadCatalogueVariant.View view = readCatalogueVariant.execute(trajectoryType);
    return Response.ok(viewOf(view)).tag(ETags.of(view.version())).build();
  }

  private static TrajectoryType trajectoryType(String value) {
    return Json.enumValue(TrajectoryType.class, value, "trajectoryType");
  }

  private static CatalogueVariantView viewOf(ReadCatalogueVariant.View view) {
    Catalogue base = view.base();
    List<Tailoring> tailorings = view.variant().map(v -> v.tailorings()).orElse(List.of());
    Map<AssignmentCode, Tailoring> byCode =
        tailorings.stream().collect(Collectors.toMap(Tailoring::code, Function.identity()));
    Map<AssignmentCode, AssignmentTemplate> tailored =
        view.startsOn().assignments().stream()
            .collect(Collectors.toMap(AssignmentTemplate::code, Function.identity()));
    List<TailoredAssignment> assignments = new ArrayList<>();
    for (AssignmentTemplate national : base.assignments()) {
      AssignmentTemplate shown = tailored.getOrDefault(national.code(), national);
      assignments.add(
          assignment(shown, national.week(), !tailored.containsKey(national.code()), byCode));
    }
    for (AssignmentTemplate a : view.startsOn().assignments()) {
      if (base.assignment(a.code()).isEmpty()) {
        assignments.add(assignment(a, null, false, byCode));
      }
    }
    assignments.sort(
        Comparator.comparingInt(TailoredAssignment::week).thenComparing(TailoredAssignment::code));
    return new CatalogueVariantView(
        view.startsOn().id().type().name(),
        view.version(),
        view.variant().map(v -> v.publishedOn()).orElse(null),
        base.id().version(),
        tailorings.stream().map(CatalogueTailoring::of).toList(),
        assignments);
  }

  private static TailoredAssignment assignment(
      AssignmentTemplate a,
      Integer nationalWeek,
      boolean hidden,
      Map<AssignmentCode, Tailoring> byCode) {
    Tailoring t = byCode.get(a.code());
    return new TailoredAssignment(
        a.code().value(),
        a.week(),
        nationalWeek,
        a.theme().name(),
        a.title(),
        a.instruction(),
        hidden,
        nationalWeek == null,
        t == null ? null : CatalogueTailoring.of(t).kind());
  }
}
