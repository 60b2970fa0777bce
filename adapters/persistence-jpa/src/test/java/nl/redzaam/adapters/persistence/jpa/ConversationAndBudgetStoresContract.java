package nl.redzaam.adapters.persistence.jpa;

import static nl.redzaam.adapters.persistence.jpa.TrajectoryLife.newId;
import static nl.redzaam.domain.fixtures.SampleDays.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.redzaam.adapters.persistence.jpa.TrajectoryLife.People;
import nl.redzaam.adapters.persistence.jpa.budget.JpaBudgetPlanRepository;
import nl.redzaam.adapters.persistence.jpa.conversation.JpaMessageRepository;
import nl.redzaam.adapters.persistence.jpa.municipality.JpaMunicipalityRepository;
import nl.redzaam.adapters.persistence.jpa.resident.JpaResidentRepository;
import nl.redzaam.adapters.persistence.jpa.staff.JpaStaffMemberRepository;
import nl.redzaam.adapters.persistence.jpa.trajectory.JpaTrajectoryRepository;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.domain.budget.BudgetPlan;
import nl.redzaam.domain.budget.Debt;
import nl.redzaam.domain.budget.ExpenseLine;
import nl.redzaam.domain.budget.Frequency;
import nl.redzaam.domain.budget.IncomeLine;
import nl.redzaam.domain.budget.Party;
import nl.redzaam.domain.budget.ResidentBudgetRight;
import nl.redzaam.domain.conversation.Correspondent;
import nl.redzaam.domain.conversation.Message;
import nl.redzaam.domain.conversation.MessageId;
import nl.redzaam.domain.conversation.MessageReading;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.junit.jupiter.api.Test;

/**
 * What the message and budget plan stores promise, against a real database: messages come back as
 * sent with their readings, in pages newest first; a budget plan round-trips and a stale or
 * concurrent change is refused.
 */
abstract class ConversationAndBudgetStoresContract extends DatabaseContract {

  // ---------------------------------------------------------------- messages

  @Test
  void messages_round_trip_newest_first_a_page_at_a_time_with_their_readings() {
    People p = storedPeople();
    Trajectory trajectory = storedTrajectory(p);
    Correspondent resident = Correspondent.resident(p.r());
    Correspondent coach = Correspondent.staff(p.c());
    Message first = message(trajectory, resident, "Een", 1);
    Message second = message(trajectory, coach, "Twee", 2);
    Message third = message(trajectory, resident, "Drie", 3);
    first.markReadBy(coach, day(2));
    inTransaction(
        r -> {
          r.messages().add(third);
          r.messages().add(first);
          r.messages().add(second);
          return null;
        });

    assertSameMessage(first, inTransaction(r -> r.messages().find(first.id())).orElseThrow());
    assertEquals(
        List.of(third.id(), second.id()),
        ids(inTransaction(r -> r.messages().newestFirst(trajectory.id(), 0, 2))));
    List<Message> lastPage = inTransaction(r -> r.messages().newestFirst(trajectory.id(), 2, 2));
    assertEquals(List.of(first.id()), ids(lastPage));
    assertSameMessage(first, lastPage.get(0));
    assertEquals(Long.valueOf(3), inTransaction(r -> (Long) r.messages().count(trajectory.id())));
    assertEquals(Optional.empty(), inTransaction(r -> r.messages().find(new MessageId(newId()))));
  }

  @Test
  void readings_are_added_once_and_unread_messages_are_found_per_reader() {
    People p = storedPeople();
    Trajectory trajectory = storedTrajectory(p);
    Correspondent resident = Correspondent.resident(p.r());
    Correspondent coach = Correspondent.staff(p.c());
    Message first = message(trajectory, resident, "Een", 1);
    Message reply = message(trajectory, coach, "Twee", 2);
    Message later = message(trajectory, resident, "Drie", 3);
    inTransaction(
        r -> {
          List.of(first, reply, later).forEach(r.messages()::add);
          return null;
        });

    assertEquals(
        List.of(first.id()),
        ids(inTransaction(r -> r.messages().unreadBy(coach, trajectory.id(), day(2)))),
        "up to the second message, without the coach's own");
    MessageReading reading = new MessageReading(coach, day(4));
    inTransaction(
        r -> {
          r.messages().addReading(first.id(), reading);
          r.messages().addReading(first.id(), new MessageReading(coach, day(5)));
          return null;
        });

    assertEquals(
        List.of(reading),
        inTransaction(r -> r.messages().find(first.id())).orElseThrow().readings());
    assertEquals(
        List.of(later.id()),
        ids(inTransaction(r -> r.messages().unreadBy(coach, trajectory.id(), day(3)))));
    assertEquals(
        List.of(reply.id()),
        ids(inTransaction(r -> r.messages().unreadBy(resident, trajectory.id(), day(3)))));
  }

  @Test
  void the_residents_messages_of_a_day_are_counted_over_trajectories_in_one_query() {
    People p = storedPeople();
    Trajectory one = storedTrajectory(p);
    Trajectory two = storedTrajectory(p);
    Trajectory other = storedTrajectory(p);
    Correspondent resident = Correspondent.resident(p.r());
    inTransaction(
        r -> {
          r.messages().add(message(one, resident, "Te vroeg", 1));
          r.messages().add(message(one, resident, "Op de dag", 2));
          r.messages().add(message(one, Correspondent.staff(p.c()), "Van de coach", 2));
          r.messages().add(message(two, resident, "Ook op de dag", 2));
          r.messages().add(message(two, resident, "Te laat", 3));
          r.messages().add(message(other, resident, "Niet gevraagd", 2));
          return null;
        });

    SqlCounter.reset();
    long count =
        inTransaction(
            r -> r.messages().sentByResidents(Set.of(one.id(), two.id()), day(2), day(3)));

    assertEquals(1, SqlCounter.statements());
    assertEquals(2, count);
    long none = inTransaction(r -> r.messages().sentByResidents(Set.of(), day(2), day(3)));
    assertEquals(0, none);
  }

  // ---------------------------------------------------------------- budget plan

  @Test
  void a_budget_plan_round_trips_and_every_save_is_a_new_version() {
    People p = storedPeople();
    Trajectory trajectory = storedTrajectory(p);
    BudgetPlan plan = BudgetPlan.empty(trajectory.id());
    plan.setResidentRight(Party.PROFESSIONAL, ResidentBudgetRight.READ_AND_EDIT);
    plan.replace(
        Party.PROFESSIONAL,
        List.of(
            new IncomeLine("Loon", new BigDecimal("1500.5"), Frequency.FOUR_WEEKLY),
            new IncomeLine("Zorgtoeslag", new BigDecimal("123.45"), Frequency.MONTHLY)),
        List.of(new ExpenseLine("Huur", new BigDecimal("750"), Frequency.MONTHLY)),
        List.of(
            new Debt(
                "Energiebedrijf",
                new BigDecimal("600"),
                new BigDecimal("50"),
                Frequency.MONTHLY,
                LocalDate.of(2027, 6, 30)),
            new Debt(
                "Zorgverzekeraar",
                new BigDecimal("9999999999.99"),
                new BigDecimal("0.01"),
                Frequency.YEARLY,
                null)));
    long versionAfterAdd =
        inTransaction(
            r -> {
              r.plans().add(plan);
              return r.plans().find(trajectory.id()).orElseThrow().version();
            });

    BudgetPlan loaded = inTransaction(r -> r.plans().find(trajectory.id())).orElseThrow();
    assertSamePlan(plan, loaded);
    assertTrue(loaded.version() >= 1, "a stored plan differs from the unsaved one (version 0)");
    assertEquals(loaded.version(), versionAfterAdd, "found in the same transaction");

    loaded.replace(
        Party.RESIDENT,
        List.of(new IncomeLine("Uitkering", new BigDecimal("1100"), Frequency.MONTHLY)),
        List.of(),
        List.of(loaded.debts().get(1)));
    loaded.setResidentRight(Party.PROFESSIONAL, ResidentBudgetRight.NONE);
    long versionAfterUpdate =
        inTransaction(
            r -> {
              r.plans().update(loaded);
              return r.plans().find(trajectory.id()).orElseThrow().version();
            });

    BudgetPlan reloaded = inTransaction(r -> r.plans().find(trajectory.id())).orElseThrow();
    assertSamePlan(loaded, reloaded);
    assertEquals(loaded.version() + 1, reloaded.version());
    assertEquals(reloaded.version(), versionAfterUpdate, "found in the same transaction");
    assertEquals(Optional.empty(), inTransaction(r -> r.plans().find(new TrajectoryId(newId()))));
  }

  @Test
  void a_stale_budget_plan_and_a_second_first_save_are_refused() {
    People p = storedPeople();
    Trajectory trajectory = storedTrajectory(p);
    inTransaction(
        r -> {
          r.plans().add(BudgetPlan.empty(trajectory.id()));
          return null;
        });
    BudgetPlan stale = inTransaction(r -> r.plans().find(trajectory.id())).orElseThrow();
    inTransaction(
        r -> {
          BudgetPlan fresh = r.plans().find(trajectory.id()).orElseThrow();
          fresh.setResidentRight(Party.PROFESSIONAL, ResidentBudgetRight.NONE);
          r.plans().update(fresh);
          return null;
        });

    stale.setResidentRight(Party.PROFESSIONAL, ResidentBudgetRight.READ_AND_EDIT);
    assertThrows(ConcurrentUpdateException.class, () -> run(r -> r.plans().update(stale)));
    assertThrows(
        ConcurrentUpdateException.class,
        () -> run(r -> r.plans().add(BudgetPlan.empty(trajectory.id()))));
    assertEquals(
        ResidentBudgetRight.NONE,
        inTransaction(r -> r.plans().find(trajectory.id())).orElseThrow().residentRight());
  }

  // ---------------------------------------------------------------- helpers

  record Stores(
      JpaMessageRepository messages,
      JpaBudgetPlanRepository plans,
      JpaMunicipalityRepository municipalities,
      JpaResidentRepository residents,
      JpaStaffMemberRepository staff,
      JpaTrajectoryRepository trajectories) {
    static Stores on(EntityManager em) {
      return new Stores(
          new JpaMessageRepository(em),
          new JpaBudgetPlanRepository(em),
          new JpaMunicipalityRepository(em),
          new JpaResidentRepository(em),
          new JpaStaffMemberRepository(em),
          new JpaTrajectoryRepository(em));
    }
  }

  private <T> T inTransaction(Function<Stores, T> work) {
    return inNewTransaction(em -> work.apply(Stores.on(em)));
  }

  private void run(Consumer<Stores> work) {
    inTransaction(
        r -> {
          work.accept(r);
          return null;
        });
  }

  private Trajectory storedTrajectory(People p) {
    Trajectory t = TrajectoryLife.started(new TrajectoryId(newId()), p);
    run(r -> r.trajectories().add(t));
    return t;
  }

  private static Message message(Trajectory t, Correspondent author, String text, int day) {
    return Message.send(new MessageId(newId()), t, author, text, day(day));
  }

  private static List<MessageId> ids(List<Message> messages) {
    return messages.stream().map(Message::id).toList();
  }

  private static void assertSameMessage(Message expected, Message actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.trajectoryId(), actual.trajectoryId());
    assertEquals(expected.author(), actual.author());
    assertEquals(expected.text(), actual.text());
    assertEquals(expected.sentAt(), actual.sentAt());
    assertEquals(expected.readings(), actual.readings());
  }

  private static void assertSamePlan(BudgetPlan expected, BudgetPlan actual) {
    assertEquals(expected.trajectoryId(), actual.trajectoryId());
    assertEquals(expected.residentRight(), actual.residentRight());
    assertEquals(expected.incomes(), actual.incomes());
    assertEquals(expected.expenses(), actual.expenses());
    assertEquals(expected.debts(), actual.debts());
  }
}
