package nl.redzaam.domain.budget;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.redzaam.domain.shared.AggregateRoot;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * The budget plan of one trajectory: income, expenses and debts, and the resident's right to read
 * or change it. Every trajectory has one; until someone saves it, it is empty with the default
 * right ({@link #empty}). The plan stays usable after the trajectory is closed: the resident keeps
 * it in the aftercare (handreiking, 11A).
 */
public final class BudgetPlan implements AggregateRoot<TrajectoryId> {

  /** The right a resident has until a professional sets another. */
  public static final ResidentBudgetRight DEFAULT_RESIDENT_RIGHT = ResidentBudgetRight.READ;

  /** The most lines per list (income, expenses, debts). */
  public static final int MAX_LINES = 100;

  /** The longest source, category or creditor name. */
  public static final int MAX_TEXT = 200;

  private final TrajectoryId trajectoryId;
  private ResidentBudgetRight residentRight;
  private List<IncomeLine> incomes;
  private List<ExpenseLine> expenses;
  private List<Debt> debts;
  private final long version;

  public BudgetPlan(
      TrajectoryId trajectoryId,
      ResidentBudgetRight residentRight,
      List<IncomeLine> incomes,
      List<ExpenseLine> expenses,
      List<Debt> debts,
      long version) {
    this.trajectoryId = Objects.requireNonNull(trajectoryId, "trajectoryId");
    this.residentRight = Objects.requireNonNull(residentRight, "residentRight");
    this.incomes = List.copyOf(incomes);
    this.expenses = List.copyOf(expenses);
    this.debts = List.copyOf(debts);
    this.version = version;
  }

  /** The plan of a trajectory before anyone saved it: version 0. */
  public static BudgetPlan empty(TrajectoryId trajectoryId) {
    return new BudgetPlan(trajectoryId, DEFAULT_RESIDENT_RIGHT, List.of(), List.of(), List.of(), 0);
  }

  /** Fails unless this party may see the plan's content. */
  public void ensureReadableBy(Party party) {
    require(
        mayRead(party),
        "budget-plan-not-shared",
        "The budget plan has not been shared with the resident");
  }

  public boolean mayRead(Party party) {
    return party == Party.PROFESSIONAL || residentRight != ResidentBudgetRight.NONE;
  }

  /** Fails unless this party may change the plan's content. */
  public void ensureEditableBy(Party party) {
    ensureReadableBy(party);
    require(mayEdit(party), "budget-plan-read-only", "You may read the budget plan, not change it");
  }

  public boolean mayEdit(Party party) {
    return party == Party.PROFESSIONAL
        || (party == Party.RESIDENT && residentRight == ResidentBudgetRight.READ_AND_EDIT);
  }

  /** Replaces the whole content of the plan, as the party's form holds it. */
  public void replace(
      Party by, List<IncomeLine> incomes, List<ExpenseLine> expenses, List<Debt> debts) {
    ensureEditableBy(by);
    this.incomes = limited(incomes, "incomes");
    this.expenses = limited(expenses, "expenses");
    this.debts = limited(debts, "debts");
  }

  /** A professional decides what the resident may do with the plan. */
  public void setResidentRight(Party by, ResidentBudgetRight right) {
    require(
        by == Party.PROFESSIONAL,
        "budget-rights-by-professional",
        "Only a professional of the trajectory sets the resident's right");
    this.residentRight = Objects.requireNonNull(right, "right");
  }

  /** The plan per month on the given day: debts whose payments have ended no longer count. */
  public MonthlyTotals monthlyTotals(LocalDate today) {
    BigDecimal income = sum(incomes, IncomeLine::monthlyAmount);
    BigDecimal spent = sum(expenses, ExpenseLine::monthlyAmount);
    BigDecimal debtPayments = sum(debts, d -> d.monthlyPayment(today));
    return new MonthlyTotals(
        income, spent, debtPayments, income.subtract(spent).subtract(debtPayments));
  }

  private static <T> BigDecimal sum(List<T> lines, Function<T, BigDecimal> monthly) {
    return lines.stream().map(monthly).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  private static <T> List<T> limited(List<T> lines, String field) {
    if (lines.size() > MAX_LINES) {
      throw new RuleViolation(
          "too-many-budget-lines", field + " must have at most " + MAX_LINES + " lines");
    }
    return List.copyOf(lines);
  }

  /** A budget plan is known by its trajectory's id. */
  @Override
  public TrajectoryId id() {
    return trajectoryId;
  }

  public TrajectoryId trajectoryId() {
    return trajectoryId;
  }

  public ResidentBudgetRight residentRight() {
    return residentRight;
  }

  public List<IncomeLine> incomes() {
    return incomes;
  }

  public List<ExpenseLine> expenses() {
    return expenses;
  }

  public List<Debt> debts() {
    return debts;
  }

  /** 0 for a plan never saved; the stored version otherwise (the ETag of the API). */
  public long version() {
    return version;
  }
}
