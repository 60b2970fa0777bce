package nl.redzaam.adapters.persistence.jpa;

import static nl.redzaam.adapters.persistence.jpa.TrajectoryLife.CATALOGUE;
import static nl.redzaam.adapters.persistence.jpa.TrajectoryLife.newId;
import static nl.redzaam.domain.fixtures.SampleDays.date;
import static nl.redzaam.domain.fixtures.SampleDays.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.redzaam.adapters.persistence.jpa.TrajectoryLife.People;
import nl.redzaam.adapters.persistence.jpa.TrajectoryLife.Step;
import nl.redzaam.adapters.persistence.jpa.trajectory.JpaCaseloadQuery;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.PageRequest.ResultPage;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.CaseloadQuery.Criteria;
import nl.redzaam.application.port.CaseloadQuery.Row;
import nl.redzaam.application.port.CaseloadQuery.Scope;
import nl.redzaam.application.port.CaseloadQuery.Sort;
import nl.redzaam.application.port.CaseloadQuery.Waiting;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.application.worklist.ListCaseload;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.conversation.Correspondent;
import nl.redzaam.domain.conversation.Message;
import nl.redzaam.domain.conversation.MessageId;
import nl.redzaam.domain.fixtures.Snapshots;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.trajectory.Note;
import nl.redzaam.domain.trajectory.NoteId;
import nl.redzaam.domain.trajectory.ProgressState;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import nl.redzaam.domain.trajectory.TrajectorySnapshot;
import org.junit.jupiter.api.Test;

/**
 * The caseload's SQL against a real database: it answers as the trajectory does at every step of
 * its life and on many days, it filters, sorts and pages in the database, and a page costs the same
 * number of statements however many trajectories the coach and their team have.
 */
abstract class CaseloadQueryContract extends DatabaseContract {

  /** Days of the sample life on which the caseload is asked, from before coaching to long after. */
  private static final int[] DAYS = {
    -19, -5, 0, 5, 19, 21, 40, 60, 79, 85, 100, 126, 129, 135, 400
  };

  @Test
  void the_sql_answers_as_the_trajectory_at_every_step_and_on_every_day() {
    People p = storedPeople();
    Trajectory t = TrajectoryLife.started(new TrajectoryId(newId()), p);
    run(r -> r.trajectories().add(t));
    List<Step> steps = TrajectoryLife.stepsAfterStart(p);
    int compared = 0;
    for (int i = -1; i < steps.size(); i++) {
      if (i >= 0) {
        steps.get(i).action().accept(t);
        run(r -> r.trajectories().update(Trajectory.restore(reload(t))));
      }
      for (int n : DAYS) {
        LocalDate today = date(n);
        if (t.weekClock().map(c -> today.isBefore(c.from())).orElse(false)) {
          continue; // a day before the step was taken
        }
        Instant silentSince = day(n).minus(ListCaseload.SILENT_AFTER);
        List<Row> rows = page(criteria(p, today, silentSince, Sort.RESIDENT_NAME)).items();
        String where = (i < 0 ? "started" : steps.get(i).name()) + ", day " + n;
        if (t.stage() == Stage.CLOSED) {
          assertEquals(List.of(), rows, where + ": a closed trajectory is not in the caseload");
        } else {
          assertEquals(List.of(expected(t, p, today, silentSince)), rows, where);
          compared++;
        }
      }
    }
    assertTrue(compared > 200, "compared on " + compared + " step-days");
  }

  @Test
  void messages_count_as_unread_and_as_the_residents_activity() {
    People p = storedPeople();
    Trajectory t = inCoaching(p);
    run(r -> r.trajectories().add(t));
    Message read = message(t, day(30));
    Message unread = message(t, day(31));
    // The coach's own message, read by nobody and later than the resident's: neither counts.
    Message fromCoach =
        Message.send(
            new MessageId(newId()), t, Correspondent.staff(p.c()), "Hoe gaat het?", day(33));
    run(
        r -> {
          r.messages().add(read);
          r.messages().add(unread);
          r.messages().add(fromCoach);
          // Read by another staff member than the coach: read all the same.
          r.messages()
              .addReading(
                  read.id(),
                  read.markReadBy(Correspondent.staff(p.secondCoach().id()), day(32)).get());
        });

    Row row =
        page(criteria(p, date(40), day(40).minus(ListCaseload.SILENT_AFTER), Sort.RESIDENT_NAME))
            .items()
            .get(0);

    assertEquals(1, row.unreadMessages());
    assertEquals(day(31), row.lastResidentActivity());
    assertEquals(List.of(Waiting.MESSAGES_TO_READ), row.waitingFor());
  }

  @Test
  void filters_sorts_and_pages_in_the_database_and_counts_every_match() {
    People p = storedPeople();
    List<Trajectory> ts = new ArrayList<>();
    for (String name : List.of("Cor", "anna", "Bram", "Dirk", "Eva")) {
      People resident = withResident(p, name);
      ts.add(inCoaching(resident));
    }
    // Bram: answers and two open notes; Dirk: one open note; the rest nothing waiting.
    ts.get(2).submitAnswers(TrajectoryLife.PAPERWORK, Map.of("folders", "yes"), CATALOGUE, day(30));
    ts.get(2).leaveNote(new NoteId(newId()), TrajectoryLife.PAPERWORK, "Een", CATALOGUE, day(30));
    ts.get(2).leaveNote(new NoteId(newId()), TrajectoryLife.PAPERWORK, "Twee", CATALOGUE, day(30));
    ts.get(3).leaveNote(new NoteId(newId()), TrajectoryLife.PAPERWORK, "Drie", CATALOGUE, day(31));
    run(r -> ts.forEach(t -> r.trajectories().add(t)));
    LocalDate today = date(35);
    Instant silentSince = day(35).minus(ListCaseload.SILENT_AFTER);

    ResultPage<Row> byName =
        page(withPage(criteria(p, today, silentSince, Sort.RESIDENT_NAME), new PageRequest(2, 2)));
    assertEquals(List.of("Cor", "Dirk"), firstNames(byName), "anna, Bram | Cor, Dirk | Eva");
    assertEquals(5, byName.totalItems());
    assertEquals(
        5,
        page(withPage(criteria(p, today, silentSince, Sort.RESIDENT_NAME), new PageRequest(9, 2)))
            .totalItems(),
        "past the end");

    ResultPage<Row> mostWaiting = page(criteria(p, today, silentSince, Sort.MOST_WAITING));
    assertEquals(List.of("Bram", "Dirk", "anna", "Cor", "Eva"), firstNames(mostWaiting));

    Criteria notes =
        new Criteria(
            p.municipality().id(),
            p.c(),
            Set.of(p.c()),
            Scope.ALL,
            Set.of(Waiting.NOTES_TO_ANSWER),
            Sort.RESIDENT_NAME,
            PageRequest.FIRST,
            today,
            silentSince,
            lastWeeks());
    ResultPage<Row> withNotes = page(notes);
    assertEquals(List.of("Bram", "Dirk"), firstNames(withNotes));
    assertEquals(2, withNotes.totalItems());
  }

  @Test
  void own_and_team_scopes_follow_the_coaches_of_the_trajectory() {
    People p = storedPeople();
    People mate =
        new People(p.municipality(), p.resident(), p.secondCoach(), p.coach(), p.specialist());
    Trajectory own = inCoaching(withResident(p, "Anna"));
    Trajectory mates = inCoaching(withResident(mate, "Bram"));
    run(r -> List.of(own, mates).forEach(t -> r.trajectories().add(t)));
    Set<StaffMemberId> team = Set.of(p.c(), p.secondCoach().id());

    assertEquals(
        List.of(false, true),
        page(scoped(p, team, Scope.ALL)).items().stream().map(Row::standIn).toList());
    assertEquals(List.of("Anna"), firstNames(page(scoped(p, team, Scope.OWN))));
    assertEquals(List.of("Bram"), firstNames(page(scoped(p, team, Scope.TEAM))));
    assertEquals(
        Set.of(CATALOGUE.id()),
        inTransaction(r -> query(r).cataloguesInUse(p.municipality().id(), team)));
  }

  @Test
  void a_page_costs_as_many_statements_for_27_trajectories_as_for_8() {
    People small = storedPeople();
    People large = storedPeople();
    storeCaseload(small, 8);
    storeCaseload(large, 27);

    int forEight = statementsForCaseloadOf(small, 8);
    int forTwentySeven = statementsForCaseloadOf(large, 27);

    System.out.printf(
        "Caseload page (%s): %d statements for 8 trajectories, %d for 27%n",
        getClass().getSimpleName(), forEight, forTwentySeven);
    assertTrue(forEight >= 3, "the SQL statements are counted: " + forEight);
    assertEquals(forEight, forTwentySeven, "the caseload does not cost a query per trajectory");
  }

  // ---------------------------------------------------------------- what the trajectory says

  /** The row the trajectory's own rules give, as the old in-memory caseload computed it. */
  private static Row expected(Trajectory t, People p, LocalDate today, Instant silentSince) {
    Instant last = t.lastResidentActivity().orElse(null);
    boolean expectedToAct =
        t.stage().step() >= Stage.ACTIVATED.step()
            && t.stage().step() <= Stage.FINAL_EVALUATION.step();
    return new Row(
        t.id(),
        t.residentId(),
        p.resident().fullName(),
        t.type(),
        t.stage(),
        t.currentWeek(today),
        t.paused(),
        t.progress().stream().filter(a -> a.state() == ProgressState.SUBMITTED).count(),
        t.notes().stream().filter(Note::awaitsReply).count(),
        0,
        t.evaluationDue(today, CATALOGUE).orElse(null),
        last,
        expectedToAct && !t.paused() && (last == null || !last.isAfter(silentSince)),
        false);
  }

  // ---------------------------------------------------------------- helpers

  private void storeCaseload(People p, int size) {
    People mate =
        new People(p.municipality(), p.resident(), p.secondCoach(), p.coach(), p.specialist());
    List<Trajectory> caseload = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      // Every third through the team-mate: the coach stands in for it.
      Trajectory t = inCoaching(withResident(i % 3 == 2 ? mate : p, "Inwoner " + i));
      t.submitAnswers(TrajectoryLife.PAPERWORK, Map.of("folders", "no"), CATALOGUE, day(30));
      caseload.add(t);
    }
    run(
        r -> {
          r.teams()
              .add(
                  new CoachTeam(
                      new CoachTeamId(newId()),
                      p.municipality().id(),
                      "Team",
                      Set.of(p.c(), p.secondCoach().id()),
                      0));
          caseload.forEach(r.trajectories()::add);
        });
  }

  private int statementsForCaseloadOf(People p, int expectedEntries) {
    SqlCounter.reset();
    ResultPage<ListCaseload.Entry> page =
        inTransaction(
            r ->
                new ListCaseload(
                        () ->
                            new Actor.StaffActor(
                                p.c(), p.municipality().id(), Set.of(StaffRole.COACH)),
                        query(r),
                        r.trajectories(),
                        r.teams(),
                        catalogues(),
                        (resident, trajectory, onBehalfOf) -> {},
                        () -> day(40))
                    .execute(ListCaseload.Query.of(p.c())));
    int statements = SqlCounter.statements();
    assertEquals(expectedEntries, page.items().size());
    assertEquals(expectedEntries, page.totalItems());
    return statements;
  }

  private static CatalogueRepository catalogues() {
    return new CatalogueRepository() {
      @Override
      public Optional<Catalogue> find(CatalogueId id) {
        return Optional.of(CATALOGUE).filter(c -> c.id().equals(id));
      }

      @Override
      public Optional<Catalogue> current(TrajectoryType type) {
        return Optional.of(CATALOGUE);
      }
    };
  }

  /** Activated, start conversation concluded on day 0, coached by the people's coach. */
  private static Trajectory inCoaching(People p) {
    Trajectory t = TrajectoryLife.started(new TrajectoryId(newId()), p);
    t.invite(day(-20));
    t.activate(day(-19));
    t.openEvaluation(EvaluationKind.START, CATALOGUE, p.c(), day(-2));
    t.concludeEvaluation(EvaluationKind.START, "We beginnen.", p.c(), day(0));
    t.releaseEvents();
    return t;
  }

  private static Message message(Trajectory t, Instant at) {
    return Message.send(
        new MessageId(newId()), t, Correspondent.resident(t.residentId()), "Hallo", at);
  }

  private People withResident(People p, String firstName) {
    People other =
        new People(
            p.municipality(),
            new Resident(
                new ResidentId(newId()),
                p.municipality().id(),
                firstName,
                "Jansen",
                new EmailAddress("inwoner." + newId() + "@example.nl"),
                0),
            p.coach(),
            p.secondCoach(),
            p.specialist());
    run(r -> r.residents().add(other.resident()));
    return other;
  }

  private static Criteria criteria(People p, LocalDate today, Instant silentSince, Sort sort) {
    return new Criteria(
        p.municipality().id(),
        p.c(),
        Set.of(p.c()),
        Scope.ALL,
        Set.of(),
        sort,
        new PageRequest(1, PageRequest.MAX_SIZE),
        today,
        silentSince,
        lastWeeks());
  }

  private static Criteria scoped(People p, Set<StaffMemberId> coaches, Scope scope) {
    return new Criteria(
        p.municipality().id(),
        p.c(),
        coaches,
        scope,
        Set.of(),
        Sort.RESIDENT_NAME,
        PageRequest.FIRST,
        date(35),
        day(35).minus(ListCaseload.SILENT_AFTER),
        lastWeeks());
  }

  private static Criteria withPage(Criteria c, PageRequest page) {
    return new Criteria(
        c.municipality(),
        c.coach(),
        c.coaches(),
        c.scope(),
        c.waitingFor(),
        c.sort(),
        page,
        c.today(),
        c.silentSince(),
        c.lastWeeks());
  }

  private static Map<CatalogueId, Integer> lastWeeks() {
    return Map.of(CATALOGUE.id(), CATALOGUE.lastWeek());
  }

  private static List<String> firstNames(ResultPage<Row> page) {
    return page.items().stream().map(r -> r.residentName().replace(" Jansen", "")).toList();
  }

  private ResultPage<Row> page(Criteria criteria) {
    return inTransaction(r -> query(r).page(criteria));
  }

  private static JpaCaseloadQuery query(RepositoryContract.Repositories r) {
    return new JpaCaseloadQuery(r.em());
  }

  private TrajectorySnapshot reload(Trajectory t) {
    // The stored version, so that the update is not refused as stale.
    long version = inTransaction(r -> r.trajectories().find(t.id()).orElseThrow().version());
    return Snapshots.withVersion(t.snapshot(), version);
  }

  private <T> T inTransaction(Function<RepositoryContract.Repositories, T> work) {
    return inNewTransaction(em -> work.apply(RepositoryContract.Repositories.on(em)));
  }

  private void run(Consumer<RepositoryContract.Repositories> work) {
    inTransaction(
        r -> {
          work.accept(r);
          return null;
        });
  }
}
