package nl.redzaam.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.ActivationIssued;
import nl.redzaam.application.port.MailDue;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.PasswordResetIssued;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.plainlanguage.B1Gate;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.trajectory.CheckInId;
import nl.redzaam.domain.trajectory.TrajectoryId;
import org.junit.jupiter.api.Test;

class MailsTest {

  static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
  static final MunicipalityId VOORBEELDSTAD = new MunicipalityId(UUID.randomUUID());
  final Mails mails = new Mails(URI.create("https://redzaam.voorbeeldstad.example"));

  static ActivationIssued invited(Account.Kind kind, String firstName, String token) {
    return new ActivationIssued(
        kind,
        UUID.fromString("00000000-0000-0000-0000-000000000001"),
        new EmailAddress("lisa@voorbeeldstad.example"),
        firstName,
        VOORBEELDSTAD,
        token,
        NOW.plusSeconds(72 * 3600),
        NOW);
  }

  /** The prose of a text part, without links, which are no prose. */
  static String prose(String text) {
    return text.replaceAll("https?://\\S+", "");
  }

  @Test
  void theResidentsInvitationHoldsTheActivationLinkInPlainDutch() {
    OutgoingMail mail =
        mails.invitation(invited(Account.Kind.RESIDENT, "Lisa", "tok3n"), "Gemeente Voorbeeldstad");

    String link = "https://redzaam.voorbeeldstad.example/app/#activeren/tok3n";
    assertAll(
        () -> assertEquals(MailKind.INVITATION, mail.kind()),
        () -> assertEquals("lisa@voorbeeldstad.example", mail.recipient()),
        () -> assertTrue(mail.textBody().startsWith("Beste Lisa,")),
        () -> assertTrue(mail.textBody().contains(link)),
        () -> assertTrue(mail.htmlBody().contains("href=\"" + link + "\"")),
        () -> assertTrue(mail.textBody().contains("Gemeente Voorbeeldstad")),
        () -> assertTrue(mail.htmlBody().contains("Gemeente Voorbeeldstad")),
        () -> assertTrue(mail.textBody().contains("6 december 2026 om 10:00")),
        () -> assertFalse(mail.textBody().contains("afmelden"), "an invitation is not optional"),
        () -> assertEquals(Optional.empty(), B1Gate.check(prose(mail.textBody()))),
        () -> assertEquals(Optional.empty(), B1Gate.check(mail.subject())));
  }

  @Test
  void staffAreGreetedWithoutAName() {
    OutgoingMail mail =
        mails.invitation(invited(Account.Kind.STAFF, "", "t"), "Gemeente Voorbeeldstad");
    assertAll(
        () -> assertTrue(mail.textBody().startsWith("Hallo,")),
        () -> assertTrue(mail.textBody().contains("beheerder")),
        () -> assertEquals(Optional.empty(), B1Gate.check(prose(mail.textBody()))));
  }

  @Test
  void namesAreEscapedInHtml() {
    OutgoingMail mail =
        mails.invitation(invited(Account.Kind.RESIDENT, "<b>Lisa</b>", "t"), "A & B");
    assertAll(
        () -> assertTrue(mail.htmlBody().contains("&lt;b&gt;Lisa&lt;/b&gt;")),
        () -> assertTrue(mail.htmlBody().contains("A &amp; B")),
        () -> assertFalse(mail.htmlBody().contains("<b>Lisa")));
  }

  @Test
  void invitingTwiceMakesTwoMailsButTheSameEventOne() {
    ActivationIssued first = invited(Account.Kind.RESIDENT, "Lisa", "a");
    ActivationIssued again =
        new ActivationIssued(
            first.kind(),
            first.personId(),
            first.email(),
            first.firstName(),
            first.municipalityId(),
            "b",
            first.expiresAt().plusSeconds(60),
            first.occurredAt().plusSeconds(60));
    String m = "Gemeente Voorbeeldstad";
    assertEquals(
        mails.invitation(first, m).idempotencyKey(), mails.invitation(first, m).idempotencyKey());
    assertFalse(
        mails
            .invitation(first, m)
            .idempotencyKey()
            .equals(mails.invitation(again, m).idempotencyKey()));
  }

  @Test
  void theNotificationAdapterRecordsAnInvitationAndPassesOverOtherEvents() {
    List<OutgoingMail> recorded = new ArrayList<>();
    MunicipalityRepository municipalities =
        new MunicipalityRepository() {
          @Override
          public Optional<Municipality> find(MunicipalityId id) {
            return Optional.of(Municipality.register(id, "Gemeente Voorbeeldstad"));
          }

          @Override
          public List<Municipality> all() {
            return List.of();
          }

          @Override
          public void add(Municipality municipality) {}

          @Override
          public void update(Municipality municipality) {}
        };
    OutboxNotifications notifications =
        new OutboxNotifications((mail, at) -> recorded.add(mail), municipalities, mails, () -> NOW);

    notifications.happened(
        List.of(
            new nl.redzaam.domain.trajectory.TrajectoryEvent.TrajectoryPaused(
                new nl.redzaam.domain.trajectory.TrajectoryId(UUID.randomUUID()), NOW),
            invited(Account.Kind.RESIDENT, "Lisa", "tok3n")));

    assertEquals(1, recorded.size());
    assertTrue(recorded.get(0).textBody().contains("#activeren/tok3n"));
  }

  @Test
  void thePasswordResetMailHoldsItsLinkInPlainDutch() {
    OutgoingMail mail =
        mails.passwordReset(
            new PasswordResetIssued(
                Account.Kind.RESIDENT,
                UUID.randomUUID(),
                new EmailAddress("lisa@voorbeeldstad.example"),
                "Lisa",
                VOORBEELDSTAD,
                "r3set",
                NOW.plusSeconds(3600),
                NOW),
            "Gemeente Voorbeeldstad");
    String link = "https://redzaam.voorbeeldstad.example/app/#wachtwoord/r3set";
    assertAll(
        () -> assertEquals(MailKind.PASSWORD_RESET, mail.kind()),
        () -> assertTrue(mail.textBody().startsWith("Beste Lisa,")),
        () -> assertTrue(mail.textBody().contains(link)),
        () -> assertTrue(mail.htmlBody().contains("href=\"" + link + "\"")),
        () -> assertTrue(mail.textBody().contains("3 december 2026 om 11:00")),
        () -> assertEquals(Optional.empty(), B1Gate.check(prose(mail.textBody()))),
        () -> assertEquals(Optional.empty(), B1Gate.check(mail.subject())));
  }

  static final UUID TRAJECTORY = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

  static MailDue.Recipient resident() {
    return new MailDue.Recipient(
        UUID.randomUUID(),
        new EmailAddress("lisa@voorbeeldstad.example"),
        "Lisa",
        VOORBEELDSTAD,
        "geheim-token");
  }

  static MailDue.Recipient coach() {
    return new MailDue.Recipient(
        UUID.randomUUID(),
        new EmailAddress("coach@voorbeeldstad.example"),
        "",
        VOORBEELDSTAD,
        "coach-token");
  }

  static List<MailDue> everyOptionalMailDue() {
    TrajectoryId t = new TrajectoryId(TRAJECTORY);
    StaffMemberId c = new StaffMemberId(UUID.randomUUID());
    return List.of(
        new MailDue.WeeklyAssignments(resident(), t, 5, 3, NOW),
        new MailDue.CoachNewsArrived(
            coach(), c, t, MailDue.CoachNewsArrived.Item.NOTE, UUID.randomUUID(), NOW),
        new MailDue.CoachNewsArrived(
            coach(), c, t, MailDue.CoachNewsArrived.Item.MESSAGE, UUID.randomUUID(), NOW),
        new MailDue.CoachDigest(coach(), c, LocalDate.of(2026, 12, 2), 1, 4, NOW),
        new MailDue.EvaluationComing(resident(), t, EvaluationKind.MID, NOW),
        new MailDue.EvaluationComing(resident(), t, EvaluationKind.FINAL, NOW),
        new MailDue.CheckInComing(
            resident(), t, new CheckInId(UUID.randomUUID()), LocalDate.of(2026, 12, 7), NOW),
        new MailDue.ConversationComing(resident(), t, LocalDateTime.of(2026, 12, 8, 9, 30), NOW));
  }

  static List<OutgoingMail> everyOptionalMail(Mails mails) {
    return everyOptionalMailDue().stream()
        .map(due -> mails.optional(due, "Gemeente Voorbeeldstad"))
        .toList();
  }

  @Test
  void everyOptionalMailIsPlainDutchWithoutDetailsAndCanBeTurnedOff() {
    for (MailDue due : everyOptionalMailDue()) {
      OutgoingMail mail = mails.optional(due, "Gemeente Voorbeeldstad");
      boolean toResident = !due.recipient().firstName().isEmpty();
      String unsubscribe =
          "https://redzaam.voorbeeldstad.example/afmelden?t="
              + due.recipient().unsubscribeToken()
              + "&s=";
      assertAll(
          due.toString(),
          () -> assertTrue(mail.kind().optional()),
          () -> assertEquals(due.idempotencyKey(), mail.idempotencyKey()),
          () -> assertEquals(due.recipient().email().value(), mail.recipient()),
          () ->
              assertTrue(
                  mail.textBody().startsWith(toResident ? "Beste Lisa," : "Hallo,"),
                  mail.textBody()),
          () -> assertTrue(mail.listUnsubscribe().startsWith(unsubscribe)),
          () -> assertTrue(mail.textBody().contains(mail.listUnsubscribe())),
          () -> assertTrue(mail.htmlBody().contains(MailLayout.escape(mail.listUnsubscribe()))),
          () -> assertTrue(mail.textBody().contains("Gemeente Voorbeeldstad")),
          () -> assertTrue(mail.htmlBody().contains("Gemeente Voorbeeldstad")),
          () ->
              assertTrue(
                  mail.textBody()
                      .contains(
                          toResident
                              ? "https://redzaam.voorbeeldstad.example/app/"
                              : "https://redzaam.voorbeeldstad.example/werkomgeving/")),
          () -> assertFalse(mail.textBody().contains("@"), "no address in the text"),
          () -> assertFalse(mail.textBody().contains("€"), "no money"),
          () -> assertEquals(Optional.empty(), B1Gate.check(prose(mail.textBody()))),
          () -> assertEquals(Optional.empty(), B1Gate.check(mail.subject())));
    }
  }

  @Test
  void theWeeklyMailCountsTheAssignmentsAndTheDigestOnlyCounts() {
    List<OutgoingMail> all = everyOptionalMail(mails);
    assertTrue(all.get(0).textBody().contains("Er staan 3 opdrachten voor u klaar."));
    assertTrue(all.get(0).listUnsubscribe().endsWith("&s=WEEKLY_ASSIGNMENTS"));
    assertTrue(all.get(1).textBody().contains("#/traject/" + TRAJECTORY));
    assertTrue(all.get(1).listUnsubscribe().endsWith("&s=COACH_NEWS"));
    assertTrue(
        all.get(3).textBody().contains("1 nieuwe notitie en 4 nieuwe berichten"),
        all.get(3).textBody());
    assertTrue(all.get(4).listUnsubscribe().endsWith("&s=REMINDERS"));
    assertTrue(all.get(6).textBody().contains("maandag 7 december"), all.get(6).textBody());
    assertTrue(
        all.get(7).textBody().contains("Op dinsdag 8 december om 9.30 uur heeft u een gesprek"),
        all.get(7).textBody());
  }
}
