package nl.redzaam.adapters.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.redzaam.adapters.persistence.jpa.login.JpaAccessRecords;
import nl.redzaam.adapters.persistence.jpa.login.JpaAccountRepository;
import nl.redzaam.adapters.persistence.jpa.login.JpaAccountTokenRepository;
import nl.redzaam.adapters.persistence.jpa.login.JpaIdentityProviderLoginRepository;
import nl.redzaam.adapters.persistence.jpa.login.JpaLoginThrottle;
import nl.redzaam.adapters.persistence.jpa.login.JpaRequestCounter;
import nl.redzaam.adapters.persistence.jpa.login.JpaSecondFactorRepository;
import nl.redzaam.adapters.persistence.jpa.login.JpaSessionRepository;
import nl.redzaam.adapters.persistence.jpa.mail.JpaMailPreferenceRepository;
import nl.redzaam.adapters.persistence.jpa.municipality.JpaMunicipalityRepository;
import nl.redzaam.application.port.AccessRecords.AccessRecord;
import nl.redzaam.application.port.AccessRecords.Search;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountTokenRepository.AccountToken;
import nl.redzaam.application.port.AccountTokenRepository.Purpose;
import nl.redzaam.application.port.IdentityProviderLoginRepository.Handover;
import nl.redzaam.application.port.IdentityProviderLoginRepository.PendingLogin;
import nl.redzaam.application.port.LoginThrottle.FailedLogins;
import nl.redzaam.application.port.MailPreferences;
import nl.redzaam.application.port.SecondFactorRepository.Authenticator;
import nl.redzaam.application.port.SecondFactorRepository.Challenge;
import nl.redzaam.application.port.SessionRepository.Session;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

/**
 * What the stores behind logging in promise, against a real database: accounts by person, sessions,
 * failed logins, single-use tokens and the access log.
 */
abstract class LoginStoresContract extends DatabaseContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private <T> T factors(Function<JpaSecondFactorRepository, T> work) {
    return inTransaction(em -> work.apply(new JpaSecondFactorRepository(em)));
  }

  @Test
  void an_authenticator_is_confirmed_its_steps_and_recovery_codes_used_once_and_removed() {
    UUID person = UUID.randomUUID();
    factors(
        f -> {
          f.replace(new Authenticator(person, "OLDSECRET", T0, null, 0));
          f.replace(new Authenticator(person, "JBSWY3DPEHPK3PXP", T0, null, 0));
          return null;
        });
    assertEquals("JBSWY3DPEHPK3PXP", factors(f -> f.find(person)).orElseThrow().secret());
    assertFalse((boolean) factors(f -> f.find(person)).orElseThrow().confirmed());

    factors(
        f -> {
          f.confirm(person, T0.plusSeconds(30), List.of(hash(), "code-a", "code-b"));
          return null;
        });
    assertEquals(T0.plusSeconds(30), factors(f -> f.find(person)).orElseThrow().confirmedAt());
    assertEquals(3, (int) factors(f -> f.unusedRecoveryCodes(person)));

    assertTrue((boolean) factors(f -> f.useStep(person, 100)));
    assertFalse((boolean) factors(f -> f.useStep(person, 100)), "the same step twice");
    assertFalse((boolean) factors(f -> f.useStep(person, 99)), "an older step");
    assertTrue((boolean) factors(f -> f.useStep(person, 101)));
    assertEquals(101, factors(f -> f.find(person)).orElseThrow().lastUsedStep());

    assertFalse(
        (boolean) factors(f -> f.useRecoveryCode(UUID.randomUUID(), "code-a", T0)), "not theirs");
    assertTrue((boolean) factors(f -> f.useRecoveryCode(person, "code-a", T0)));
    assertFalse((boolean) factors(f -> f.useRecoveryCode(person, "code-a", T0)), "used up");
    assertEquals(2, (int) factors(f -> f.unusedRecoveryCodes(person)));

    factors(
        f -> {
          f.replaceRecoveryCodes(person, List.of("code-c"));
          return null;
        });
    assertFalse((boolean) factors(f -> f.useRecoveryCode(person, "code-b", T0)), "replaced");
    assertEquals(1, (int) factors(f -> f.unusedRecoveryCodes(person)));

    factors(
        f -> {
          f.remove(person);
          return null;
        });
    assertEquals(Optional.empty(), factors(f -> f.find(person)));
    assertEquals(0, (int) factors(f -> f.unusedRecoveryCodes(person)));
  }

  @Test
  void identity_provider_logins_are_taken_once_and_expired_ones_forgotten() {
    Municipality municipality =
        Municipality.register(new MunicipalityId(UUID.randomUUID()), "Gemeente Idp");
    inTransaction(
        em -> {
          new JpaMunicipalityRepository(em).add(municipality);
          return null;
        });
    UUID id = municipality.id().value();
    PendingLogin old = new PendingLogin(hash(), hash(), id, "n0", "v0", T0);
    PendingLogin fresh = new PendingLogin(hash(), hash(), id, "n1", "v1", T0.plusSeconds(600));
    Handover handover = new Handover(hash(), UUID.randomUUID(), T0.plusSeconds(60));
    logins(
        l -> {
          l.addPending(old, T0.minusSeconds(1));
          l.addHandover(handover);
          l.addPending(fresh, T0.plusSeconds(1));
          return null;
        });

    assertEquals(Optional.empty(), logins(l -> l.takePending(old.stateHash())), "expired");
    assertEquals(fresh, logins(l -> l.takePending(fresh.stateHash())).orElseThrow());
    assertEquals(Optional.empty(), logins(l -> l.takePending(fresh.stateHash())), "used");
    assertEquals(handover, logins(l -> l.takeHandover(handover.ticketHash())).orElseThrow());
    assertEquals(Optional.empty(), logins(l -> l.takeHandover(handover.ticketHash())), "used");
  }

  private <T> T logins(Function<JpaIdentityProviderLoginRepository, T> work) {
    return inTransaction(em -> work.apply(new JpaIdentityProviderLoginRepository(em)));
  }

  @Test
  void login_challenges_are_found_by_hash_and_removed() {
    UUID person = UUID.randomUUID();
    Challenge challenge = new Challenge(hash(), person, T0.plusSeconds(300));
    factors(
        f -> {
          f.addChallenge(challenge);
          return null;
        });
    assertEquals(challenge, factors(f -> f.findChallenge(challenge.tokenHash())).orElseThrow());
    factors(
        f -> {
          f.removeChallenge(challenge.tokenHash());
          return null;
        });
    assertEquals(Optional.empty(), factors(f -> f.findChallenge(challenge.tokenHash())));
  }

  @Test
  void mail_preferences_are_created_once_found_by_token_and_changed_optimistically() {
    UUID person = UUID.randomUUID();
    assertEquals(
        Optional.empty(), inTransaction(em -> new JpaMailPreferenceRepository(em).find(person)));

    MailPreferences created =
        inTransaction(
            em -> new JpaMailPreferenceRepository(em).findOrCreate(person, "tok-" + person));
    MailPreferences again =
        inTransaction(em -> new JpaMailPreferenceRepository(em).findOrCreate(person, "other"));
    assertEquals(created, again, "the second create keeps the first row and its token");
    assertEquals(1, created.version());
    assertEquals(MailPreferences.CoachNews.EACH, created.coachNews());
    assertFalse(created.weeklyAssignments());
    assertTrue(created.reminders());

    inTransaction(
        em -> {
          new JpaMailPreferenceRepository(em)
              .save(created.with(true, false, MailPreferences.CoachNews.DAILY_DIGEST));
          return null;
        });
    MailPreferences changed =
        inTransaction(em -> new JpaMailPreferenceRepository(em).findByToken("tok-" + person))
            .orElseThrow();
    assertEquals(2, changed.version());
    assertTrue(changed.weeklyAssignments());
    assertFalse(changed.reminders());
    assertEquals(MailPreferences.CoachNews.DAILY_DIGEST, changed.coachNews());
    assertTrue(
        inTransaction(em -> new JpaMailPreferenceRepository(em).withWeeklyAssignments())
            .contains(person));
    assertTrue(
        inTransaction(
                em ->
                    new JpaMailPreferenceRepository(em)
                        .withCoachNews(MailPreferences.CoachNews.DAILY_DIGEST))
            .contains(person));
    assertFalse(
        inTransaction(
                em ->
                    new JpaMailPreferenceRepository(em)
                        .withCoachNews(MailPreferences.CoachNews.EACH))
            .contains(person));

    // Based on version 1, which is no longer stored; and a second first insert.
    org.junit.jupiter.api.Assertions.assertThrows(
        nl.redzaam.application.port.ConcurrentUpdateException.class,
        () ->
            inTransaction(
                em -> {
                  new JpaMailPreferenceRepository(em)
                      .save(created.with(false, false, MailPreferences.CoachNews.OFF));
                  return null;
                }));
    org.junit.jupiter.api.Assertions.assertThrows(
        nl.redzaam.application.port.ConcurrentUpdateException.class,
        () ->
            inTransaction(
                em -> {
                  new JpaMailPreferenceRepository(em)
                      .save(MailPreferences.defaults(person, "tok-2-" + person));
                  return null;
                }));
    assertEquals(
        Optional.empty(),
        inTransaction(em -> new JpaMailPreferenceRepository(em).findByToken("raden")));
  }

  @Test
  void an_account_is_found_by_person_and_can_be_disabled_and_given_a_new_password() {
    UUID person = UUID.randomUUID();
    Account account =
        new Account(
            new EmailAddress(person + "@example.org"),
            "hash-1",
            Account.Kind.SUPPORT_WORKER,
            person);
    inTransaction(
        em -> {
          new JpaAccountRepository(em).add(account);
          return null;
        });

    assertEquals(
        account,
        inTransaction(em -> new JpaAccountRepository(em).findByPerson(person)).orElseThrow());
    inTransaction(
        em -> {
          new JpaAccountRepository(em).update(account.withPasswordHash("hash-2").disabled());
          return null;
        });
    Account changed =
        inTransaction(em -> new JpaAccountRepository(em).findByEmail(account.email()))
            .orElseThrow();
    assertEquals("hash-2", changed.passwordHash());
    assertFalse(changed.enabled());
  }

  @Test
  void sessions_are_stored_touched_and_removed_one_by_one_or_per_person() {
    UUID person = UUID.randomUUID();
    Session first = new Session(hash(), person, T0, T0, T0.plusSeconds(3600));
    Session second = new Session(hash(), person, T0, T0, T0.plusSeconds(3600));
    inTransaction(
        em -> {
          new JpaSessionRepository(em).add(first);
          new JpaSessionRepository(em).add(second);
          return null;
        });

    inTransaction(
        em -> {
          new JpaSessionRepository(em).touch(first.tokenHash(), T0.plusSeconds(90));
          return null;
        });
    assertEquals(
        T0.plusSeconds(90),
        inTransaction(em -> new JpaSessionRepository(em).find(first.tokenHash()))
            .orElseThrow()
            .lastUsedAt());

    inTransaction(
        em -> {
          new JpaSessionRepository(em).remove(first.tokenHash());
          return null;
        });
    assertEquals(
        Optional.empty(),
        inTransaction(em -> new JpaSessionRepository(em).find(first.tokenHash())));
    assertTrue(
        inTransaction(em -> new JpaSessionRepository(em).find(second.tokenHash())).isPresent());

    inTransaction(
        em -> {
          new JpaSessionRepository(em).removeAllOf(person);
          return null;
        });
    assertEquals(
        Optional.empty(),
        inTransaction(em -> new JpaSessionRepository(em).find(second.tokenHash())));
  }

  @Test
  void requests_are_counted_per_key_and_windows_of_yesterday_are_dropped() {
    String key = "LOGIN_PER_ADDRESS|" + UUID.randomUUID();
    String old = key + "|old";
    assertEquals(1, counted(old, T0));
    assertEquals(1, counted(key, T0));
    assertEquals(2, counted(key, T0));
    Instant nextDay = T0.plusSeconds(86_401);
    assertEquals(1, counted(key + "|2", nextDay));
    assertEquals(
        1, counted(old, nextDay), "the window of a day ago was deleted, so counting starts again");
  }

  private int counted(String key, Instant windowStart) {
    return inTransaction(em -> new JpaRequestCounter(em).countOneMore(key, windowStart));
  }

  @Test
  void failed_logins_are_counted_per_address_and_cleared() {
    String email = UUID.randomUUID() + "@example.org";
    inTransaction(
        em -> {
          new JpaLoginThrottle(em).save(new FailedLogins(email, 1, T0, null));
          return null;
        });
    FailedLogins locked = new FailedLogins(email, 5, T0.plusSeconds(5), T0.plusSeconds(905));
    inTransaction(
        em -> {
          new JpaLoginThrottle(em).save(locked);
          return null;
        });

    assertEquals(locked, inTransaction(em -> new JpaLoginThrottle(em).find(email)).orElseThrow());
    inTransaction(
        em -> {
          new JpaLoginThrottle(em).clear(email);
          return null;
        });
    assertEquals(Optional.empty(), inTransaction(em -> new JpaLoginThrottle(em).find(email)));
  }

  @Test
  void a_token_can_be_used_once_and_a_new_invitation_voids_the_older_ones() {
    UUID person = UUID.randomUUID();
    AccountToken first = token(person);
    AccountToken second = token(person);
    inTransaction(
        em -> {
          new JpaAccountTokenRepository(em).add(first);
          return null;
        });

    assertEquals(
        first,
        inTransaction(em -> new JpaAccountTokenRepository(em).findUnused(first.tokenHash()))
            .orElseThrow());
    assertTrue(
        this.<Boolean>inTransaction(
            em -> new JpaAccountTokenRepository(em).markUsed(first.tokenHash(), T0)));
    assertFalse(
        this.<Boolean>inTransaction(
            em -> new JpaAccountTokenRepository(em).markUsed(first.tokenHash(), T0)));
    assertEquals(
        Optional.empty(),
        inTransaction(em -> new JpaAccountTokenRepository(em).findUnused(first.tokenHash())));

    inTransaction(
        em -> {
          new JpaAccountTokenRepository(em).add(second);
          return null;
        });
    assertEquals(
        Optional.of(T0),
        inTransaction(
            em -> new JpaAccountTokenRepository(em).lastIssued(person, Purpose.ACTIVATION)),
        "the newest token, used or not");
    assertEquals(
        Optional.empty(),
        inTransaction(
            em -> new JpaAccountTokenRepository(em).lastIssued(person, Purpose.PASSWORD_RESET)));
    inTransaction(
        em -> {
          new JpaAccountTokenRepository(em).invalidateAllOf(person, Purpose.ACTIVATION, T0);
          return null;
        });
    assertFalse(
        this.<Boolean>inTransaction(
            em -> new JpaAccountTokenRepository(em).markUsed(second.tokenHash(), T0)));
  }

  @Test
  void the_access_log_shows_a_resident_her_records_newest_first_without_her_own_reads() {
    ResidentId resident = new ResidentId(UUID.randomUUID());
    ResidentId other = new ResidentId(UUID.randomUUID());
    AccessRecord older = record(resident, T0, "GET", "STAFF");
    AccessRecord ownChange = record(resident, T0.plusSeconds(40), "PUT", "RESIDENT");
    AccessRecord ownRead = record(resident, T0.plusSeconds(50), "GET", "RESIDENT");
    AccessRecord newer = record(resident, T0.plusSeconds(60), "GET", "STAFF");
    AccessRecord notMine = record(other, T0.plusSeconds(30), "GET", "STAFF");
    AccessRecord noActorKind = record(resident, T0.plusSeconds(20), "GET", null);
    inTransaction(
        em -> {
          JpaAccessRecords records = new JpaAccessRecords(em);
          for (AccessRecord r : List.of(older, noActorKind, ownChange, ownRead, newer, notMine)) {
            records.append(r);
          }
          return null;
        });

    assertEquals(
        List.of(newer, ownChange, noActorKind, older),
        inTransaction(em -> new JpaAccessRecords(em).shownToResident(resident, 10)));
    assertEquals(
        List.of(newer), inTransaction(em -> new JpaAccessRecords(em).shownToResident(resident, 1)));
  }

  @Test
  void an_administrator_searches_her_municipalitys_log_by_resident_actor_and_time() {
    UUID town = UUID.randomUUID();
    UUID elsewhere = UUID.randomUUID();
    ResidentId lisa = new ResidentId(UUID.randomUUID());
    ResidentId noor = new ResidentId(UUID.randomUUID());
    UUID coach = UUID.randomUUID();
    AccessRecord first = record(lisa, T0, "GET", "STAFF", coach, town);
    AccessRecord second = record(noor, T0.plusSeconds(10), "PUT", "STAFF", coach, town);
    AccessRecord third = record(lisa, T0.plusSeconds(20), "GET", "STAFF", UUID.randomUUID(), town);
    AccessRecord foreign = record(lisa, T0.plusSeconds(30), "GET", "STAFF", coach, elsewhere);
    inTransaction(
        em -> {
          JpaAccessRecords records = new JpaAccessRecords(em);
          List.of(first, second, third, foreign).forEach(records::append);
          return null;
        });

    assertEquals(
        List.of(third, second, first), search(new Search(town, null, null, null, null), 0, 10));
    assertEquals(List.of(second), search(new Search(town, null, null, null, null), 1, 1));
    assertEquals(
        List.of(third, first), search(new Search(town, lisa.value(), null, null, null), 0, 10));
    assertEquals(List.of(second, first), search(new Search(town, null, coach, null, null), 0, 10));
    assertEquals(
        List.of(second),
        search(new Search(town, null, null, T0.plusSeconds(10), T0.plusSeconds(20)), 0, 10));
    assertEquals(
        3L,
        (long)
            inTransaction(
                em -> new JpaAccessRecords(em).count(new Search(town, null, null, null, null))));
    assertEquals(List.of(foreign), search(new Search(elsewhere, null, null, null, null), 0, 10));
  }

  private List<AccessRecord> search(Search search, int offset, int limit) {
    return inTransaction(em -> new JpaAccessRecords(em).search(search, offset, limit));
  }

  private static AccessRecord record(ResidentId resident, Instant at, String method, String actor) {
    return record(
        resident,
        at,
        method,
        actor,
        "RESIDENT".equals(actor) ? resident.value() : UUID.randomUUID(),
        UUID.randomUUID());
  }

  private static AccessRecord record(
      ResidentId resident, Instant at, String method, String actor, UUID actorId, UUID town) {
    return new AccessRecord(
        UUID.randomUUID(),
        at,
        method + " /v1/trajectories/{trajectoryId}",
        "trajectory:" + UUID.randomUUID(),
        resident.value(),
        200,
        "127.0.0.1",
        actor,
        actorId,
        null,
        town);
  }

  private static AccountToken token(UUID person) {
    return new AccountToken(
        hash(),
        Purpose.ACTIVATION,
        person,
        Account.Kind.RESIDENT,
        "lisa@example.org",
        T0,
        T0.plusSeconds(3600));
  }

  private static String hash() {
    return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    return inNewTransaction(work);
  }
}
