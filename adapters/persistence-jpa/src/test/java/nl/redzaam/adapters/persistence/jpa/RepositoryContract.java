package nl.redzaam.adapters.persistence.jpa;

import static java.util.stream.Collectors.toSet;
import static nl.redzaam.adapters.persistence.jpa.TrajectoryLife.newId;
import static nl.redzaam.adapters.persistence.jpa.TrajectoryLife.started;
import static nl.redzaam.adapters.persistence.jpa.TrajectoryLife.withoutVersion;
import static nl.redzaam.domain.fixtures.SampleDays.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.redzaam.adapters.persistence.jpa.TrajectoryLife.People;
import nl.redzaam.adapters.persistence.jpa.TrajectoryLife.Step;
import nl.redzaam.adapters.persistence.jpa.conversation.JpaMessageRepository;
import nl.redzaam.adapters.persistence.jpa.courtadvice.JpaCourtAdviceRepository;
import nl.redzaam.adapters.persistence.jpa.growthplan.JpaGrowthPlanRepository;
import nl.redzaam.adapters.persistence.jpa.login.JpaAccountRepository;
import nl.redzaam.adapters.persistence.jpa.municipality.JpaMunicipalityRepository;
import nl.redzaam.adapters.persistence.jpa.resident.JpaResidentRepository;
import nl.redzaam.adapters.persistence.jpa.staff.JpaCoachTeamRepository;
import nl.redzaam.adapters.persistence.jpa.staff.JpaStaffMemberRepository;
import nl.redzaam.adapters.persistence.jpa.support.JpaSupportGrantRepository;
import nl.redzaam.adapters.persistence.jpa.support.JpaSupportOrganisationRepository;
import nl.redzaam.adapters.persistence.jpa.support.JpaSupportWorkerRepository;
import nl.redzaam.adapters.persistence.jpa.trajectory.JpaTrajectoryRepository;
import nl.redzaam.adapters.persistence.jpa.trajectory.TrajectoryEntity;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.domain.courtadvice.CourtAdvice;
import nl.redzaam.domain.courtadvice.CourtRecommendation;
import nl.redzaam.domain.growthplan.AgreementId;
import nl.redzaam.domain.growthplan.GoalId;
import nl.redzaam.domain.growthplan.GrowthPlan;
import nl.redzaam.domain.growthplan.ProgressEntryId;
import nl.redzaam.domain.growthplan.TrajectoryStatus;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.municipality.IdentityProvider;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.municipality.SecondFactorRule;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.CoachTeam;
import nl.redzaam.domain.staff.CoachTeamId;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.support.SupportGrant;
import nl.redzaam.domain.support.SupportGrantId;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportOrganisationId;
import nl.redzaam.domain.support.SupportWorker;
import nl.redzaam.domain.support.SupportWorkerId;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import nl.redzaam.domain.trajectory.TrajectorySnapshot;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.junit.jupiter.api.Test;

/**
 * What the repositories promise, checked against a real database: every aggregate comes back
 * exactly as it was stored, and a stale or concurrent update is refused, never merged. Subclasses
 * choose the database; each test class opens one entity manager factory on a freshly migrated
 * schema. Tests use fresh ids, so they do not depend on each other.
 */
abstract class RepositoryContract extends DatabaseContract {

  /**
   * Inside the server EclipseLink weaves the entities; the mappers write their fields directly,
   * which only works with deferred change tracking. The build runs the tests with EclipseLink's
   * agent, so that they check exactly that (run them with {@code -javaagent:<eclipselink jar>}
   * elsewhere too).
   */
  @Test
  void the_entities_are_woven_as_in_the_server() {
    assertTrue(
        PersistenceWeaved.class.isAssignableFrom(TrajectoryEntity.class),
        "run the tests with -javaagent:org.eclipse.persistence.jpa-4.0.7.jar, as the build does");
  }

  // ---------------------------------------------------------------- municipality, resident, staff

  @Test
  void a_municipality_round_trips_and_updates() {
    People p = People.fresh();
    Municipality municipality = p.municipality();
    run(r -> r.municipalities.add(municipality));

    Municipality loaded = load(r -> r.municipalities.find(municipality.id()));
    assertSameMunicipality(municipality, loaded);
    assertTrue(
        inTransaction(r -> r.municipalities.all()).stream()
            .anyMatch(m -> m.id().equals(municipality.id())));

    loaded.rename("Gemeente Waterland");
    loaded.purchase(Module.FINANCIAL_SUPPORT);
    loaded.purchase(Module.PROTECTIVE_ADMINISTRATION);
    loaded.changeHouseColour("#007b5f");
    loaded.cancel(Module.DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT);
    loaded.requireSecondFactor(SecondFactorRule.ALL_STAFF);
    loaded.connect(IdentityProvider.of("https://login.waterland.nl/realms/w", "redzaam", "upn"));
    run(r -> r.municipalities.update(loaded));

    Municipality reloaded = load(r -> r.municipalities.find(municipality.id()));
    assertSameMunicipality(loaded, reloaded);
    assertEquals(loaded.version() + 1, reloaded.version());

    reloaded.disconnectIdentityProvider();
    run(r -> r.municipalities.update(reloaded));
    assertSameMunicipality(reloaded, load(r -> r.municipalities.find(municipality.id())));
  }

  @Test
  void a_resident_round_trips_and_updates() {
    People p = People.fresh();
    storeMunicipality(p);
    Resident resident = p.resident();
    run(r -> r.residents.add(resident));

    assertSameResident(resident, load(r -> r.residents.find(resident.id())));
    Resident loaded = load(r -> r.residents.findByEmail(resident.email()));
    assertSameResident(resident, loaded);

    loaded.correctName("Fatima", "de Vries-Bakker");
    loaded.changeEmail(new EmailAddress("fatima." + newId() + "@example.nl"));
    run(r -> r.residents.update(loaded));

    Resident reloaded = load(r -> r.residents.findByEmail(loaded.email()));
    assertSameResident(loaded, reloaded);
    assertEquals(loaded.version() + 1, reloaded.version());
    assertEquals(Optional.empty(), inTransaction(r -> r.residents.findByEmail(resident.email())));
  }

  @Test
  void an_account_round_trips() {
    People p = storedPeople();
    Account account =
        new Account(
            p.resident().email(),
            "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==",
            Account.Kind.RESIDENT,
            p.resident().id().value());
    run(r -> r.accounts.add(account));

    assertEquals(account, load(r -> r.accounts.findByEmail(p.resident().email())));
    assertEquals(
        Optional.empty(),
        inTransaction(r -> r.accounts.findByEmail(new EmailAddress("nobody@example.nl"))));
  }

  @Test
  void a_staff_member_round_trips_and_updates() {
    People p = People.fresh();
    storeMunicipality(p);
    StaffMember specialist = p.specialist();
    StaffMember coach = p.coach();
    run(
        r -> {
          r.staff.add(specialist);
          r.staff.add(coach);
        });

    assertSameStaffMember(specialist, load(r -> r.staff.find(specialist.id())));
    StaffMember loaded = load(r -> r.staff.findByEmail(specialist.email()));
    assertSameStaffMember(specialist, loaded);
    List<StaffMember> colleagues =
        inTransaction(r -> r.staff.ofMunicipality(p.municipality().id()));
    assertEquals(2, colleagues.size());

    // An outside organisation's specialist cannot become administrator; dropping a role is stored.
    loaded.revoke(StaffRole.COACH);
    loaded.deactivate();
    run(r -> r.staff.update(loaded));

    StaffMember reloaded = load(r -> r.staff.find(specialist.id()));
    assertSameStaffMember(loaded, reloaded);
    assertEquals(Set.of(StaffRole.SPECIALIST), reloaded.roles());
    assertEquals(loaded.version() + 1, reloaded.version());

    StaffMember coachLoaded = load(r -> r.staff.find(coach.id()));
    coachLoaded.grant(StaffRole.ADMINISTRATOR);
    run(r -> r.staff.update(coachLoaded));
    assertEquals(
        Set.of(StaffRole.COACH, StaffRole.ADMINISTRATOR),
        load(r -> r.staff.find(coach.id())).roles());
  }

  // ---------------------------------------------------------------- trajectory round trips

  @Test
  void a_trajectory_after_its_whole_life_round_trips() {
    People p = storedPeople();
    Trajectory trajectory = TrajectoryLife.wholeLife(new TrajectoryId(newId()), p);
    assertEquals(Stage.CLOSED, trajectory.stage());
    run(r -> r.trajectories.add(trajectory));

    Trajectory loaded = load(r -> r.trajectories.find(trajectory.id()));

    assertEquals(withoutVersion(trajectory.snapshot()), withoutVersion(loaded.snapshot()));
  }

  @Test
  void a_trajectory_stored_after_every_step_of_its_life_round_trips() {
    People p = storedPeople();
    TrajectoryId id = new TrajectoryId(newId());
    Trajectory expected = started(id, p);
    run(r -> r.trajectories.add(started(id, p)));
    long version = load(r -> r.trajectories.find(id)).version();

    for (Step step : TrajectoryLife.stepsAfterStart(p)) {
      step.action().accept(expected);
      run(
          r -> {
            Trajectory t = r.trajectories.find(id).orElseThrow();
            step.action().accept(t);
            r.trajectories.update(t);
          });

      Trajectory loaded = load(r -> r.trajectories.find(id));
      assertEquals(
          withoutVersion(expected.snapshot()),
          withoutVersion(loaded.snapshot()),
          "after step: " + step);
      assertEquals(version + 1, loaded.version(), "one version per update, step: " + step);
      version = loaded.version();
    }
    assertEquals(Stage.CLOSED, expected.stage());
  }

  @Test
  void a_trajectory_stopped_early_round_trips() {
    People p = storedPeople();
    Trajectory trajectory = TrajectoryLife.stoppedEarly(new TrajectoryId(newId()), p);
    assertEquals(Stage.CLOSED, trajectory.stage());
    run(r -> r.trajectories.add(trajectory));

    Trajectory loaded = load(r -> r.trajectories.find(trajectory.id()));

    assertEquals(withoutVersion(trajectory.snapshot()), withoutVersion(loaded.snapshot()));
    assertTrue(loaded.earlyStop().isPresent());
  }

  @Test
  void instants_are_stored_as_points_in_time() throws Exception {
    People p = storedPeople();
    Trajectory trajectory = started(new TrajectoryId(newId()), p);
    run(r -> r.trajectories.add(trajectory));

    try (Connection connection = database.connect();
        PreparedStatement query =
            connection.prepareStatement("SELECT started_at FROM trajectory WHERE id = ?")) {
      query.setObject(1, trajectory.id().value());
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next());
        assertEquals(day(-21), row.getObject(1, OffsetDateTime.class).toInstant());
      }
    }
  }

  // ---------------------------------------------------------------- trajectory queries

  @Test
  void trajectories_are_found_by_coach_and_by_resident_without_a_query_per_trajectory() {
    People one = storedPeople();
    People three = storedPeople();
    Trajectory single = TrajectoryLife.wholeLife(new TrajectoryId(newId()), one);
    List<Trajectory> several = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      several.add(TrajectoryLife.wholeLife(new TrajectoryId(newId()), three));
    }
    run(
        r -> {
          r.trajectories.add(single);
          several.forEach(r.trajectories::add);
        });

    SqlCounter.reset();
    List<Trajectory> ofOne = inTransaction(r -> r.trajectories.withCoach(one.c()));
    int queriesForOne = SqlCounter.statements();
    SqlCounter.reset();
    List<Trajectory> ofThree = inTransaction(r -> r.trajectories.withCoach(three.c()));
    int queriesForThree = SqlCounter.statements();

    assertEquals(List.of(snapshotOf(single)), ofOne.stream().map(this::snapshotOf).toList());
    assertEquals(
        several.stream().map(this::snapshotOf).collect(java.util.stream.Collectors.toSet()),
        ofThree.stream().map(this::snapshotOf).collect(java.util.stream.Collectors.toSet()));
    assertEquals(3, ofThree.size());
    assertTrue(queriesForOne > 1, "the SQL statements are counted");
    assertEquals(
        queriesForOne,
        queriesForThree,
        "loading three trajectories costs as many queries as loading one");
    assertEquals(List.of(), inTransaction(r -> r.trajectories.withCoach(one.secondCoach().id())));

    Trajectory earlier =
        Trajectory.start(
            new TrajectoryId(newId()),
            one.municipality().id(),
            one.r(),
            TrajectoryLife.CATALOGUE,
            Set.of(one.c()),
            Set.of(one.s()),
            one.s(),
            day(-400));
    Trajectory later =
        Trajectory.start(
            new TrajectoryId(newId()),
            one.municipality().id(),
            one.r(),
            TrajectoryLife.CATALOGUE,
            Set.of(one.c()),
            Set.of(one.s()),
            one.s(),
            day(400));
    run(
        r -> {
          r.trajectories.add(earlier);
          r.trajectories.add(later);
        });
    assertEquals(
        List.of(later.id(), single.id(), earlier.id()),
        inTransaction(r -> r.trajectories.ofResident(one.r())).stream()
            .map(Trajectory::id)
            .toList(),
        "most recent first");
  }

  @Test
  void trajectories_are_found_by_specialist_without_a_query_per_trajectory() {
    People p = storedPeople();
    People elsewhere = storedPeople();
    People solo = storedPeople();
    Trajectory own = started(new TrajectoryId(newId()), p);
    Trajectory joined = started(new TrajectoryId(newId()), elsewhere);
    joined.addSpecialist(p.s());
    Trajectory notTheirs = started(new TrajectoryId(newId()), elsewhere);
    Trajectory single = started(new TrajectoryId(newId()), solo);
    run(
        r -> {
          r.trajectories.add(own);
          r.trajectories.add(joined);
          r.trajectories.add(notTheirs);
          r.trajectories.add(single);
        });

    SqlCounter.reset();
    List<Trajectory> ofTwo = inTransaction(r -> r.trajectories.withSpecialist(p.s()));
    int queriesForTwo = SqlCounter.statements();
    SqlCounter.reset();
    List<Trajectory> ofOne = inTransaction(r -> r.trajectories.withSpecialist(solo.s()));
    int queriesForOne = SqlCounter.statements();

    assertEquals(
        Set.of(snapshotOf(own), snapshotOf(joined)),
        ofTwo.stream().map(this::snapshotOf).collect(java.util.stream.Collectors.toSet()));
    assertEquals(2, ofTwo.size(), "a trajectory is found once, however many specialists it has");
    assertEquals(List.of(snapshotOf(single)), ofOne.stream().map(this::snapshotOf).toList());
    assertEquals(queriesForOne, queriesForTwo, "as many queries for two trajectories as for one");
    assertEquals(List.of(), inTransaction(r -> r.trajectories.withSpecialist(p.c())));
  }

  // ---------------------------------------------------------------- trajectories by id

  @Test
  void trajectories_are_found_together_by_id_in_a_fixed_number_of_queries() {
    People p = storedPeople();
    Trajectory one = started(new TrajectoryId(newId()), p);
    Trajectory two = TrajectoryLife.wholeLife(new TrajectoryId(newId()), p);
    Trajectory three = inPartTwo(p, p.municipality().id(), Set.of(p.c()));
    run(r -> List.of(one, two, three).forEach(r.trajectories::add));

    SqlCounter.reset();
    List<Trajectory> ofThree =
        inTransaction(
            r ->
                r.trajectories.findAll(
                    Set.of(one.id(), two.id(), three.id(), new TrajectoryId(newId()))));
    int queriesForThree = SqlCounter.statements();
    SqlCounter.reset();
    List<Trajectory> ofOne = inTransaction(r -> r.trajectories.findAll(Set.of(two.id())));
    int queriesForOne = SqlCounter.statements();

    assertEquals(
        Set.of(snapshotOf(one), snapshotOf(two), snapshotOf(three)),
        ofThree.stream().map(this::snapshotOf).collect(toSet()));
    assertEquals(3, ofThree.size(), "each once; an unknown id is left out");
    assertEquals(List.of(snapshotOf(two)), ofOne.stream().map(this::snapshotOf).toList());
    assertEquals(queriesForOne, queriesForThree, "as many queries for three as for one");
    assertEquals(List.of(), inTransaction(r -> r.trajectories.findAll(Set.of())));
  }

  /** A trajectory of the people's resident with other coaches, or in another municipality. */
  private static Trajectory startedWith(
      People p, MunicipalityId municipality, Set<StaffMemberId> coaches) {
    Trajectory t =
        Trajectory.start(
            new TrajectoryId(newId()),
            municipality,
            p.r(),
            TrajectoryLife.CATALOGUE,
            coaches,
            Set.of(p.s()),
            p.s(),
            day(-21));
    t.releaseEvents();
    return t;
  }

  /** Lived up to the end of part two (answers, notes, drafts, evaluations), with these coaches. */
  private static Trajectory inPartTwo(
      People p, MunicipalityId municipality, Set<StaffMemberId> coaches) {
    Trajectory t = startedWith(p, municipality, coaches);
    for (Step step : TrajectoryLife.stepsAfterStart(p)) {
      if (step.name().equals("final evaluation with outcome")) {
        break;
      }
      step.action().accept(t);
    }
    return t;
  }

  // ---------------------------------------------------------------- advice to the court

  @Test
  void the_advice_to_the_court_round_trips_and_a_stale_one_is_refused() {
    People p = storedPeople();
    TrajectoryId id = new TrajectoryId(newId());
    run(r -> r.trajectories.add(started(id, p)));
    assertEquals(Optional.empty(), inTransaction(r -> r.courtAdvice.find(id)));
    LocalDate written = LocalDate.of(2026, 7, 1);
    CourtAdvice draft =
        new CourtAdvice(
            id,
            CourtRecommendation.CONTINUE,
            "Nog niet klaar.\n\nWel op weg.",
            p.s(),
            written,
            null,
            0);
    run(r -> r.courtAdvice.add(draft));
    assertThrows(ConcurrentUpdateException.class, () -> run(r -> r.courtAdvice.add(draft)));

    CourtAdvice loaded = load(r -> r.courtAdvice.find(id));
    assertEquals(CourtRecommendation.CONTINUE, loaded.recommendation());
    assertEquals("Nog niet klaar.\n\nWel op weg.", loaded.reasons());
    assertEquals(p.s(), loaded.writtenBy());
    assertEquals(written, loaded.writtenOn());
    assertEquals(Optional.empty(), loaded.finalisedOn());
    assertEquals(1, loaded.version());

    CourtAdvice finalised =
        new CourtAdvice(
            id, CourtRecommendation.END, "Klaar.", p.s(), written, written.plusDays(1), 1);
    run(r -> r.courtAdvice.update(finalised));
    CourtAdvice reloaded = load(r -> r.courtAdvice.find(id));
    assertEquals(CourtRecommendation.END, reloaded.recommendation());
    assertEquals(Optional.of(written.plusDays(1)), reloaded.finalisedOn());
    assertEquals(2, reloaded.version());

    assertThrows(ConcurrentUpdateException.class, () -> run(r -> r.courtAdvice.update(loaded)));
    assertEquals(2, load(r -> r.courtAdvice.find(id)).version());
  }

  // ---------------------------------------------------------------- growth plan

  /** What the growth plan needs of a trajectory in coaching whose coach is {@code p.c()}. */
  private static TrajectoryStatus inCoaching(TrajectoryId id, People p) {
    return new TrajectoryStatus(id, Stage.COACHING_PART_ONE, Set.of(p.c()));
  }

  @Test
  void a_growth_plan_round_trips_and_every_change_is_a_new_version() {
    People p = storedPeople();
    TrajectoryId id = new TrajectoryId(newId());
    run(r -> r.trajectories.add(started(id, p)));
    assertEquals(Optional.empty(), inTransaction(r -> r.growthPlans.find(id)));
    TrajectoryStatus status = inCoaching(id, p);
    GoalId income = new GoalId(newId());
    GoalId post = new GoalId(newId());
    GrowthPlan plan = GrowthPlan.empty(id);
    plan.setGoal(income, "Weten wat er binnenkomt", Theme.INCOME, p.c(), status, day(-1));
    plan.setGoal(post, "Overzicht in de post", null, p.c(), status, day(-1));
    plan.makeAgreement(
        new AgreementId(newId()), "We spreken elke week bij je thuis af", p.c(), status, day(-1));
    plan.recordProgress(
        new ProgressEntryId(newId()), income, "Loonstroken verzameld", p.c(), status, day(-1));
    run(r -> r.growthPlans.add(plan));

    GrowthPlan loaded = load(r -> r.growthPlans.find(id));
    assertSameGrowthPlan(plan, loaded);
    assertEquals(1, loaded.version());

    loaded.achieveGoal(income, p.c(), status, day(36));
    loaded.recordProgress(
        new ProgressEntryId(newId()), null, "Het gaat de goede kant op.", p.c(), status, day(36));
    loaded.makeAgreement(
        new AgreementId(newId()), "Vanaf nu spreken we elke maand af", p.c(), status, day(36));
    run(r -> r.growthPlans.update(loaded));

    GrowthPlan reloaded = load(r -> r.growthPlans.find(id));
    assertSameGrowthPlan(loaded, reloaded);
    assertEquals(2, reloaded.version());
  }

  @Test
  void a_stale_growth_plan_and_a_second_first_save_are_refused() {
    People p = storedPeople();
    TrajectoryId id = new TrajectoryId(newId());
    run(r -> r.trajectories.add(started(id, p)));
    TrajectoryStatus status = inCoaching(id, p);
    GrowthPlan first = GrowthPlan.empty(id);
    first.setGoal(new GoalId(newId()), "Eerste", null, p.c(), status, day(1));
    run(r -> r.growthPlans.add(first));
    GrowthPlan second = GrowthPlan.empty(id);
    second.setGoal(new GoalId(newId()), "Tegelijk", null, p.c(), status, day(1));
    assertThrows(ConcurrentUpdateException.class, () -> run(r -> r.growthPlans.add(second)));

    GrowthPlan stale = load(r -> r.growthPlans.find(id));
    GrowthPlan fresh = load(r -> r.growthPlans.find(id));
    fresh.makeAgreement(new AgreementId(newId()), "Bellen", p.c(), status, day(2));
    run(r -> r.growthPlans.update(fresh));
    stale.makeAgreement(new AgreementId(newId()), "Mailen", p.c(), status, day(2));
    assertThrows(ConcurrentUpdateException.class, () -> run(r -> r.growthPlans.update(stale)));

    GrowthPlan stored = load(r -> r.growthPlans.find(id));
    assertSameGrowthPlan(fresh, stored);
    assertEquals(2, stored.version());
  }

  @Test
  void the_growth_plan_and_its_trajectory_have_their_own_versions() {
    People p = storedPeople();
    TrajectoryId id = new TrajectoryId(newId());
    run(r -> r.trajectories.add(started(id, p)));
    GrowthPlan plan = GrowthPlan.empty(id);
    plan.setGoal(new GoalId(newId()), "Sparen", null, p.c(), inCoaching(id, p), day(1));
    run(r -> r.growthPlans.add(plan));
    long trajectoryVersion = load(r -> r.trajectories.find(id)).version();

    // The trajectory and the plan change in one transaction, each raising only its own version.
    // The plan is loaded after the trajectory's flush, as in GrowthPlanChanges (after the access
    // log's flush): EclipseLink loses the forced version increment of an entity that was loaded
    // before an earlier flush of the same transaction.
    run(
        r -> {
          Trajectory t = r.trajectories.find(id).orElseThrow();
          t.invite(day(-20));
          r.trajectories.update(t);
          GrowthPlan g = r.growthPlans.find(id).orElseThrow();
          g.makeAgreement(new AgreementId(newId()), "Bellen", p.c(), inCoaching(id, p), day(2));
          r.growthPlans.update(g);
        });
    GrowthPlan stale = load(r -> r.growthPlans.find(id));
    run(
        r -> {
          Trajectory t = r.trajectories.find(id).orElseThrow();
          t.activate(day(-19));
          r.trajectories.update(t);
        });

    assertEquals(trajectoryVersion + 2, load(r -> r.trajectories.find(id)).version());
    assertEquals(2, load(r -> r.growthPlans.find(id)).version());
    stale.recordProgress(
        new ProgressEntryId(newId()), null, "Goed", p.c(), inCoaching(id, p), day(3));
    run(r -> r.growthPlans.update(stale));
    assertEquals(3, load(r -> r.growthPlans.find(id)).version());
  }

  @Test
  void a_trajectory_that_existed_before_the_growth_plan_had_its_own_table_has_one_at_version_0()
      throws Exception {
    People p = storedPeople();
    TrajectoryId id = new TrajectoryId(newId());
    run(r -> r.trajectories.add(started(id, p)));
    // What V11 does for every trajectory it finds: the plan at version 0.
    try (Connection connection = database.connect();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO growth_plan (trajectory_id, version) VALUES (?, 0)")) {
      insert.setObject(1, id.value());
      assertEquals(1, insert.executeUpdate());
    }

    GrowthPlan plan = load(r -> r.growthPlans.find(id));
    assertEquals(0, plan.version());
    assertEquals(List.of(), plan.goals());
    plan.setGoal(new GoalId(newId()), "Sparen", null, p.c(), inCoaching(id, p), day(1));
    run(r -> r.growthPlans.update(plan));
    assertEquals(1, load(r -> r.growthPlans.find(id)).version());
  }

  private static void assertSameGrowthPlan(GrowthPlan expected, GrowthPlan actual) {
    assertEquals(expected.trajectoryId(), actual.trajectoryId());
    assertEquals(expected.goals(), actual.goals());
    assertEquals(expected.agreements(), actual.agreements());
    assertEquals(expected.progress(), actual.progress());
  }

  // ---------------------------------------------------------------- optimistic locking

  @Test
  void of_two_concurrent_updates_the_second_is_refused_when_the_first_changed_only_parts() {
    People p = storedPeople();
    TrajectoryId id = new TrajectoryId(newId());
    run(r -> r.trajectories.add(started(id, p)));

    TrajectorySnapshot first =
        concurrently(id, t -> t.addCoach(p.secondCoach().id()), t -> t.invite(day(-20)));

    assertEquals(Set.of(p.c(), p.secondCoach().id()), first.coaches());
    assertEquals(Stage.SELECTED, first.stage());
  }

  @Test
  void of_two_concurrent_updates_the_second_is_refused_when_it_changes_only_parts() {
    People p = storedPeople();
    TrajectoryId id = new TrajectoryId(newId());
    run(r -> r.trajectories.add(started(id, p)));

    TrajectorySnapshot first =
        concurrently(id, t -> t.invite(day(-20)), t -> t.addCoach(p.secondCoach().id()));

    assertEquals(Set.of(p.c()), first.coaches());
    assertEquals(Stage.INVITED, first.stage());
  }

  /**
   * Loads the trajectory in two entity managers, changes and updates it in both, commits the first
   * and expects the second update to be refused; returns what is stored then, after checking that
   * it is exactly the first change.
   */
  private TrajectorySnapshot concurrently(
      TrajectoryId id, Consumer<Trajectory> firstChange, Consumer<Trajectory> secondChange) {
    EntityManager em1 = factory.createEntityManager();
    EntityManager em2 = factory.createEntityManager();
    try {
      em1.getTransaction().begin();
      em2.getTransaction().begin();
      Repositories first = Repositories.on(em1);
      Repositories second = Repositories.on(em2);
      Trajectory t1 = first.trajectories.find(id).orElseThrow();
      Trajectory t2 = second.trajectories.find(id).orElseThrow();
      assertEquals(t1.version(), t2.version());

      firstChange.accept(t1);
      first.trajectories.update(t1);
      em1.getTransaction().commit();

      secondChange.accept(t2);
      assertThrows(ConcurrentUpdateException.class, () -> second.trajectories.update(t2));
      em2.getTransaction().rollback();

      TrajectorySnapshot stored = load(r -> r.trajectories.find(id)).snapshot();
      assertEquals(withoutVersion(t1.snapshot()), withoutVersion(stored), "only the first change");
      assertEquals(t1.version() + 1, stored.version());
      return stored;
    } finally {
      for (EntityManager em : List.of(em1, em2)) {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        em.close();
      }
    }
  }

  @Test
  void a_trajectory_older_than_the_stored_one_is_refused() {
    People p = storedPeople();
    TrajectoryId id = new TrajectoryId(newId());
    run(r -> r.trajectories.add(started(id, p)));
    Trajectory stale = load(r -> r.trajectories.find(id));
    Trajectory fresh = load(r -> r.trajectories.find(id));
    fresh.invite(day(-20));
    run(r -> r.trajectories.update(fresh));

    stale.addCoach(p.secondCoach().id());
    assertThrows(ConcurrentUpdateException.class, () -> run(r -> r.trajectories.update(stale)));

    assertEquals(
        withoutVersion(fresh.snapshot()),
        withoutVersion(load(r -> r.trajectories.find(id)).snapshot()));
  }

  @Test
  void a_trajectory_updated_twice_from_the_same_load_is_refused_the_second_time() {
    People p = storedPeople();
    TrajectoryId id = new TrajectoryId(newId());
    run(r -> r.trajectories.add(started(id, p)));

    assertThrows(
        ConcurrentUpdateException.class,
        () ->
            run(
                r -> {
                  Trajectory t = r.trajectories.find(id).orElseThrow();
                  t.invite(day(-20));
                  r.trajectories.update(t);
                  t.activate(day(-19));
                  r.trajectories.update(t);
                }));
  }

  @Test
  void stale_municipalities_residents_and_staff_members_are_refused() {
    People p = storedPeople();
    Municipality staleMunicipality = load(r -> r.municipalities.find(p.municipality().id()));
    Resident staleResident = load(r -> r.residents.find(p.r()));
    StaffMember staleCoach = load(r -> r.staff.find(p.c()));

    Municipality municipality = load(r -> r.municipalities.find(p.municipality().id()));
    municipality.rename("Gemeente Eerst");
    Resident resident = load(r -> r.residents.find(p.r()));
    resident.correctName("Eerst", "Gewijzigd");
    StaffMember coach = load(r -> r.staff.find(p.c()));
    coach.grant(StaffRole.ADMINISTRATOR);
    run(
        r -> {
          r.municipalities.update(municipality);
          r.residents.update(resident);
          r.staff.update(coach);
        });

    staleMunicipality.purchase(Module.FINANCIAL_SUPPORT);
    staleResident.changeEmail(new EmailAddress("later." + newId() + "@example.nl"));
    staleCoach.deactivate();
    assertThrows(
        ConcurrentUpdateException.class,
        () -> run(r -> r.municipalities.update(staleMunicipality)));
    assertThrows(
        ConcurrentUpdateException.class, () -> run(r -> r.residents.update(staleResident)));
    assertThrows(ConcurrentUpdateException.class, () -> run(r -> r.staff.update(staleCoach)));

    assertSameMunicipality(municipality, load(r -> r.municipalities.find(municipality.id())));
    assertSameResident(resident, load(r -> r.residents.find(resident.id())));
    assertSameStaffMember(coach, load(r -> r.staff.find(coach.id())));
  }

  @Test
  void of_two_concurrent_municipality_updates_the_second_is_refused() {
    People p = storedPeople();
    EntityManager em1 = factory.createEntityManager();
    EntityManager em2 = factory.createEntityManager();
    try {
      em1.getTransaction().begin();
      em2.getTransaction().begin();
      Municipality m1 = Repositories.on(em1).municipalities.find(p.municipality().id()).get();
      Municipality m2 = Repositories.on(em2).municipalities.find(p.municipality().id()).get();

      m1.purchase(Module.FINANCIAL_SUPPORT);
      Repositories.on(em1).municipalities.update(m1);
      em1.getTransaction().commit();

      m2.rename("Gemeente Later");
      assertThrows(
          ConcurrentUpdateException.class, () -> Repositories.on(em2).municipalities.update(m2));
      em2.getTransaction().rollback();
    } finally {
      em1.close();
      em2.close();
    }
    assertSameMunicipality(
        new Municipality(
            p.municipality().id(),
            p.municipality().name(),
            Set.of(Module.DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT, Module.FINANCIAL_SUPPORT),
            0),
        load(r -> r.municipalities.find(p.municipality().id())));
  }

  // ---------------------------------------------------------------- coach teams and support

  @Test
  void a_coach_team_round_trips_updates_and_is_removed() {
    People p = storedPeople();
    CoachTeam team =
        new CoachTeam(
            new CoachTeamId(newId()),
            p.municipality().id(),
            "Team Noord",
            Set.of(p.c(), p.secondCoach().id()),
            0);
    run(r -> r.teams.add(team));

    CoachTeam loaded = load(r -> r.teams.find(team.id()));
    assertSameTeam(team, loaded);
    assertEquals(
        List.of(team.id()),
        inTransaction(r -> r.teams.withMember(p.c())).stream().map(CoachTeam::id).toList());

    loaded.rename("Team Zuid");
    loaded.remove(p.c());
    loaded.add(p.s());
    run(r -> r.teams.update(loaded));

    CoachTeam reloaded = load(r -> r.teams.find(team.id()));
    assertSameTeam(loaded, reloaded);
    assertEquals(Set.of(p.secondCoach().id(), p.s()), reloaded.members());
    assertEquals(loaded.version() + 1, reloaded.version());
    assertEquals(List.of(), inTransaction(r -> r.teams.withMember(p.c())));

    run(r -> r.teams.remove(team.id()));
    assertEquals(Optional.empty(), inTransaction(r -> r.teams.find(team.id())));
    assertEquals(List.of(), inTransaction(r -> r.teams.withMember(p.s())));
  }

  @Test
  void support_organisations_and_their_workers_round_trip_and_update() {
    People p = storedPeople();
    SupportOrganisation organisation = organisation(p, "Schuldhulpmaatje", false);
    SupportWorker worker = worker(organisation, "Anna Maatje");
    run(
        r -> {
          r.organisations.add(organisation);
          r.workers.add(worker);
        });

    SupportOrganisation loaded = load(r -> r.organisations.find(organisation.id()));
    assertSameOrganisation(organisation, loaded);
    assertSameWorker(worker, load(r -> r.workers.find(worker.id())));
    SupportWorker loadedWorker = load(r -> r.workers.findByEmail(worker.email()));
    assertSameWorker(worker, loadedWorker);

    loaded.rename("Humanitas Thuisadministratie");
    loaded.verify();
    loadedWorker.rename("Anna de Maat");
    loadedWorker.deactivate();
    run(
        r -> {
          r.organisations.update(loaded);
          r.workers.update(loadedWorker);
        });

    SupportOrganisation reloaded = load(r -> r.organisations.find(organisation.id()));
    assertSameOrganisation(loaded, reloaded);
    assertTrue(reloaded.verified());
    assertEquals(loaded.version() + 1, reloaded.version());
    SupportWorker reloadedWorker = load(r -> r.workers.find(worker.id()));
    assertSameWorker(loadedWorker, reloadedWorker);
    assertEquals(loadedWorker.version() + 1, reloadedWorker.version());
    assertEquals(
        Optional.empty(),
        inTransaction(r -> r.workers.findByEmail(new EmailAddress("nobody@example.nl"))));
  }

  @Test
  void a_revoked_grant_is_not_active() {
    People p = storedPeople();
    TrajectoryId trajectory = new TrajectoryId(newId());
    SupportOrganisation organisation = organisation(p, "Humanitas", true);
    run(
        r -> {
          r.trajectories.add(started(trajectory, p));
          r.organisations.add(organisation);
        });
    SupportGrant first =
        SupportGrant.grant(new SupportGrantId(newId()), trajectory, organisation, day(-10));
    SupportGrant second =
        SupportGrant.grant(new SupportGrantId(newId()), trajectory, organisation, day(-5));
    run(
        r -> {
          r.grants.add(second);
          r.grants.add(first);
        });
    assertSameGrant(first, load(r -> r.grants.find(first.id())));
    assertEquals(
        List.of(first.id(), second.id()),
        inTransaction(r -> r.grants.activeOfOrganisation(organisation.id())).stream()
            .map(SupportGrant::id)
            .toList());

    SupportGrant loaded = load(r -> r.grants.find(first.id()));
    loaded.revoke(day(-2));
    run(r -> r.grants.update(loaded));

    SupportGrant reloaded = load(r -> r.grants.find(first.id()));
    assertSameGrant(loaded, reloaded);
    assertFalse(reloaded.active());
    assertEquals(Optional.of(day(-2)), reloaded.revokedAt());
    assertEquals(
        List.of(second.id()),
        inTransaction(r -> r.grants.activeOfOrganisation(organisation.id())).stream()
            .map(SupportGrant::id)
            .toList(),
        "a revoked grant is not active");
    assertEquals(
        List.of(first.id(), second.id()),
        inTransaction(r -> r.grants.ofTrajectory(trajectory)).stream()
            .map(SupportGrant::id)
            .toList(),
        "every grant of the trajectory, revoked ones included, oldest first");
  }

  @Test
  void of_municipality_never_returns_another_municipalitys_rows() {
    People mine = storedPeople();
    People theirs = storedPeople();
    CoachTeam myTeam =
        new CoachTeam(new CoachTeamId(newId()), mine.municipality().id(), "Mijn team", Set.of(), 0);
    CoachTeam theirTeam =
        new CoachTeam(
            new CoachTeamId(newId()), theirs.municipality().id(), "Hun team", Set.of(), 0);
    SupportOrganisation myOrganisation = organisation(mine, "Mijn hulp", true);
    SupportOrganisation theirOrganisation = organisation(theirs, "Hun hulp", true);
    SupportWorker myWorker = worker(myOrganisation, "Mijn maatje");
    SupportWorker theirWorker = worker(theirOrganisation, "Hun maatje");
    run(
        r -> {
          r.teams.add(myTeam);
          r.teams.add(theirTeam);
          r.organisations.add(myOrganisation);
          r.organisations.add(theirOrganisation);
          r.workers.add(myWorker);
          r.workers.add(theirWorker);
        });

    assertEquals(
        List.of(myTeam.id()),
        inTransaction(r -> r.teams.ofMunicipality(mine.municipality().id())).stream()
            .map(CoachTeam::id)
            .toList());
    assertEquals(
        List.of(myOrganisation.id()),
        inTransaction(r -> r.organisations.ofMunicipality(mine.municipality().id())).stream()
            .map(SupportOrganisation::id)
            .toList());
    assertEquals(
        List.of(myWorker.id()),
        inTransaction(r -> r.workers.ofOrganisation(myOrganisation.id())).stream()
            .map(SupportWorker::id)
            .toList());
    assertEquals(
        Set.of(mine.c(), mine.secondCoach().id(), mine.s()),
        inTransaction(r -> r.staff.ofMunicipality(mine.municipality().id())).stream()
            .map(StaffMember::id)
            .collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void of_two_concurrent_updates_of_a_team_organisation_worker_or_grant_the_second_is_refused() {
    People p = storedPeople();
    TrajectoryId trajectory = new TrajectoryId(newId());
    CoachTeam team =
        new CoachTeam(new CoachTeamId(newId()), p.municipality().id(), "Team", Set.of(), 0);
    SupportOrganisation organisation = organisation(p, "Humanitas", true);
    SupportWorker worker = worker(organisation, "Anna");
    SupportGrant grant =
        SupportGrant.grant(new SupportGrantId(newId()), trajectory, organisation, day(-3));
    run(
        r -> {
          r.trajectories.add(started(trajectory, p));
          r.teams.add(team);
          r.organisations.add(organisation);
          r.workers.add(worker);
          r.grants.add(grant);
        });

    CoachTeam storedTeam =
        secondOfTwoConcurrentUpdatesIsRefused(
            r -> r.teams.find(team.id()),
            (r, t) -> r.teams.update(t),
            t -> t.add(p.c()),
            t -> t.rename("Later"));
    assertEquals(Set.of(p.c()), storedTeam.members());
    assertEquals("Team", storedTeam.name());

    SupportOrganisation storedOrganisation =
        secondOfTwoConcurrentUpdatesIsRefused(
            r -> r.organisations.find(organisation.id()),
            (r, o) -> r.organisations.update(o),
            SupportOrganisation::withdrawVerification,
            o -> o.rename("Later"));
    assertFalse(storedOrganisation.verified());
    assertEquals("Humanitas", storedOrganisation.name());

    SupportWorker storedWorker =
        secondOfTwoConcurrentUpdatesIsRefused(
            r -> r.workers.find(worker.id()),
            (r, w) -> r.workers.update(w),
            SupportWorker::deactivate,
            w -> w.rename("Later"));
    assertFalse(storedWorker.active());
    assertEquals("Anna", storedWorker.name());

    SupportGrant storedGrant =
        secondOfTwoConcurrentUpdatesIsRefused(
            r -> r.grants.find(grant.id()),
            (r, g) -> r.grants.update(g),
            g -> g.revoke(day(-2)),
            g -> g.revoke(day(-1)));
    assertEquals(Optional.of(day(-2)), storedGrant.revokedAt());
  }

  /**
   * Loads an aggregate in two entity managers, changes and updates it in both, commits the first
   * and expects the second update to be refused; returns what is stored then.
   */
  private <T> T secondOfTwoConcurrentUpdatesIsRefused(
      Function<Repositories, Optional<T>> find,
      BiConsumer<Repositories, T> update,
      Consumer<T> firstChange,
      Consumer<T> secondChange) {
    EntityManager em1 = factory.createEntityManager();
    EntityManager em2 = factory.createEntityManager();
    try {
      em1.getTransaction().begin();
      em2.getTransaction().begin();
      Repositories first = Repositories.on(em1);
      Repositories second = Repositories.on(em2);
      T one = find.apply(first).orElseThrow();
      T two = find.apply(second).orElseThrow();

      firstChange.accept(one);
      update.accept(first, one);
      em1.getTransaction().commit();

      secondChange.accept(two);
      assertThrows(ConcurrentUpdateException.class, () -> update.accept(second, two));
      em2.getTransaction().rollback();
    } finally {
      for (EntityManager em : List.of(em1, em2)) {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        em.close();
      }
    }
    return load(find);
  }

  private static SupportOrganisation organisation(People p, String name, boolean verified) {
    return new SupportOrganisation(
        new SupportOrganisationId(newId()), p.municipality().id(), name, verified, 0);
  }

  private static SupportWorker worker(SupportOrganisation organisation, String name) {
    return new SupportWorker(
        new SupportWorkerId(newId()),
        organisation.id(),
        organisation.municipalityId(),
        name,
        new EmailAddress("worker." + newId() + "@example.nl"),
        true,
        0);
  }

  // ---------------------------------------------------------------- helpers

  /** The repositories on one entity manager. */
  record Repositories(
      JpaMunicipalityRepository municipalities,
      JpaResidentRepository residents,
      JpaStaffMemberRepository staff,
      JpaTrajectoryRepository trajectories,
      JpaAccountRepository accounts,
      JpaCoachTeamRepository teams,
      JpaSupportOrganisationRepository organisations,
      JpaSupportWorkerRepository workers,
      JpaSupportGrantRepository grants,
      JpaMessageRepository messages,
      JpaGrowthPlanRepository growthPlans,
      JpaCourtAdviceRepository courtAdvice,
      EntityManager em) {

    static Repositories on(EntityManager em) {
      return new Repositories(
          new JpaMunicipalityRepository(em),
          new JpaResidentRepository(em),
          new JpaStaffMemberRepository(em),
          new JpaTrajectoryRepository(em),
          new JpaAccountRepository(em),
          new JpaCoachTeamRepository(em),
          new JpaSupportOrganisationRepository(em),
          new JpaSupportWorkerRepository(em),
          new JpaSupportGrantRepository(em),
          new JpaMessageRepository(em),
          new JpaGrowthPlanRepository(em),
          new JpaCourtAdviceRepository(em),
          em);
    }
  }

  private <T> T inTransaction(Function<Repositories, T> work) {
    return inNewTransaction(em -> work.apply(Repositories.on(em)));
  }

  private void run(Consumer<Repositories> work) {
    inTransaction(
        r -> {
          work.accept(r);
          return null;
        });
  }

  /** Loads something that must exist, in a new persistence context. */
  private <T> T load(Function<Repositories, Optional<T>> find) {
    return inTransaction(find).orElseThrow();
  }

  private void storeMunicipality(People p) {
    run(r -> r.municipalities.add(p.municipality()));
  }

  private TrajectorySnapshot snapshotOf(Trajectory t) {
    return withoutVersion(t.snapshot());
  }

  private static void assertSameMunicipality(Municipality expected, Municipality actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.name(), actual.name());
    assertEquals(expected.purchasedModules(), actual.purchasedModules());
    assertEquals(expected.secondFactorRule(), actual.secondFactorRule());
    assertEquals(expected.houseColour(), actual.houseColour());
    assertEquals(expected.identityProvider(), actual.identityProvider());
  }

  private static void assertSameResident(Resident expected, Resident actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.municipalityId(), actual.municipalityId());
    assertEquals(expected.firstName(), actual.firstName());
    assertEquals(expected.lastName(), actual.lastName());
    assertEquals(expected.email(), actual.email());
  }

  private static void assertSameStaffMember(StaffMember expected, StaffMember actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.municipalityId(), actual.municipalityId());
    assertEquals(expected.name(), actual.name());
    assertEquals(expected.email(), actual.email());
    assertEquals(expected.roles(), actual.roles());
    assertEquals(expected.organisation(), actual.organisation());
    assertEquals(expected.active(), actual.active());
  }

  private static void assertSameTeam(CoachTeam expected, CoachTeam actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.municipalityId(), actual.municipalityId());
    assertEquals(expected.name(), actual.name());
    assertEquals(expected.members(), actual.members());
  }

  private static void assertSameOrganisation(
      SupportOrganisation expected, SupportOrganisation actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.municipalityId(), actual.municipalityId());
    assertEquals(expected.name(), actual.name());
    assertEquals(expected.verified(), actual.verified());
  }

  private static void assertSameWorker(SupportWorker expected, SupportWorker actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.organisationId(), actual.organisationId());
    assertEquals(expected.municipalityId(), actual.municipalityId());
    assertEquals(expected.name(), actual.name());
    assertEquals(expected.email(), actual.email());
    assertEquals(expected.active(), actual.active());
  }

  private static void assertSameGrant(SupportGrant expected, SupportGrant actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.trajectoryId(), actual.trajectoryId());
    assertEquals(expected.organisationId(), actual.organisationId());
    assertEquals(expected.grantedAt(), actual.grantedAt());
    assertEquals(expected.revokedAt(), actual.revokedAt());
  }
}
