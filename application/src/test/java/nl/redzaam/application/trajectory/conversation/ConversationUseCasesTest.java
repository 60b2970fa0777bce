package nl.redzaam.application.trajectory.conversation;

import static nl.redzaam.application.fixtures.UseCaseFixtures.COACH;
import static nl.redzaam.application.fixtures.UseCaseFixtures.RESIDENT;
import static nl.redzaam.application.fixtures.UseCaseFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.fixtures.InMemoryConversationAndBudget;
import nl.redzaam.application.fixtures.TrajectoryActors;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.application.trajectory.TrajectoryAccess;
import nl.redzaam.domain.conversation.Correspondent;
import nl.redzaam.domain.conversation.Message;
import nl.redzaam.domain.conversation.MessageId;
import nl.redzaam.domain.conversation.MessageReading;
import nl.redzaam.domain.conversation.MessageSent;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ConversationUseCasesTest {

  @Mock CurrentUser currentUser;
  @Mock TrajectoryRepository trajectories;
  @Mock CoachTeamRepository teams;
  @Mock SupportGrantRepository grants;
  @Mock AccessLog accessLog;
  @Mock Notifications notifications;

  private final InMemoryConversationAndBudget.Messages messages =
      new InMemoryConversationAndBudget.Messages();
  private Instant now = START.plusSeconds(3600);
  private final Clock clock = () -> now;
  private int nextId = 1;
  private Trajectory trajectory;
  private TrajectoryAccess access;

  @BeforeEach
  void setUp() {
    trajectory =
        UseCaseFixtures.trajectoryInCoaching(
            UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE));
    when(trajectories.find(trajectory.id())).thenReturn(Optional.of(trajectory));
    TrajectoryActors.relate(trajectory, teams, grants);
    access = new TrajectoryAccess(trajectories, teams, grants, accessLog);
  }

  private Message send(Actor actor, String text) {
    when(currentUser.actor()).thenReturn(actor);
    now = now.plusSeconds(60);
    return new SendMessage(
            currentUser, access, messages, () -> new UUID(0, nextId++), clock, notifications)
        .execute(new SendMessage.Command(trajectory.id(), text));
  }

  private ListMessages.MessagePage list(Actor actor, int page, int pageSize) {
    when(currentUser.actor()).thenReturn(actor);
    return new ListMessages(currentUser, access, messages)
        .execute(new ListMessages.Query(trajectory.id(), page, pageSize));
  }

  private int markRead(Actor actor, MessageId upTo) {
    when(currentUser.actor()).thenReturn(actor);
    return new MarkMessagesRead(currentUser, access, messages, clock)
        .execute(new MarkMessagesRead.Command(trajectory.id(), upTo));
  }

  @Test
  void the_resident_sends_a_message_that_is_stored_and_announced() {
    Message sent = send(UseCaseFixtures.resident(), "  Ik heb een brief gekregen. ");

    Message stored = messages.find(sent.id()).orElseThrow();
    assertEquals("Ik heb een brief gekregen.", stored.text());
    assertEquals(Correspondent.resident(RESIDENT), stored.author());
    assertEquals(now, stored.sentAt());
    verify(notifications)
        .happened(
            List.of(new MessageSent(sent.id(), trajectory.id(), Correspondent.Kind.RESIDENT, now)));
    verify(accessLog).concerns(RESIDENT, trajectory.id(), null);
  }

  @Test
  void the_coach_and_a_stand_in_coach_send_messages_as_themselves() {
    assertEquals(
        Correspondent.staff(COACH), send(UseCaseFixtures.coach(), "Hoe gaat het?").author());
    assertEquals(
        Correspondent.staff(TrajectoryActors.STAND_IN),
        send(TrajectoryActors.standIn(), "Ik neem het deze week over.").author());
    assertEquals(2, messages.stored.size());
  }

  @Test
  void a_specialist_and_a_support_worker_neither_send_nor_read_messages() {
    send(UseCaseFixtures.resident(), "Hallo");

    for (Actor refused : List.of(UseCaseFixtures.specialist(), TrajectoryActors.supportWorker())) {
      assertThrows(AccessDenied.class, () -> send(refused, "Hallo"));
      assertThrows(AccessDenied.class, () -> list(refused, 1, 20));
      assertThrows(AccessDenied.class, () -> markRead(refused, messages.stored.get(0).id()));
    }
    assertEquals(1, messages.stored.size());
  }

  @Test
  void someone_of_another_municipality_or_another_resident_finds_no_conversation() {
    Actor otherResident =
        new Actor.ResidentActor(
            new nl.redzaam.domain.resident.ResidentId(UUID.randomUUID()),
            UseCaseFixtures.MUNICIPALITY);

    for (Actor stranger : List.of(TrajectoryActors.coachElsewhere(), otherResident)) {
      assertThrows(NotFound.class, () -> send(stranger, "Hallo"));
      assertThrows(NotFound.class, () -> list(stranger, 1, 20));
    }
    assertEquals(List.of(), messages.stored);
  }

  @Test
  void an_empty_message_breaks_a_rule() {
    RuleViolation violation =
        assertThrows(RuleViolation.class, () -> send(UseCaseFixtures.resident(), " "));
    assertEquals("text-required", violation.rule());
    verify(notifications, never()).happened(org.mockito.ArgumentMatchers.any());
  }

  @Test
  void messages_are_listed_newest_first_a_page_at_a_time() {
    Message first = send(UseCaseFixtures.resident(), "Een");
    Message second = send(UseCaseFixtures.coach(), "Twee");
    Message third = send(UseCaseFixtures.resident(), "Drie");

    ListMessages.MessagePage page1 = list(UseCaseFixtures.coach(), 1, 2);
    ListMessages.MessagePage page2 = list(TrajectoryActors.standIn(), 2, 2);

    assertEquals(
        List.of(third.id(), second.id()), page1.items().stream().map(Message::id).toList());
    assertEquals(3, page1.totalItems());
    assertEquals(2, page1.pageSize());
    assertEquals(List.of(first.id()), page2.items().stream().map(Message::id).toList());
    assertEquals(2, page2.page());
    assertEquals(List.of(), list(UseCaseFixtures.resident(), 3, 2).items());
  }

  @Test
  void paging_starts_at_page_1_and_pages_hold_at_most_100() {
    assertThrows(
        IllegalArgumentException.class, () -> new ListMessages.Query(trajectory.id(), 0, 20));
    assertThrows(
        IllegalArgumentException.class, () -> new ListMessages.Query(trajectory.id(), 1, 101));
  }

  @Test
  void a_reader_marks_what_others_wrote_up_to_a_message_as_read() {
    Message first = send(UseCaseFixtures.resident(), "Een");
    Message reply = send(UseCaseFixtures.coach(), "Twee");
    Message second = send(UseCaseFixtures.resident(), "Drie");
    Message later = send(UseCaseFixtures.resident(), "Vier");

    assertEquals(2, markRead(UseCaseFixtures.coach(), second.id()));
    Instant readAt = now;

    Correspondent coach = Correspondent.staff(COACH);
    assertEquals(
        List.of(new MessageReading(coach, readAt)),
        messages.find(first.id()).orElseThrow().readings());
    assertEquals(List.of(), messages.find(reply.id()).orElseThrow().readings(), "own message");
    assertTrue(messages.find(second.id()).orElseThrow().isReadBy(coach));
    assertEquals(List.of(), messages.find(later.id()).orElseThrow().readings(), "sent after");
    assertEquals(0, markRead(UseCaseFixtures.coach(), second.id()), "read before");

    assertEquals(1, markRead(TrajectoryActors.standIn(), first.id()), "a stand-in reads too");
    assertEquals(1, markRead(UseCaseFixtures.resident(), later.id()), "the coach's reply");
  }

  @Test
  void a_message_of_another_trajectory_cannot_be_marked_read_here() {
    Trajectory other =
        UseCaseFixtures.trajectoryInCoaching(
            UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE));
    Message elsewhere =
        Message.send(
            new MessageId(UUID.randomUUID()),
            other,
            Correspondent.resident(RESIDENT),
            "Elders",
            now);
    messages.add(elsewhere);

    assertThrows(NotFound.class, () -> markRead(UseCaseFixtures.coach(), elsewhere.id()));
    assertEquals(List.of(), messages.find(elsewhere.id()).orElseThrow().readings());
    assertThrows(
        NotFound.class, () -> markRead(UseCaseFixtures.coach(), new MessageId(UUID.randomUUID())));
  }

  @Test
  void the_trajectory_id_in_a_command_is_required() {
    assertThrows(
        NullPointerException.class, () -> new SendMessage.Command((TrajectoryId) null, "x"));
  }
}
