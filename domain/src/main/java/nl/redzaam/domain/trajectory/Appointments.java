package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.shared.Text;

/**
 * When coach and resident meet next: the planned conversation, and in aftercare the check-ins
 * (waakvlamgesprekken). Times are Dutch wall-clock times, as people agree them.
 */
final class Appointments {

  /** How far ahead a conversation can be planned; further is almost always a typing error. */
  private static final int MAX_DAYS_AHEAD = 366;

  private PlannedConversation plannedConversation;
  private final List<CheckIn> checkIns;

  Appointments(PlannedConversation plannedConversation, List<CheckIn> checkIns) {
    this.plannedConversation = plannedConversation;
    this.checkIns = new ArrayList<>(checkIns);
  }

  /** Replaces an earlier appointment. */
  void planConversation(LocalDateTime startsAt, String place, LocalDateTime now) {
    // Whole minutes, as people agree a time; checked as stored.
    LocalDateTime minute = startsAt.withSecond(0).withNano(0);
    require(
        minute.isAfter(now),
        "conversation-in-past",
        "A conversation is planned for a time that has not passed yet");
    require(
        !minute.toLocalDate().isAfter(now.toLocalDate().plusDays(MAX_DAYS_AHEAD)),
        "conversation-too-far-ahead",
        "A conversation is planned at most " + MAX_DAYS_AHEAD + " days ahead");
    String checkedPlace = Text.required(place, "The place", PlannedConversation.MAX_PLACE_LENGTH);
    plannedConversation = new PlannedConversation(minute, checkedPlace);
  }

  /** False when there was nothing to cancel. */
  boolean cancelConversation() {
    if (plannedConversation == null) {
      return false;
    }
    plannedConversation = null;
    return true;
  }

  /** One of an earlier day is over and no longer the next one. */
  Optional<PlannedConversation> nextConversation(LocalDate today) {
    if (plannedConversation == null
        || plannedConversation.startsAt().toLocalDate().isBefore(today)) {
      return Optional.empty();
    }
    return Optional.of(plannedConversation);
  }

  void planCheckIn(CheckInId checkInId, LocalDate on, LocalDate today) {
    require(!on.isBefore(today), "check-in-in-past", "A check-in is planned for today or later");
    require(
        checkIns.stream().noneMatch(c -> c.id().equals(checkInId)),
        "duplicate-check-in",
        "Check-in " + checkInId + " already exists");
    checkIns.add(new CheckIn(checkInId, on, null, null, null));
  }

  void recordCheckIn(
      CheckInId checkInId, String summary, Boolean stillIndependent, LocalDate today) {
    CheckIn checkIn =
        checkIns.stream()
            .filter(c -> c.id().equals(checkInId))
            .findFirst()
            .orElseThrow(() -> new RuleViolation("unknown-check-in", "No check-in " + checkInId));
    require(
        !checkIn.held(), "check-in-already-held", "Check-in " + checkInId + " was already held");
    checkIns.set(
        checkIns.indexOf(checkIn),
        new CheckIn(
            checkInId,
            checkIn.plannedOn(),
            today,
            Text.required(summary, "A check-in summary", Trajectory.MAX_TEXT_LENGTH),
            stillIndependent));
  }

  PlannedConversation plannedConversation() {
    return plannedConversation;
  }

  List<CheckIn> checkIns() {
    return List.copyOf(checkIns);
  }
}
