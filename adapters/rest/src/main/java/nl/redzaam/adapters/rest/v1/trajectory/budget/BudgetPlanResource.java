package nl.redzaam.adapters.rest.v1.trajectory.budget;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.redzaam.adapters.rest.problem.BadRequest;
import nl.redzaam.adapters.rest.v1.ETags;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.trajectory.budget.BudgetPlanOverview;
import nl.redzaam.application.trajectory.budget.ReadBudgetPlan;
import nl.redzaam.application.trajectory.budget.ReplaceBudgetPlan;
import nl.redzaam.application.trajectory.budget.SetResidentBudgetRight;
import nl.redzaam.domain.budget.BudgetPlan;
import nl.redzaam.domain.budget.Debt;
import nl.redzaam.domain.budget.ExpenseLine;
import nl.redzaam.domain.budget.Frequency;
import nl.redzaam.domain.budget.IncomeLine;
import nl.redzaam.domain.budget.MonthlyTotals;
import nl.redzaam.domain.budget.ResidentBudgetRight;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The budget plan of a trajectory: income, expenses and debts with monthly totals, and the
 * resident's right to read or change it. The {@code ETag} is the plan's version; a change of the
 * plan needs it back in {@code If-Match}.
 */
@RequestScoped
@Path("/v1/trajectories/{trajectoryId}/budget-plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budget plan")
@Transactional
public class BudgetPlanResource {

  @Inject ReadBudgetPlan readBudgetPlan;
  @Inject ReplaceBudgetPlan replaceBudgetPlan;
  @Inject SetResidentBudgetRight setResidentBudgetRight;

  /** An income line; amounts are decimal text with a dot, like "12.50". */
  public record BudgetIncome(
      String source, String amount, String frequency, String monthlyAmount) {}

  public record BudgetExpense(
      String category, String amount, String frequency, String monthlyAmount) {}

  /**
   * A debt; {@code endDate} (yyyy-mm-dd) may be null, {@code monthlyPayment} is 0.00 once it has
   * passed.
   */
  public record BudgetDebt(
      String creditor,
      String outstandingAmount,
      String periodicAmount,
      String frequency,
      String endDate,
      String monthlyPayment) {}

  public record BudgetTotals(String income, String expenses, String debtPayments, String left) {}

  /** The plan as the API shows it; {@code mayEdit} says whether the caller may change it. */
  @Schema(name = "BudgetPlanView")
  public record BudgetPlanView(
      String residentRight,
      boolean mayEdit,
      List<BudgetIncome> incomes,
      List<BudgetExpense> expenses,
      List<BudgetDebt> debts,
      BudgetTotals monthlyTotals) {}

  /** The whole new content of the plan; the monthly amounts of the view are ignored here. */
  public record NewBudgetPlan(
      List<BudgetIncome> incomes, List<BudgetExpense> expenses, List<BudgetDebt> debts) {}

  /** {@code NONE}, {@code READ} or {@code READ_AND_EDIT}. */
  public record ResidentBudgetRightChange(String right) {}

  @GET
  @Operation(
      summary = "Read the budget plan",
      description =
          "BudgetIncome, expenses and debts with their amounts per month and the monthly totals. A"
              + " plan nobody saved yet is empty, with ETag \"0\". Professionals of the"
              + " trajectory always read it; the resident, and a support worker on their behalf,"
              + " only with the right READ or READ_AND_EDIT.")
  @APIResponse(
      responseCode = "200",
      description = "The plan; the ETag header holds its version",
      content = @Content(schema = @Schema(ref = "BudgetPlanView")))
  @APIResponse(responseCode = "400", description = "trajectoryId is no UUID")
  @APIResponse(
      responseCode = "403",
      description = "budget-plan-not-shared: the resident's right is NONE")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  public Response readBudgetPlan(@PathParam("trajectoryId") TrajectoryId trajectoryId) {
    return withETag(readBudgetPlan.execute(new ReadBudgetPlan.Query(trajectoryId)));
  }

  @PUT
  @Operation(
      summary = "Replace the budget plan",
      description =
          "Replaces the whole plan: all three lists are required (send [] for an empty list)."
              + " Needs If-Match with the ETag last read. For professionals of the trajectory, and"
              + " for the resident with the right READ_AND_EDIT. Amounts are euros from 0 with at"
              + " most 2 decimals, as text (\"12.50\"); frequency is WEEKLY, FOUR_WEEKLY, MONTHLY,"
              + " QUARTERLY or YEARLY; at most 100 lines per list.")
  @APIResponse(
      responseCode = "200",
      description = "Replaced; the new ETag is in the header",
      content = @Content(schema = @Schema(ref = "BudgetPlanView")))
  @APIResponse(
      responseCode = "400",
      description = "No body, a missing list or field, an unknown frequency, an unreadable amount")
  @APIResponse(
      responseCode = "403",
      description =
          "A support worker; a resident without the right READ_AND_EDIT (budget-plan-read-only,"
              + " budget-plan-not-shared)")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(
      responseCode = "409",
      description = "Someone else saved the plan at the very same moment")
  @APIResponse(
      responseCode = "412",
      description = "stale-version: the plan changed since the ETag was read")
  @APIResponse(responseCode = "422", description = "A rule is broken; detail names the field")
  @APIResponse(responseCode = "428", description = "if-match-required: If-Match is missing")
  public Response replace(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @Parameter(description = "The ETag of the plan as last read, e.g. \"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @NotNull NewBudgetPlan body) {
    TrajectoryId id = trajectoryId;
    long expectedVersion = expectedVersion(ifMatch);
    return withETag(
        replaceBudgetPlan.execute(
            new ReplaceBudgetPlan.Command(
                id,
                expectedVersion,
                lines(
                    Json.required(body.incomes(), "incomes"),
                    "incomes",
                    BudgetPlanResource::income),
                lines(
                    Json.required(body.expenses(), "expenses"),
                    "expenses",
                    BudgetPlanResource::expense),
                lines(Json.required(body.debts(), "debts"), "debts", BudgetPlanResource::debt))));
  }

  @PUT
  @Path("/resident-right")
  @Operation(
      summary = "Set the resident's right",
      description =
          "A coach (also a stand-in) or specialist of the trajectory decides what the resident may"
              + " do with the plan: NONE, READ (the default) or READ_AND_EDIT. The last decision"
              + " counts; no If-Match is needed. Returns the plan with its new ETag.")
  @APIResponse(
      responseCode = "200",
      description = "Set; the plan's new ETag is in the header",
      content = @Content(schema = @Schema(ref = "BudgetPlanView")))
  @APIResponse(responseCode = "400", description = "No body, or an unknown right")
  @APIResponse(responseCode = "403", description = "The resident or a support worker")
  @APIResponse(responseCode = "404", description = "No such trajectory visible to you")
  @APIResponse(
      responseCode = "409",
      description = "Someone else saved the plan at the very same moment")
  public Response setResidentRight(
      @PathParam("trajectoryId") TrajectoryId trajectoryId,
      @NotNull ResidentBudgetRightChange body) {
    return withETag(
        setResidentBudgetRight.execute(
            new SetResidentBudgetRight.Command(
                trajectoryId, Json.enumValue(ResidentBudgetRight.class, body.right(), "right"))));
  }

  // ---------------------------------------------------------------- ETag

  private static Response withETag(BudgetPlanOverview overview) {
    return Response.ok(view(overview)).tag(ETags.of(overview.plan().version())).build();
  }

  static long expectedVersion(String ifMatch) {
    return ETags.expectedVersion(ifMatch);
  }

  // ---------------------------------------------------------------- views

  private static BudgetPlanView view(BudgetPlanOverview overview) {
    BudgetPlan plan = overview.plan();
    MonthlyTotals totals = overview.totals();
    LocalDate today = overview.asOf();
    return new BudgetPlanView(
        plan.residentRight().name(),
        overview.mayEdit(),
        plan.incomes().stream()
            .map(
                l ->
                    new BudgetIncome(
                        l.source(),
                        text(l.amount()),
                        l.frequency().name(),
                        text(l.monthlyAmount())))
            .toList(),
        plan.expenses().stream()
            .map(
                l ->
                    new BudgetExpense(
                        l.category(),
                        text(l.amount()),
                        l.frequency().name(),
                        text(l.monthlyAmount())))
            .toList(),
        plan.debts().stream()
            .map(
                d ->
                    new BudgetDebt(
                        d.creditor(),
                        text(d.outstandingAmount()),
                        text(d.periodicAmount()),
                        d.frequency().name(),
                        d.end().map(LocalDate::toString).orElse(null),
                        text(d.monthlyPayment(today))))
            .toList(),
        new BudgetTotals(
            text(totals.income()),
            text(totals.expenses()),
            text(totals.debtPayments()),
            text(totals.left())));
  }

  private static String text(BigDecimal amount) {
    return amount.toPlainString();
  }

  // ---------------------------------------------------------------- input

  /**
   * Reads every line of a list; a broken rule names the line, e.g. {@code incomes[2].amount must be
   * ...}.
   */
  static <B, L> List<L> lines(List<B> bodies, String list, LineReader<B, L> reader) {
    List<L> lines = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      String field = list + "[" + i + "]";
      B body = Json.required(bodies.get(i), field);
      try {
        lines.add(reader.read(body, field + "."));
      } catch (RuleViolation e) {
        throw new RuleViolation(e.rule(), field + "." + e.getMessage());
      }
    }
    return lines;
  }

  @FunctionalInterface
  interface LineReader<B, L> {
    L read(B body, String prefix);
  }

  static IncomeLine income(BudgetIncome b, String prefix) {
    return new IncomeLine(
        b.source(),
        amount(b.amount(), prefix + "amount"),
        frequency(b.frequency(), prefix + "frequency"));
  }

  private static ExpenseLine expense(BudgetExpense b, String prefix) {
    return new ExpenseLine(
        b.category(),
        amount(b.amount(), prefix + "amount"),
        frequency(b.frequency(), prefix + "frequency"));
  }

  static Debt debt(BudgetDebt b, String prefix) {
    return new Debt(
        b.creditor(),
        amount(b.outstandingAmount(), prefix + "outstandingAmount"),
        amount(b.periodicAmount(), prefix + "periodicAmount"),
        frequency(b.frequency(), prefix + "frequency"),
        Json.optionalDay(b.endDate(), prefix + "endDate"));
  }

  /** Decimal text with a dot (a comma is accepted, as people type it); 400 when unreadable. */
  private static BigDecimal amount(String text, String field) {
    Json.required(text, field);
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new BadRequest(field, field + " must be an amount like \"12.50\", not '" + text + "'");
    }
  }

  private static Frequency frequency(String value, String field) {
    return Json.enumValue(Frequency.class, value, field);
  }
}
