package nl.redzaam.application.mail;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.MailDue;
import nl.redzaam.application.port.MailPreferenceRepository;
import nl.redzaam.application.port.MailPreferences;
import nl.redzaam.application.port.MessageRepository;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.trajectory.CatalogueOf;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.CheckIn;
import nl.redzaam.domain.trajectory.PlannedConversation;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;

/**
 * The mails that follow from the calendar rather than from a change, run by a scheduler in every
 * server instance. Each run may find the same mails as a run before it or a run in another
 * instance: every mail's idempotency key names its cause (a trajectory's week, a coach's day, one
 * evaluation, one planned check-in), so the outbox keeps one.
 */
public final class ScheduledMails {

  /** A reminder goes out this many days before an evaluation. */
  public static final int EVALUATION_DAYS_AHEAD = 7;

  /** A reminder goes out this many days before a planned check-in. */
  public static final int CHECK_IN_DAYS_AHEAD = 3;

  /** A reminder goes out this many days before a conversation the coach planned. */
  public static final int CONVERSATION_DAYS_AHEAD = 2;

  private final MailPreferenceRepository preferences;
  private final MailRecipients recipients;
  private final TrajectoryRepository trajectories;
  private final CatalogueRepository catalogues;
  private final MessageRepository messages;
  private final Clock clock;
  private final Notifications notifications;

  @Inject
  public ScheduledMails(
      MailPreferenceRepository preferences,
      MailRecipients recipients,
      TrajectoryRepository trajectories,
      CatalogueRepository catalogues,
      MessageRepository messages,
      Clock clock,
      Notifications notifications) {
    this.preferences = preferences;
    this.recipients = recipients;
    this.trajectories = trajectories;
    this.catalogues = catalogues;
    this.messages = messages;
    this.clock = clock;
    this.notifications = notifications;
  }

  /**
   * The weekly mail (run on Monday morning): to each resident who turned it on, whose trajectory is
   * in its weeks of assignments and not paused, and who has assignments this week.
   *
   * @return the mails handed to the outbox (some may have been there already)
   */
  public List<MailDue> weekly() {
    Instant now = clock.now();
    LocalDate today = clock.today();
    List<MailDue> due = new ArrayList<>();
    for (UUID person : preferences.withWeeklyAssignments()) {
      ResidentId residentId = new ResidentId(person);
      Optional<MailDue.Recipient> recipient = recipients.resident(residentId);
      if (recipient.isEmpty()) {
        continue; // no resident, or no enabled account
      }
      for (Trajectory t : trajectories.ofResident(residentId)) {
        if (!t.stage().isWeeklyWork() || t.paused()) {
          continue;
        }
        int assignments = t.dueThisWeek(today, CatalogueOf.trajectory(catalogues, t)).size();
        if (assignments == 0) {
          continue;
        }
        due.add(
            new MailDue.WeeklyAssignments(
                recipient.get(), t.id(), t.currentWeek(today), assignments, now));
      }
    }
    notifications.happened(due);
    return due;
  }

  /**
   * The daily mails (run early in the morning): the coaches' digests of yesterday, and the
   * residents' reminders of an evaluation, a check-in or a planned conversation coming up.
   */
  public List<MailDue> daily() {
    List<MailDue> due = new ArrayList<>();
    due.addAll(digests());
    due.addAll(reminders());
    notifications.happened(due);
    return due;
  }

  private List<MailDue> digests() {
    Instant now = clock.now();
    LocalDate yesterday = clock.today().minusDays(1);
    Instant from = yesterday.atStartOfDay(Trajectory.ZONE).toInstant();
    Instant until = yesterday.plusDays(1).atStartOfDay(Trajectory.ZONE).toInstant();
    List<MailDue> due = new ArrayList<>();
    for (UUID person : preferences.withCoachNews(MailPreferences.CoachNews.DAILY_DIGEST)) {
      StaffMemberId coach = new StaffMemberId(person);
      List<Trajectory> running =
          trajectories.withCoach(coach).stream().filter(t -> t.stage() != Stage.CLOSED).toList();
      int notes =
          (int)
              running.stream()
                  .flatMap(t -> t.notes().stream())
                  .filter(n -> !n.writtenAt().isBefore(from) && n.writtenAt().isBefore(until))
                  .count();
      int fromResidents =
          (int)
              messages.sentByResidents(
                  running.stream().map(Trajectory::id).collect(Collectors.toSet()), from, until);
      if (notes + fromResidents == 0) {
        continue;
      }
      int n = notes;
      int m = fromResidents;
      recipients
          .staffMember(coach)
          .ifPresent(r -> due.add(new MailDue.CoachDigest(r, coach, yesterday, n, m, now)));
    }
    return due;
  }

  private List<MailDue> reminders() {
    Instant now = clock.now();
    LocalDate today = clock.today();
    List<MailDue> due = new ArrayList<>();
    for (Trajectory t : trajectories.running()) {
      // What is coming up is decided in memory first; only then the resident and her choice. A
      // planned conversation comes up even while paused; the method's own moments do not.
      Optional<PlannedConversation> conversation =
          t.nextConversation(today)
              .filter(
                  c ->
                      !c.startsAt().toLocalDate().isAfter(today.plusDays(CONVERSATION_DAYS_AHEAD)));
      Optional<EvaluationKind> evaluation = Optional.empty();
      if (t.stage().isWeeklyWork() && !t.paused()) {
        Catalogue catalogue = CatalogueOf.trajectory(catalogues, t);
        // Coming up: due a week from now, whether or not it is due already today.
        evaluation =
            t.evaluationDue(today.plusDays(EVALUATION_DAYS_AHEAD), catalogue)
                .filter(kind -> kind == EvaluationKind.MID || kind == EvaluationKind.FINAL)
                .filter(kind -> t.evaluation(kind).isEmpty());
      }
      List<CheckIn> checkIns =
          t.stage() != Stage.AFTERCARE || t.paused()
              ? List.of()
              : t.checkIns().stream()
                  .filter(
                      c ->
                          !c.held()
                              && !c.plannedOn().isBefore(today)
                              && !c.plannedOn().isAfter(today.plusDays(CHECK_IN_DAYS_AHEAD)))
                  .toList();
      if ((evaluation.isEmpty() && checkIns.isEmpty() && conversation.isEmpty())
          || !recipients.preferencesOf(t.residentId().value()).reminders()) {
        continue;
      }
      Optional<MailDue.Recipient> recipient = recipients.resident(t.residentId());
      if (recipient.isEmpty()) {
        continue;
      }
      MailDue.Recipient r = recipient.get();
      evaluation.ifPresent(kind -> due.add(new MailDue.EvaluationComing(r, t.id(), kind, now)));
      checkIns.forEach(
          c -> due.add(new MailDue.CheckInComing(r, t.id(), c.id(), c.plannedOn(), now)));
      conversation.ifPresent(
          c -> due.add(new MailDue.ConversationComing(r, t.id(), c.startsAt(), now)));
    }
    return due;
  }
}
