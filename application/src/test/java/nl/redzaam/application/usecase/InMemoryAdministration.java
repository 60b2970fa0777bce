package nl.redzaam.application.usecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.redzaam.application.login.ActivateAccount;
import nl.redzaam.application.login.Authentication;
import nl.redzaam.application.login.SessionSettings;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.AccountTokenRepository;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CoachTeamRepository;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.LoginThrottle;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.PasswordHasher;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.SessionRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.port.SupportGrantRepository;
import nl.redzaam.application.port.SupportOrganisationRepository;
import nl.redzaam.application.port.SupportWorkerRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.DomainEvent;
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
import nl.redzaam.domain.trajectory.Trajectory;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.mockito.Mockito;

/**
 * In-memory stand-ins for every port the administration use cases need, so tests can follow state
 * across several use cases (create, deactivate, log in again, ...). Objects are kept as they are
 * stored; versions do not count up.
 */
final class InMemoryAdministration {

  static final MunicipalityId MUNICIPALITY = UseCaseFixtures.MUNICIPALITY;
  static final MunicipalityId OTHER = UseCaseFixtures.OTHER_MUNICIPALITY;

  static final String PASSWORD = "een lange eigen zin";

  Instant now = UseCaseFixtures.START;
  Actor actor;

  final Map<MunicipalityId, Municipality> municipalityStore = new HashMap<>();
  final Map<StaffMemberId, StaffMember> staffStore = new LinkedHashMap<>();
  final Map<CoachTeamId, CoachTeam> teamStore = new LinkedHashMap<>();
  final Map<SupportOrganisationId, SupportOrganisation> organisationStore = new LinkedHashMap<>();
  final Map<SupportWorkerId, SupportWorker> workerStore = new LinkedHashMap<>();
  final Map<SupportGrantId, SupportGrant> grantStore = new LinkedHashMap<>();
  final Map<ResidentId, Resident> residentStore = new HashMap<>();
  final Map<TrajectoryId, Trajectory> trajectoryStore = new LinkedHashMap<>();
  final Map<String, Account> accountStore = new HashMap<>();
  final Map<String, AccountTokenRepository.AccountToken> tokenStore = new HashMap<>();
  final Map<String, Instant> usedTokens = new HashMap<>();
  final Map<String, SessionRepository.Session> sessionStore = new HashMap<>();
  final List<String> accessLogged = new ArrayList<>();

  final Clock clock = () -> now;
  final IdentityGenerator ids = UUID::randomUUID;
  final CurrentUser currentUser = () -> Objects.requireNonNull(actor, "actor");
  final AccessLog accessLog =
      (resident, trajectory, onBehalfOf) ->
          accessLogged.add(resident + " " + trajectory + " " + onBehalfOf);

  final MunicipalityRepository municipalities =
      new MunicipalityRepository() {
        @Override
        public Optional<Municipality> find(MunicipalityId id) {
          return Optional.ofNullable(municipalityStore.get(id));
        }

        @Override
        public List<Municipality> all() {
          return List.copyOf(municipalityStore.values());
        }

        @Override
        public void add(Municipality municipality) {
          municipalityStore.put(municipality.id(), municipality);
        }

        @Override
        public void update(Municipality municipality) {
          municipalityStore.put(municipality.id(), municipality);
        }
      };

  final StaffMemberRepository staff =
      new StaffMemberRepository() {
        @Override
        public Optional<StaffMember> find(StaffMemberId id) {
          return Optional.ofNullable(staffStore.get(id));
        }

        @Override
        public Optional<StaffMember> findByEmail(EmailAddress email) {
          return staffStore.values().stream().filter(s -> s.email().equals(email)).findFirst();
        }

        @Override
        public List<StaffMember> ofMunicipality(MunicipalityId municipality) {
          return of(staffStore, StaffMember::municipalityId, municipality);
        }

        @Override
        public void add(StaffMember member) {
          staffStore.put(member.id(), member);
        }

        @Override
        public void update(StaffMember member) {
          staffStore.put(member.id(), member);
        }
      };

  final CoachTeamRepository teams =
      new CoachTeamRepository() {
        @Override
        public Optional<CoachTeam> find(CoachTeamId id) {
          return Optional.ofNullable(teamStore.get(id));
        }

        @Override
        public List<CoachTeam> ofMunicipality(MunicipalityId municipality) {
          return of(teamStore, CoachTeam::municipalityId, municipality);
        }

        @Override
        public List<CoachTeam> withMember(StaffMemberId member) {
          return teamStore.values().stream().filter(t -> t.has(member)).toList();
        }

        @Override
        public void add(CoachTeam team) {
          teamStore.put(team.id(), team);
        }

        @Override
        public void update(CoachTeam team) {
          teamStore.put(team.id(), team);
        }

        @Override
        public void remove(CoachTeamId id) {
          teamStore.remove(id);
        }
      };

  final SupportOrganisationRepository organisations =
      new SupportOrganisationRepository() {
        @Override
        public Optional<SupportOrganisation> find(SupportOrganisationId id) {
          return Optional.ofNullable(organisationStore.get(id));
        }

        @Override
        public List<SupportOrganisation> ofMunicipality(MunicipalityId municipality) {
          return of(organisationStore, SupportOrganisation::municipalityId, municipality);
        }

        @Override
        public void add(SupportOrganisation organisation) {
          organisationStore.put(organisation.id(), organisation);
        }

        @Override
        public void update(SupportOrganisation organisation) {
          organisationStore.put(organisation.id(), organisation);
        }
      };

  final SupportWorkerRepository workers =
      new SupportWorkerRepository() {
        @Override
        public Optional<SupportWorker> find(SupportWorkerId id) {
          return Optional.ofNullable(workerStore.get(id));
        }

        @Override
        public Optional<SupportWorker> findByEmail(EmailAddress email) {
          return workerStore.values().stream().filter(w -> w.email().equals(email)).findFirst();
        }

        @Override
        public List<SupportWorker> ofOrganisation(SupportOrganisationId organisation) {
          return of(workerStore, SupportWorker::organisationId, organisation);
        }

        @Override
        public void add(SupportWorker worker) {
          workerStore.put(worker.id(), worker);
        }

        @Override
        public void update(SupportWorker worker) {
          workerStore.put(worker.id(), worker);
        }
      };

  final SupportGrantRepository grants =
      new SupportGrantRepository() {
        @Override
        public Optional<SupportGrant> find(SupportGrantId id) {
          return Optional.ofNullable(grantStore.get(id));
        }

        @Override
        public List<SupportGrant> ofTrajectory(TrajectoryId trajectory) {
          return grantStore.values().stream()
              .filter(g -> g.trajectoryId().equals(trajectory))
              .sorted(Comparator.comparing(SupportGrant::grantedAt))
              .toList();
        }

        @Override
        public List<SupportGrant> activeOfOrganisation(SupportOrganisationId organisation) {
          return grantStore.values().stream()
              .filter(g -> g.organisationId().equals(organisation) && g.active())
              .toList();
        }

        @Override
        public void add(SupportGrant grant) {
          grantStore.put(grant.id(), grant);
        }

        @Override
        public void update(SupportGrant grant) {
          grantStore.put(grant.id(), grant);
        }
      };

  final ResidentRepository residents =
      new ResidentRepository() {
        @Override
        public Optional<Resident> find(ResidentId id) {
          return Optional.ofNullable(residentStore.get(id));
        }

        @Override
        public List<Resident> findAll(java.util.Collection<ResidentId> ids) {
          return ids.stream().distinct().map(residentStore::get).filter(r -> r != null).toList();
        }

        @Override
        public Optional<Resident> findByEmail(EmailAddress email) {
          return residentStore.values().stream().filter(r -> r.email().equals(email)).findFirst();
        }

        @Override
        public void add(Resident resident) {
          residentStore.put(resident.id(), resident);
        }

        @Override
        public void update(Resident resident) {
          residentStore.put(resident.id(), resident);
        }
      };

  final TrajectoryRepository trajectories =
      new TrajectoryRepository() {
        @Override
        public Optional<Trajectory> find(TrajectoryId id) {
          return Optional.ofNullable(trajectoryStore.get(id));
        }

        @Override
        public void add(Trajectory trajectory) {
          trajectoryStore.put(trajectory.id(), trajectory);
        }

        @Override
        public void update(Trajectory trajectory) {
          trajectoryStore.put(trajectory.id(), trajectory);
        }

        @Override
        public List<Trajectory> withCoach(StaffMemberId coach) {
          return trajectoryStore.values().stream().filter(t -> t.isCoach(coach)).toList();
        }

        @Override
        public List<Trajectory> findAll(java.util.Set<TrajectoryId> ids) {
          return ids.stream().map(trajectoryStore::get).filter(t -> t != null).toList();
        }

        @Override
        public List<Trajectory> withSpecialist(StaffMemberId specialist) {
          return trajectoryStore.values().stream().filter(t -> t.isSpecialist(specialist)).toList();
        }

        @Override
        public List<Trajectory> running() {
          return trajectoryStore.values().stream()
              .filter(t -> t.stage() != nl.redzaam.domain.trajectory.Stage.CLOSED)
              .toList();
        }

        @Override
        public List<Trajectory> ofResident(ResidentId resident) {
          return trajectoryStore.values().stream()
              .filter(t -> t.residentId().equals(resident))
              .toList();
        }
      };

  final AccountRepository accounts =
      new AccountRepository() {
        @Override
        public Optional<Account> findByEmail(EmailAddress email) {
          return Optional.ofNullable(accountStore.get(email.value()));
        }

        @Override
        public Optional<Account> findByPerson(UUID personId) {
          return accountStore.values().stream()
              .filter(a -> a.personId().equals(personId))
              .findFirst();
        }

        @Override
        public void add(Account account) {
          accountStore.put(account.email().value(), account);
        }

        @Override
        public void update(Account account) {
          accountStore.put(account.email().value(), account);
        }
      };

  final AccountTokenRepository tokens =
      new AccountTokenRepository() {
        @Override
        public void add(AccountToken token) {
          tokenStore.put(token.tokenHash(), token);
        }

        @Override
        public Optional<AccountToken> findUnused(String tokenHash) {
          return Optional.ofNullable(tokenStore.get(tokenHash))
              .filter(t -> !usedTokens.containsKey(tokenHash));
        }

        @Override
        public boolean markUsed(String tokenHash, Instant usedAt) {
          return tokenStore.containsKey(tokenHash)
              && usedTokens.putIfAbsent(tokenHash, usedAt) == null;
        }

        @Override
        public Optional<Instant> lastIssued(UUID personId, Purpose purpose) {
          return tokenStore.values().stream()
              .filter(t -> t.personId().equals(personId) && t.purpose() == purpose)
              .map(AccountTokenRepository.AccountToken::createdAt)
              .max(Comparator.naturalOrder());
        }

        @Override
        public void invalidateAllOf(UUID personId, Purpose purpose, Instant at) {
          tokenStore.values().stream()
              .filter(t -> t.personId().equals(personId) && t.purpose() == purpose)
              .forEach(t -> usedTokens.putIfAbsent(t.tokenHash(), at));
        }
      };

  final SessionRepository sessions =
      new SessionRepository() {
        @Override
        public void add(Session session) {
          sessionStore.put(session.tokenHash(), session);
        }

        @Override
        public Optional<Session> find(String tokenHash) {
          return Optional.ofNullable(sessionStore.get(tokenHash));
        }

        @Override
        public void touch(String tokenHash, Instant lastUsedAt) {}

        @Override
        public void remove(String tokenHash) {
          sessionStore.remove(tokenHash);
        }

        @Override
        public void removeAllOf(UUID personId) {
          sessionStore.values().removeIf(s -> s.personId().equals(personId));
        }
      };

  final AdministratorAccess administratorAccess =
      new AdministratorAccess(staff, teams, organisations, workers);

  final TrajectoryAccess trajectoryAccess =
      new TrajectoryAccess(trajectories, teams, grants, accessLog);

  /** What the use cases announced, for the notification adapter. */
  final List<DomainEvent> announced = new ArrayList<>();

  final Notifications notifications = announced::addAll;

  final PersonAccounts personAccounts =
      new PersonAccounts(
          accounts,
          tokens,
          sessions,
          staff,
          workers,
          residents,
          clock,
          SessionSettings.DEFAULTS,
          notifications);

  final PasswordHasher hasher =
      new PasswordHasher() {
        @Override
        public String hash(String password) {
          return "hashed:" + password;
        }

        @Override
        public boolean matches(String password, String storedHash) {
          return storedHash.equals("hashed:" + password);
        }
      };

  /** The one activation flow, for residents, staff and support workers alike. */
  ActivateAccount activateAccount() {
    return new ActivateAccount(
        tokens,
        accounts,
        sessions,
        trajectories,
        (password, personalWords) -> {},
        hasher,
        clock,
        events -> {});
  }

  Authentication authentication() {
    return new Authentication(
        accounts,
        sessions,
        Mockito.mock(LoginThrottle.class),
        hasher,
        clock,
        SessionSettings.DEFAULTS,
        hasher.hash("decoy"));
  }

  InMemoryAdministration() {
    municipalities.add(
        new Municipality(
            MUNICIPALITY, "Gemeente Voorbeeldstad", Set.of(Module.FINANCIAL_SUPPORT), 4));
    municipalities.add(new Municipality(OTHER, "Gemeente Elders", Set.of(), 0));
  }

  StaffMember staffMember(MunicipalityId municipality, String name, StaffRole... roles) {
    StaffMember member =
        new StaffMember(
            new StaffMemberId(UUID.randomUUID()),
            municipality,
            name,
            new EmailAddress(name.toLowerCase().replace(' ', '.') + "@example.org"),
            Set.of(roles),
            null,
            true,
            2);
    staff.add(member);
    accounts.add(
        new Account(
            member.email(), hasher.hash(PASSWORD), Account.Kind.STAFF, member.id().value()));
    return member;
  }

  /** Logs the staff member in: a session and the actor of the next requests. */
  Actor actAs(StaffMember member) {
    sessions.add(
        new SessionRepository.Session(
            "session-of-" + member.id(), member.id().value(), now, now, now.plusSeconds(3600)));
    actor = new Actor.StaffActor(member.id(), member.municipalityId(), member.roles());
    return actor;
  }

  SupportOrganisation organisation(MunicipalityId municipality, String name, boolean verified) {
    SupportOrganisation organisation =
        new SupportOrganisation(
            new SupportOrganisationId(UUID.randomUUID()), municipality, name, verified, 1);
    organisations.add(organisation);
    return organisation;
  }

  private static <K, V, G> List<V> of(Map<K, V> store, Function<V, G> group, G value) {
    return store.values().stream().filter(v -> group.apply(v).equals(value)).toList();
  }
}
