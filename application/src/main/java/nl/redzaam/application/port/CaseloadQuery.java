package nl.redzaam.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.TrajectoryId;

/**
 * A coach's caseload as rows, filtered, sorted and paged where the trajectories are stored, so that
 * a page costs the same however many trajectories a coach and their team have. It answers what a
 * list needs to choose and order its lines; what a line shows beyond that (this week's assignments,
 * progress per theme) the use case reads from the trajectories of the page.
 */
public interface CaseloadQuery {

  /** Which trajectories to list. */
  enum Scope {
    /** Those the coach is a coach of. */
    OWN,
    /** Those the coach stands in for: a team-mate coaches them, the coach does not. */
    TEAM,
    /** Both. */
    ALL
  }

  /** Why a trajectory waits for the coach; a trajectory may wait for several reasons. */
  enum Waiting {
    /** Answers were handed in and wait for a review. */
    ANSWERS_TO_REVIEW,
    /** The resident left a note nobody has replied to. */
    NOTES_TO_ANSWER,
    /** The resident sent messages no staff member has read. */
    MESSAGES_TO_READ,
    /** An evaluation is to be held or concluded (the trajectory's evaluationDue). */
    EVALUATION_DUE,
    /** Nothing from the resident since {@link Criteria#silentSince}, while not paused. */
    SILENT
  }

  enum Sort {
    /** By resident name (the default). */
    RESIDENT_NAME,
    /**
     * Most reasons to wait first, then most things waiting (answers, notes and messages together),
     * then by resident name.
     */
    MOST_WAITING
  }

  /**
   * @param coach whose caseload: a trajectory they do not coach is listed as a stand-in's
   * @param coaches the coach and, unless the scope is OWN, their team-mates in this municipality
   * @param waitingFor only rows waiting for at least one of these reasons; empty: all
   * @param today the day whose week, evaluation due and silence count
   * @param silentSince a resident with no activity after this moment is silent
   * @param lastWeeks the last week with an assignment of each catalogue in use ({@link
   *     #cataloguesInUse}); the final evaluation is due from the later of it and the coach's own
   */
  record Criteria(
      MunicipalityId municipality,
      StaffMemberId coach,
      Set<StaffMemberId> coaches,
      Scope scope,
      Set<Waiting> waitingFor,
      Sort sort,
      PageRequest page,
      LocalDate today,
      Instant silentSince,
      Map<CatalogueId, Integer> lastWeeks) {
    public Criteria {
      Objects.requireNonNull(municipality, "municipality");
      Objects.requireNonNull(coach, "coach");
      coaches = Set.copyOf(coaches);
      Objects.requireNonNull(scope, "scope");
      waitingFor = Set.copyOf(waitingFor);
      Objects.requireNonNull(sort, "sort");
      Objects.requireNonNull(page, "page");
      Objects.requireNonNull(today, "today");
      Objects.requireNonNull(silentSince, "silentSince");
      lastWeeks = Map.copyOf(lastWeeks);
    }
  }

  /**
   * One line as the store computes it, by the same rules as the trajectory.
   *
   * @param evaluationDue the evaluation to hold or conclude today, or null
   * @param lastResidentActivity the latest of activating, handing in, saving a draft, leaving a
   *     note and sending a message; null before activation
   */
  record Row(
      TrajectoryId trajectoryId,
      ResidentId residentId,
      String residentName,
      TrajectoryType type,
      Stage stage,
      int currentWeek,
      boolean paused,
      long answersToReview,
      long notesAwaitingReply,
      long unreadMessages,
      EvaluationKind evaluationDue,
      Instant lastResidentActivity,
      boolean silent,
      boolean standIn) {

    /** Why it waits for the coach, in the order of {@link Waiting}; empty: nothing. */
    public List<Waiting> waitingFor() {
      Set<Waiting> waiting = EnumSet.noneOf(Waiting.class);
      if (answersToReview > 0) {
        waiting.add(Waiting.ANSWERS_TO_REVIEW);
      }
      if (notesAwaitingReply > 0) {
        waiting.add(Waiting.NOTES_TO_ANSWER);
      }
      if (unreadMessages > 0) {
        waiting.add(Waiting.MESSAGES_TO_READ);
      }
      if (evaluationDue != null) {
        waiting.add(Waiting.EVALUATION_DUE);
      }
      if (silent) {
        waiting.add(Waiting.SILENT);
      }
      return List.copyOf(waiting);
    }
  }

  /** The catalogues the running trajectories of these coaches in this municipality run on. */
  Set<CatalogueId> cataloguesInUse(MunicipalityId municipality, Set<StaffMemberId> coaches);

  /** One page of the caseload; its total counts every row that passes the filter. */
  ResultPage<Row> page(Criteria criteria);
}
