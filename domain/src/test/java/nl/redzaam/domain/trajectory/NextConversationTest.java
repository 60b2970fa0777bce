package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.SPECIALIST;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.closed;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.invited;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.redzaam.domain.trajectory.TrajectoryEvent.ConversationCancelled;
import nl.redzaam.domain.trajectory.TrajectoryEvent.ConversationPlanned;
import org.junit.jupiter.api.Test;

/** The appointment for the next conversation between coach and resident: time and place. */
class NextConversationTest {

  private static final int TODAY = 10;

  @Test
  void a_coach_plans_the_next_conversation_and_the_resident_sees_it_until_that_day_has_passed() {
    Trajectory t = inCoaching();
    LocalDateTime tuesdayTen = date(TODAY + 5).atTime(10, 0);

    t.planConversation(tuesdayTen, "  Gemeentehuis, kamer 2.14 ", COACH, day(TODAY));

    var planned = new PlannedConversation(tuesdayTen, "Gemeentehuis, kamer 2.14");
    assertEquals(List.of(new ConversationPlanned(TRAJECTORY, day(TODAY))), t.releaseEvents());
    assertEquals(Optional.of(planned), t.nextConversation(date(TODAY)));
    assertEquals(Optional.of(planned), t.nextConversation(date(TODAY + 5)));
    assertEquals(Optional.empty(), t.nextConversation(date(TODAY + 6)));
  }

  @Test
  void planning_again_replaces_the_appointment_and_seconds_are_dropped() {
    Trajectory t = inCoaching();
    t.planConversation(date(TODAY + 5).atTime(10, 0), "Gemeentehuis", COACH, day(TODAY));

    t.planConversation(date(TODAY + 7).atTime(9, 30, 59), "Bij je thuis", COACH, day(TODAY));

    assertEquals(
        Optional.of(new PlannedConversation(date(TODAY + 7).atTime(9, 30), "Bij je thuis")),
        t.nextConversation(date(TODAY)));
  }

  @Test
  void the_start_conversation_can_be_planned_before_the_resident_activates() {
    Trajectory t = invited();

    t.planConversation(date(TODAY + 2).atTime(11, 0), "Wijkcentrum De Brug", COACH, day(TODAY));

    assertEquals("Wijkcentrum De Brug", t.nextConversation(date(TODAY)).orElseThrow().place());
  }

  @Test
  void a_time_that_has_passed_or_lies_more_than_a_year_ahead_is_refused() {
    Trajectory t = inCoaching();
    // day(n) is 09:00 UTC, 10:00 in Dutch winter time.
    LocalDateTime earlierToday = date(TODAY).atTime(9, 59);

    assertRefused(
        t,
        "conversation-in-past",
        () -> t.planConversation(earlierToday, "Gemeentehuis", COACH, day(TODAY)));
    assertRefused(
        t,
        "conversation-too-far-ahead",
        () ->
            t.planConversation(date(TODAY + 367).atTime(10, 0), "Gemeentehuis", COACH, day(TODAY)));
    t.planConversation(date(TODAY + 366).atTime(10, 0), "Gemeentehuis", COACH, day(TODAY));
  }

  @Test
  void a_place_is_required_and_short() {
    Trajectory t = inCoaching();
    LocalDateTime later = date(TODAY + 1).atTime(10, 0);

    assertRefused(t, "text-required", () -> t.planConversation(later, " ", COACH, day(TODAY)));
    assertRefused(
        t, "text-too-long", () -> t.planConversation(later, "x".repeat(201), COACH, day(TODAY)));
  }

  @Test
  void only_a_coach_plans_or_cancels_and_not_after_closing() {
    Trajectory t = inCoaching();
    LocalDateTime later = date(TODAY + 1).atTime(10, 0);

    assertRefused(
        t, "coach-only", () -> t.planConversation(later, "Gemeentehuis", SPECIALIST, day(TODAY)));
    assertRefused(t, "coach-only", () -> t.cancelConversation(SPECIALIST, day(TODAY)));
    Trajectory done = closed();
    assertRefused(
        done,
        "closed-trajectory-is-read-only",
        () -> done.planConversation(later.plusDays(300), "Gemeentehuis", COACH, day(300)));
  }

  @Test
  void a_closed_trajectory_has_no_next_conversation_though_one_was_stored() {
    Trajectory done = closed();

    assertEquals(
        new PlannedConversation(date(150).atTime(14, 30), "Bij je thuis"),
        TrajectoryFixtures.everythingFilledIn().snapshot().plannedConversation());
    assertEquals(
        Optional.empty(), TrajectoryFixtures.everythingFilledIn().nextConversation(date(121)));
    assertEquals(Optional.empty(), done.nextConversation(date(251)));
  }

  @Test
  void a_time_within_the_current_minute_has_passed() {
    Trajectory t = inCoaching();
    // day(TODAY) is 10:00:00 Dutch time; 10:00:45 is stored as 10:00, which is not later.
    assertRefused(
        t,
        "conversation-in-past",
        () ->
            t.planConversation(
                date(TODAY).atTime(10, 0, 45), "Gemeentehuis", COACH, day(TODAY).plusSeconds(30)));
  }

  @Test
  void cancelling_removes_it_and_cancelling_nothing_changes_nothing() {
    Trajectory t = inCoaching();
    t.planConversation(date(TODAY + 1).atTime(10, 0), "Gemeentehuis", COACH, day(TODAY));
    t.releaseEvents();

    t.cancelConversation(COACH, day(TODAY));
    t.cancelConversation(COACH, day(TODAY));

    assertEquals(List.of(new ConversationCancelled(TRAJECTORY, day(TODAY))), t.releaseEvents());
    assertEquals(Optional.empty(), t.nextConversation(date(TODAY)));
  }
}
