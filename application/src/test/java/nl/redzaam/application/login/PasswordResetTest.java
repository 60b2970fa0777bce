package nl.redzaam.application.login;

import static nl.redzaam.application.fixtures.InMemoryAdministration.MUNICIPALITY;
import static nl.redzaam.application.fixtures.InMemoryAdministration.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import nl.redzaam.application.fixtures.InMemoryAdministration;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.PasswordResetIssued;
import nl.redzaam.application.port.SessionRepository;
import nl.redzaam.domain.resident.Resident;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

class PasswordResetTest {

  private final InMemoryAdministration memory = new InMemoryAdministration();

  private final RequestPasswordReset request =
      new RequestPasswordReset(
          memory.accounts,
          memory.tokens,
          memory.residents,
          memory.staff,
          memory.workers,
          memory.clock,
          memory.notifications);

  private final ResetPassword reset =
      new ResetPassword(
          memory.tokens,
          memory.accounts,
          memory.sessions,
          (password, personalWords) -> {},
          memory.hasher,
          memory.clock);

  private Resident resident() {
    Resident lisa =
        new Resident(
            new ResidentId(UUID.randomUUID()),
            MUNICIPALITY,
            "Lisa",
            "Bakker",
            new EmailAddress("lisa@voorbeeldstad.example"),
            0);
    memory.residents.add(lisa);
    memory.accounts.add(
        new Account(
            lisa.email(), memory.hasher.hash(PASSWORD), Account.Kind.RESIDENT, lisa.id().value()));
    return lisa;
  }

  private PasswordResetIssued mailed() {
    assertEquals(1, memory.announced.size(), "one reset mail");
    return (PasswordResetIssued) memory.announced.get(0);
  }

  @Test
  void a_resident_gets_a_reset_link_and_chooses_a_new_password_with_it() {
    Resident lisa = resident();
    memory.sessions.add(
        new SessionRepository.Session(
            "old", lisa.id().value(), memory.now, memory.now, memory.now.plusSeconds(3600)));

    request.execute(new RequestPasswordReset.Command(" LISA@voorbeeldstad.example "));

    PasswordResetIssued issued = mailed();
    assertEquals("Lisa", issued.firstName());
    assertEquals(MUNICIPALITY, issued.municipalityId());
    assertEquals(memory.now.plus(RequestPasswordReset.VALID), issued.expiresAt());

    reset.execute(new ResetPassword.Command(issued.resetToken(), "een nieuwe lange zin"));

    Account account = memory.accounts.findByPerson(lisa.id().value()).orElseThrow();
    assertTrue(memory.hasher.matches("een nieuwe lange zin", account.passwordHash()));
    assertTrue(memory.sessions.find("old").isEmpty(), "sessions end with the old password");
    RuleViolation again =
        assertThrows(
            RuleViolation.class,
            () -> reset.execute(new ResetPassword.Command(issued.resetToken(), "nog een zin")));
    assertEquals("password-reset-link-invalid", again.rule());
  }

  @Test
  void an_unknown_or_disabled_address_gets_the_same_answer_and_no_mail() {
    request.execute(new RequestPasswordReset.Command("niemand@voorbeeldstad.example"));
    StaffMember gone = memory.staffMember(MUNICIPALITY, "Piet Weg", StaffRole.COACH);
    memory.accounts.update(memory.accounts.findByEmail(gone.email()).orElseThrow().disabled());
    request.execute(new RequestPasswordReset.Command(gone.email().value()));

    assertTrue(memory.announced.isEmpty());
    assertTrue(memory.tokenStore.isEmpty());
  }

  @Test
  void staff_are_mailed_without_a_name_at_most_once_in_five_minutes_and_a_new_link_voids_the_old() {
    StaffMember sanne = memory.staffMember(MUNICIPALITY, "Sanne Jansen", StaffRole.COACH);
    request.execute(new RequestPasswordReset.Command(sanne.email().value()));
    String first = mailed().resetToken();
    assertEquals("", mailed().firstName());
    memory.announced.clear();

    request.execute(new RequestPasswordReset.Command(sanne.email().value()));
    assertTrue(memory.announced.isEmpty(), "no second mail within five minutes");
    memory.now = memory.now.plus(RequestPasswordReset.MIN_INTERVAL).plusSeconds(1);
    request.execute(new RequestPasswordReset.Command(sanne.email().value()));
    String second = mailed().resetToken();

    assertThrows(
        RuleViolation.class, () -> reset.execute(new ResetPassword.Command(first, "een zin")));
    reset.execute(new ResetPassword.Command(second, "een andere lange zin"));
  }

  @Test
  void a_reset_link_stops_working_after_an_hour() {
    resident();
    request.execute(new RequestPasswordReset.Command("lisa@voorbeeldstad.example"));
    String token = mailed().resetToken();
    memory.now = memory.now.plus(Duration.ofMinutes(61));

    assertThrows(
        RuleViolation.class,
        () -> reset.execute(new ResetPassword.Command(token, "een nieuwe lange zin")));
  }
}
