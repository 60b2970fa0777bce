package nl.redzaam.adapters.persistence.jpa.budget;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.adapters.persistence.jpa.municipality.MunicipalityEntity;
import nl.redzaam.domain.budget.ResidentBudgetRight;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/** A trajectory's budget plan, keyed by the trajectory. See {@link MunicipalityEntity}. */
@Entity
@Table(name = "budget_plan")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
class BudgetPlanEntity {

  @Id
  @Column(name = "trajectory_id")
  UUID trajectoryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "resident_right", nullable = false, length = 20)
  ResidentBudgetRight residentRight;

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<BudgetIncomeEntity> incomes = new ArrayList<>();

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<BudgetExpenseEntity> expenses = new ArrayList<>();

  @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
  @BatchFetch(BatchFetchType.IN)
  List<BudgetDebtEntity> debts = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  long version;
}
