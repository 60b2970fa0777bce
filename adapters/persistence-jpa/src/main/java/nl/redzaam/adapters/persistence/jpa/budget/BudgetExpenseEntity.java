package nl.redzaam.adapters.persistence.jpa.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.redzaam.adapters.persistence.jpa.OwnerPosition;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.domain.budget.Frequency;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** An expense line of a budget plan, at its position in the plan's list. */
@Entity
@Table(name = "budget_expense")
@IdClass(OwnerPosition.class)
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class BudgetExpenseEntity {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "trajectory_id")
  BudgetPlanEntity owner;

  @Id
  @Column(name = "position")
  int position;

  @Column(name = "category", nullable = false, length = 200)
  String category;

  @Column(name = "amount", nullable = false, precision = 12, scale = 2)
  BigDecimal amount;

  @Enumerated(EnumType.STRING)
  @Column(name = "frequency", nullable = false, length = 20)
  Frequency frequency;

  BudgetExpenseEntity() {}

  BudgetExpenseEntity(BudgetPlanEntity owner, int position) {
    this.owner = owner;
    this.position = position;
  }
}
