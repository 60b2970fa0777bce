package nl.redzaam.application.mail;

import static nl.redzaam.application.fixtures.UseCaseFixtures.COACH;
import static nl.redzaam.application.fixtures.UseCaseFixtures.MUNICIPALITY;
import static nl.redzaam.application.fixtures.UseCaseFixtures.RESIDENT;
import static nl.redzaam.application.fixtures.UseCaseFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.fixtures.InMemoryAdministration;
import nl.redzaam.application.fixtures.InMemoryConversationAndBudget;
import nl.redzaam.application.fixtures.LifeStages;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.port.MailDue;
import nl.redzaam.application.port.MailPreferenceRepository;
import nl.redzaam.application.port.MailPreferences;
import nl.redzaam.application.port.MailPreferences.CoachNews;
import nl.redzaam.application.port.MailPreferences.OptionalMail;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.conversation.Correspondent;
import nl.redzaam.domain.conversation.Message;
import nl.redzaam.domain.conversation.MessageId;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.shared.DomainEvent;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.CheckInId;
import nl.redzaam.domain.trajectory.NoteId;
import nl.redzaam.domain.trajectory.Trajectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who gets which optional mail, and when: the scheduled mails and the coach news. */
class OptionalMailsTest {

  /** Mail preferences as the database keeps them: a version that counts up, one token per row. */
  static final class Preferences implements MailPreferenceRepository {
    final Map<UUID, MailPreferences> rows = new LinkedHashMap<>();

    @Override
    public Optional<MailPreferences> find(UUID personId) {
      return Optional.ofNullable(rows.get(personId));
    }

    @Override
    public Optional<MailPreferences> findByToken(String token) {
      return rows.values().stream().filter(p -> p.unsubscribeToken().equals(token)).findFirst();
    }

    @Override
    public MailPreferences findOrCreate(UUID personId, String newToken) {
      return rows.computeIfAbsent(
          personId,
          id -> {
            MailPreferences d = MailPreferences.defaults(id, newToken);
            return new MailPreferences(
                id, d.weeklyAssignments(), d.reminders(), d.coachNews(), newToken, 1);
          });
    }

    @Override
    public void save(MailPreferences p) {
      long stored = find(p.personId()).map(MailPreferences::version).orElse(0L);
      if (stored != p.version()) {
        throw new ConcurrentUpdateException("changed", null);
      }
      rows.put(
          p.personId(),
          new MailPreferences(
              p.personId(),
              p.weeklyAssignments(),
              p.reminders(),
              p.coachNews(),
              p.unsubscribeToken(),
              p.version() + 1));
    }

    @Override
    public List<UUID> withWeeklyAssignments() {
      return rows.values().stream()
          .filter(MailPreferences::weeklyAssignments)
          .map(MailPreferences::personId)
          .toList();
    }

    @Override
    public List<UUID> withCoachNews(CoachNews choice) {
      return rows.values().stream()
          .filter(p -> p.coachNews() == choice)
          .map(MailPreferences::personId)
          .toList();
    }

    void choose(UUID person, boolean weekly, boolean reminders, CoachNews coachNews) {
      MailPreferences p = findOrCreate(person, "token-" + person);
      save(p.with(weekly, reminders, coachNews));
    }
  }

  private final InMemoryAdministration memory = new InMemoryAdministration();
  private final InMemoryConversationAndBudget.Messages messages =
      new InMemoryConversationAndBudget.Messages();
  private final Preferences preferences = new Preferences();
  private final Catalogue catalogue = UseCaseFixtures.catalogue(TrajectoryType.DEBT_ASSISTANCE);
  private final List<DomainEvent> outbox = new ArrayList<>();
  private Trajectory trajectory;
  private MailRecipients recipients;
  private ScheduledMails scheduled;
  private CoachNewsMails coachNews;

  private final CatalogueRepository catalogues =
      new CatalogueRepository() {
        @Override
        public Optional<Catalogue> find(CatalogueId id) {
          return id.equals(catalogue.id()) ? Optional.of(catalogue) : Optional.empty();
        }

        @Override
        public Optional<Catalogue> current(TrajectoryType type) {
          return Optional.of(catalogue);
        }
      };

  @BeforeEach
  void setUp() {
    memory.residentStore.put(
        RESIDENT,
        new Resident(
            RESIDENT, MUNICIPALITY, "Lisa", "de Boer", new EmailAddress("lisa@a.example"), 0));
    memory.accounts.add(
        new Account(
            new EmailAddress("lisa@a.example"), "hash", Account.Kind.RESIDENT, RESIDENT.value()));
    memory.staff.add(
        StaffMember.register(
            COACH,
            MUNICIPALITY,
            "Chris Coach",
            new EmailAddress("chris@a.example"),
            Set.of(StaffRole.COACH),
            null));
    memory.accounts.add(
        new Account(
            new EmailAddress("chris@a.example"), "hash", Account.Kind.STAFF, COACH.value()));
    trajectory = UseCaseFixtures.trajectoryInCoaching(catalogue);
    memory.trajectories.add(trajectory);
    recipients = new MailRecipients(memory.accounts, memory.residents, memory.staff, preferences);
    scheduled =
        new ScheduledMails(
            preferences,
            recipients,
            memory.trajectories,
            catalogues,
            messages,
            memory.clock,
            outbox::addAll);
    coachNews = new CoachNewsMails(outbox::addAll, memory.trajectories, recipients);
  }

  private void at(long days) {
    memory.now = START.plusSeconds(86400 * days);
  }

  private <T extends MailDue> List<T> mails(Class<T> kind) {
    return outbox.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  // ------------------------------------------------------------------ weekly assignments

  @Test
  void a_resident_who_opted_in_gets_the_weekly_mail_once_per_week_of_the_trajectory() {
    preferences.choose(RESIDENT.value(), true, true, CoachNews.EACH);
    at(0); // Monday of week 1, the week with the catalogue's assignment

    List<MailDue> first = scheduled.weekly();
    List<MailDue> again = scheduled.weekly();

    MailDue.WeeklyAssignments mail = (MailDue.WeeklyAssignments) first.get(0);
    assertEquals(1, first.size());
    assertEquals(1, mail.week());
    assertEquals(1, mail.assignments());
    assertEquals("lisa@a.example", mail.recipient().email().value());
    assertEquals("Lisa", mail.recipient().firstName());
    assertEquals("token-" + RESIDENT.value(), mail.recipient().unsubscribeToken());
    assertEquals("weekly/" + trajectory.id().value() + "/1", mail.idempotencyKey());
    // A second run (another server, a retried job) names the same cause: the outbox keeps one.
    assertEquals(
        first.stream().map(MailDue::idempotencyKey).toList(),
        again.stream().map(MailDue::idempotencyKey).toList());
  }

  @Test
  void no_weekly_mail_without_opting_in_while_paused_or_in_a_week_without_assignments() {
    at(0);
    assertEquals(List.of(), scheduled.weekly(), "the default is off");

    preferences.choose(RESIDENT.value(), true, true, CoachNews.EACH);
    at(7);
    assertEquals(List.of(), scheduled.weekly(), "week 2 has no assignments");

    at(0);
    trajectory.pause(COACH, memory.now);
    assertEquals(List.of(), scheduled.weekly(), "paused");

    trajectory.resume(COACH, memory.now.plusSeconds(60));
    assertEquals(1, scheduled.weekly().size(), "resumed");
  }

  @Test
  void no_weekly_mail_for_a_resident_whose_account_is_disabled() {
    preferences.choose(RESIDENT.value(), true, true, CoachNews.EACH);
    memory.accounts.update(memory.accounts.findByPerson(RESIDENT.value()).orElseThrow().disabled());
    at(0);
    assertEquals(List.of(), scheduled.weekly());
  }

  // ------------------------------------------------------------------ coach news

  private void residentWrites(NoteId note, Instant at) {
    trajectory.leaveNote(note, UseCaseFixtures.WEEK_ONE, "Ik snap dit niet.", catalogue, at);
    memory.trajectories.update(trajectory);
    coachNews.happened(trajectory.releaseEvents());
  }

  private Message send(Correspondent author, Instant at) {
    Message m = Message.send(new MessageId(UUID.randomUUID()), trajectory, author, "Hoi", at);
    messages.add(m);
    coachNews.happened(List.of(m.sent()));
    return m;
  }

  @Test
  void a_coach_who_wants_each_item_gets_a_mail_per_note_and_per_resident_message() {
    at(1);
    NoteId note = new NoteId(UUID.randomUUID());
    residentWrites(note, memory.now);
    Message fromResident = send(Correspondent.resident(RESIDENT), memory.now);
    send(Correspondent.staff(COACH), memory.now);

    List<MailDue.CoachNewsArrived> news = mails(MailDue.CoachNewsArrived.class);
    assertEquals(2, news.size(), "the coach's own message gives no mail");
    assertEquals(MailDue.CoachNewsArrived.Item.NOTE, news.get(0).item());
    assertEquals(note.value(), news.get(0).itemId());
    assertEquals(fromResident.id().value(), news.get(1).itemId());
    assertEquals("chris@a.example", news.get(0).recipient().email().value());
    assertEquals("", news.get(0).recipient().firstName(), "staff are greeted without a name");
    assertNotEquals(news.get(0).idempotencyKey(), news.get(1).idempotencyKey());
  }

  @Test
  void a_coach_who_wants_a_digest_gets_one_mail_the_next_morning_with_counts_only() {
    preferences.choose(COACH.value(), false, true, CoachNews.DAILY_DIGEST);
    at(1);
    residentWrites(new NoteId(UUID.randomUUID()), memory.now);
    send(Correspondent.resident(RESIDENT), memory.now);
    send(Correspondent.resident(RESIDENT), memory.now.plusSeconds(60));
    send(Correspondent.staff(COACH), memory.now.plusSeconds(120));
    assertEquals(List.of(), mails(MailDue.CoachNewsArrived.class), "nothing at once");

    at(2);
    List<MailDue> daily = scheduled.daily();
    List<MailDue.CoachDigest> digests =
        daily.stream()
            .filter(MailDue.CoachDigest.class::isInstance)
            .map(MailDue.CoachDigest.class::cast)
            .toList();
    assertEquals(1, digests.size());
    assertEquals(1, digests.get(0).notes());
    assertEquals(2, digests.get(0).messages());
    assertEquals(LocalDate.of(2026, 3, 3), digests.get(0).day());
    assertEquals("coach-digest/" + COACH.value() + "/2026-03-03", digests.get(0).idempotencyKey());

    at(3);
    assertTrue(
        scheduled.daily().stream().noneMatch(MailDue.CoachDigest.class::isInstance),
        "no digest after a day without news");
  }

  @Test
  void a_coach_who_turned_coach_news_off_gets_none() {
    preferences.choose(COACH.value(), false, true, CoachNews.OFF);
    at(1);
    residentWrites(new NoteId(UUID.randomUUID()), memory.now);
    send(Correspondent.resident(RESIDENT), memory.now);
    at(2);
    scheduled.daily();
    assertEquals(List.of(), mails(MailDue.CoachNewsArrived.class));
    assertEquals(List.of(), mails(MailDue.CoachDigest.class));
  }

  // ------------------------------------------------------------------ reminders

  @Test
  void the_resident_hears_of_the_mid_evaluation_a_week_before_it_is_due() {
    at(7 * 17 - 8); // the mid evaluation is due from week 18, day 119
    assertEquals(List.of(), scheduled.daily());

    at(7 * 17 - 7);
    List<MailDue> daily = scheduled.daily();
    assertEquals(1, daily.size());
    MailDue.EvaluationComing mail = (MailDue.EvaluationComing) daily.get(0);
    assertEquals(EvaluationKind.MID, mail.kind());
    assertEquals("evaluation-coming/" + trajectory.id().value() + "/MID", mail.idempotencyKey());

    at(7 * 17 - 6);
    assertEquals(
        mail.idempotencyKey(),
        scheduled.daily().get(0).idempotencyKey(),
        "the next day names the same cause: one mail");
  }

  @Test
  void no_reminders_for_a_resident_who_turned_them_off_or_while_paused() {
    preferences.choose(RESIDENT.value(), false, false, CoachNews.EACH);
    at(7 * 17 - 7);
    assertEquals(List.of(), scheduled.daily());

    preferences.choose(RESIDENT.value(), false, true, CoachNews.EACH);
    trajectory.pause(COACH, memory.now);
    assertEquals(List.of(), scheduled.daily());
  }

  @Test
  void the_resident_hears_of_an_aftercare_check_in_a_few_days_before() {
    memory.trajectoryStore.clear();
    trajectory = LifeStages.inAftercare(catalogue);
    memory.trajectories.add(trajectory);
    at(7 * 27);
    LocalDate soon = memory.clock.today().plusDays(2);
    LocalDate later = memory.clock.today().plusDays(10);
    CheckInId near = new CheckInId(UUID.randomUUID());
    trajectory.planCheckIn(near, soon, COACH, memory.now);
    trajectory.planCheckIn(new CheckInId(UUID.randomUUID()), later, COACH, memory.now);

    List<MailDue> daily = scheduled.daily();

    assertEquals(1, daily.size());
    MailDue.CheckInComing mail = (MailDue.CheckInComing) daily.get(0);
    assertEquals(near, mail.checkIn());
    assertEquals(soon, mail.plannedOn());

    preferences.choose(RESIDENT.value(), false, false, CoachNews.EACH);
    assertEquals(List.of(), scheduled.daily(), "reminders off");
  }

  @Test
  void the_resident_hears_of_a_planned_conversation_shortly_before_also_while_paused() {
    at(7 * 4);
    LocalDate today = memory.clock.today();
    trajectory.planConversation(
        today.plusDays(ScheduledMails.CONVERSATION_DAYS_AHEAD + 1).atTime(10, 0),
        "Gemeentehuis",
        COACH,
        memory.now);
    assertEquals(List.of(), scheduled.daily(), "too far ahead");

    LocalDateTime soon = today.plusDays(ScheduledMails.CONVERSATION_DAYS_AHEAD).atTime(9, 30);
    trajectory.planConversation(soon, "Gemeentehuis", COACH, memory.now);
    trajectory.pause(COACH, memory.now);

    List<MailDue> daily = scheduled.daily();

    assertEquals(1, daily.size(), daily.toString());
    assertEquals(soon, ((MailDue.ConversationComing) daily.get(0)).startsAt());
    preferences.choose(RESIDENT.value(), false, false, CoachNews.EACH);
    assertEquals(List.of(), scheduled.daily(), "reminders off");
  }

  // ------------------------------------------------------------------ preferences

  @Test
  void the_unsubscribe_link_turns_one_kind_off_without_logging_in() {
    preferences.choose(RESIDENT.value(), true, true, CoachNews.EACH);
    String token = preferences.find(RESIDENT.value()).orElseThrow().unsubscribeToken();
    Unsubscribe unsubscribe = new Unsubscribe(preferences);

    unsubscribe.execute(new Unsubscribe.Command(token, OptionalMail.WEEKLY_ASSIGNMENTS));
    unsubscribe.execute(new Unsubscribe.Command(token, OptionalMail.WEEKLY_ASSIGNMENTS));

    MailPreferences now = preferences.find(RESIDENT.value()).orElseThrow();
    assertEquals(false, now.weeklyAssignments());
    assertEquals(true, now.reminders(), "only the named kind goes off");
    assertEquals(3, now.version(), "created, chosen, turned off; the second time changed nothing");
    assertThrows(
        NotFound.class,
        () -> unsubscribe.execute(new Unsubscribe.Command("raden", OptionalMail.REMINDERS)));
  }

  @Test
  void changing_own_preferences_needs_the_version_read() {
    memory.actor = UseCaseFixtures.resident();
    MyMailPreferences mine = new MyMailPreferences(memory.currentUser, preferences);
    MailPreferences before = mine.read();
    assertEquals(0, before.version());
    assertEquals(false, before.weeklyAssignments(), "the weekly mail is off until chosen");

    long version = mine.change(new MyMailPreferences.Command(true, false, CoachNews.EACH, 0));

    assertEquals(1, version);
    assertEquals(true, mine.read().weeklyAssignments());
    assertEquals(false, mine.read().reminders());
    assertThrows(
        StaleVersion.class,
        () -> mine.change(new MyMailPreferences.Command(false, false, CoachNews.EACH, 0)));
  }
}
