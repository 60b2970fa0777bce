package nl.redzaam.application.port;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.EarlyStopReason;
import nl.redzaam.domain.trajectory.Stage;

/**
 * The municipality's figures, each computed by one aggregating query where the trajectories are
 * stored: no trajectory is loaded, no resident's name is read. The figures are raw counts; hiding
 * small numbers is the use case's job ({@code ReadKpis}). A day is a Dutch calendar day.
 */
public interface KpiQuery {

  /**
   * Which trajectories count.
   *
   * @param from the period's first day
   * @param to the period's last day (included)
   * @param type one type only; empty: every type
   * @param coaches only trajectories with one of these among their coaches (a coach team's
   *     members); empty: every trajectory. An empty set inside selects nothing.
   */
  record Selection(
      MunicipalityId municipality,
      LocalDate from,
      LocalDate to,
      Optional<TrajectoryType> type,
      Optional<Set<StaffMemberId>> coaches) {
    public Selection {
      Objects.requireNonNull(municipality, "municipality");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(type, "type");
      coaches = coaches.map(Set::copyOf);
    }
  }

  /**
   * The median of a duration and how many trajectories it is the median of.
   *
   * @param median null when count is 0
   */
  record Median(long count, BigDecimal median) {}

  /** Trajectories whose (latest) invitation was sent in the period. */
  long invited(Selection selection);

  /** Trajectories whose start conversation was concluded in the period: coaching began. */
  long started(Selection selection);

  /**
   * Of the trajectories {@link #started} in the period, the days from the invitation to the start
   * conversation's conclusion.
   */
  Median daysToStart(Selection selection);

  /** The trajectories not closed, per stage, today: the period does not apply. */
  Map<Stage, Long> inProgress(Selection selection);

  /** Trajectories whose final evaluation was concluded in the period, per outcome. */
  Map<Outcome, Long> outcomes(Selection selection);

  /** Trajectories stopped early in the period, per reason. */
  Map<EarlyStopReason, Long> earlyStops(Selection selection);

  /**
   * Of the trajectories with an {@link #outcomes outcome} in the period, the days from the start
   * conversation's conclusion to the final evaluation's: the throughput time, pauses included.
   */
  Median throughputDays(Selection selection);

  /**
   * Trajectories closed in the period with outcome 11A whose last held check-in says whether the
   * resident still manages on their own: how many say yes (true) and no (false).
   */
  Map<Boolean, Long> stillIndependentAtLastCheckIn(Selection selection);
}
