package nl.redzaam.domain.conversation;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static nl.redzaam.domain.fixtures.SampleDays.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.domain.fixtures.SampleCatalogue;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import nl.redzaam.domain.trajectory.TrajectorySnapshot;
import org.junit.jupiter.api.Test;

class MessageTest {

  private static final ResidentId RESIDENT = new ResidentId(new UUID(0, 3));
  private static final StaffMemberId COACH = new StaffMemberId(new UUID(0, 4));
  private static final StaffMemberId STAND_IN = new StaffMemberId(new UUID(0, 5));
  private static final Correspondent THE_RESIDENT = Correspondent.resident(RESIDENT);
  private static final Correspondent THE_COACH = Correspondent.staff(COACH);

  private final Trajectory trajectory =
      Trajectory.start(
          new TrajectoryId(new UUID(0, 1)),
          new MunicipalityId(new UUID(0, 2)),
          RESIDENT,
          SampleCatalogue.of(TrajectoryType.FINANCIAL_SUPPORT, 1),
          Set.of(COACH),
          Set.of(),
          COACH,
          day(-21));

  private Message send(Trajectory t, Correspondent author, String text) {
    return Message.send(new MessageId(new UUID(0, 9)), t, author, text, day(1));
  }

  @Test
  void a_message_is_sent_trimmed_unread_and_announced() {
    Message message = send(trajectory, THE_RESIDENT, "  Kunt u mij bellen?\n");

    assertEquals("Kunt u mij bellen?", message.text());
    assertEquals(THE_RESIDENT, message.author());
    assertEquals(day(1), message.sentAt());
    assertEquals(trajectory.id(), message.trajectoryId());
    assertEquals(List.of(), message.readings());
    assertEquals(
        new MessageSent(message.id(), trajectory.id(), Correspondent.Kind.RESIDENT, day(1)),
        message.sent());
  }

  @Test
  void a_message_has_text_of_at_most_4000_characters() {
    assertViolates("text-required", () -> send(trajectory, THE_COACH, "   "));
    assertViolates("text-required", () -> send(trajectory, THE_COACH, null));
    assertViolates("text-too-long", () -> send(trajectory, THE_COACH, "a".repeat(4001)));
    assertEquals(4000, send(trajectory, THE_COACH, " " + "a".repeat(4000) + " ").text().length());
  }

  @Test
  void no_message_can_be_sent_in_a_closed_trajectory() {
    assertViolates(
        "closed-trajectory-is-read-only",
        () -> send(closed(trajectory), THE_RESIDENT, "Nog een vraag"));
  }

  @Test
  void a_reader_reads_a_message_once_and_the_author_never_needs_to() {
    Message message = send(trajectory, THE_RESIDENT, "Hallo");

    assertEquals(Optional.empty(), message.markReadBy(THE_RESIDENT, day(2)));
    assertFalse(message.isReadBy(THE_COACH));

    Optional<MessageReading> reading = message.markReadBy(THE_COACH, day(2));
    assertEquals(Optional.of(new MessageReading(THE_COACH, day(2))), reading);
    assertEquals(Optional.empty(), message.markReadBy(THE_COACH, day(3)), "read before");
    message.markReadBy(Correspondent.staff(STAND_IN), day(4));

    assertTrue(message.isReadBy(THE_COACH));
    assertEquals(
        List.of(
            new MessageReading(THE_COACH, day(2)),
            new MessageReading(Correspondent.staff(STAND_IN), day(4))),
        message.readings());
  }

  /** The trajectory as if it had run its course and was closed. */
  private static Trajectory closed(Trajectory t) {
    TrajectorySnapshot s = t.snapshot();
    return Trajectory.restore(
        new TrajectorySnapshot(
            s.id(),
            s.municipalityId(),
            s.residentId(),
            s.type(),
            s.catalogueId(),
            s.coaches(),
            s.specialists(),
            Stage.CLOSED,
            s.midEvaluationWeek(),
            s.startedAt(),
            s.startedBy(),
            s.invitedAt(),
            s.activatedAt(),
            s.coachingStartedOn(),
            s.coachingEndedOn(),
            s.pauses(),
            s.tempoChanges(),
            s.progress(),
            s.ownAssignments(),
            s.notes(),
            s.evaluations(),
            s.screenings(),
            s.outcome(),
            s.earlyStop(),
            s.checkIns(),
            s.closedOn(),
            s.plannedConversation(),
            s.version()));
  }
}
