package nl.redzaam.adapters.mail;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.ActivationIssued;
import nl.redzaam.application.port.MailDue;
import nl.redzaam.application.port.MailPreferences.OptionalMail;
import nl.redzaam.application.port.PasswordResetIssued;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.trajectory.Trajectory;

/**
 * The texts of the mails, in plain Dutch (B1 for residents, checked by the plain-language gate in
 * the tests).
 */
public final class Mails {

  private final URI publicUrl;

  /**
   * @param publicUrl where people reach Redzaam, e.g. {@code https://redzaam.gemeente.nl/}; links
   *     in mails start with it
   */
  public Mails(URI publicUrl) {
    String s = publicUrl.toString();
    this.publicUrl = URI.create(s.endsWith("/") ? s : s + "/");
  }

  /**
   * The invitation with the activation link. The token sits after '#' so that it never reaches a
   * server's request log (as in the link the API returns to the inviter).
   */
  public OutgoingMail invitation(ActivationIssued event, String municipality) {
    URI link = publicUrl.resolve("app/#activeren/" + event.activationToken());
    boolean resident = event.kind() == Account.Kind.RESIDENT;
    List<String> before =
        resident
            ? List.of(
                municipality + " nodigt u uit voor Redzaam.",
                "In Redzaam werkt u samen met uw coach aan uw geldzaken. U doet elke week een"
                    + " paar korte opdrachten.",
                "Eerst kiest u een wachtwoord. Klik daarvoor op de link hieronder.")
            : List.of(
                municipality + " heeft een account voor u gemaakt in Redzaam.",
                "Eerst kiest u een wachtwoord. Klik daarvoor op de link hieronder.");
    List<String> after =
        List.of(
            "De link werkt één keer. U kunt hem gebruiken tot "
                + MailLayout.dateTime(event.expiresAt())
                + ".",
            resident
                ? "Werkt de link niet meer? Vraag dan uw coach om een nieuwe link."
                : "Werkt de link niet meer? Vraag dan de beheerder om een nieuwe link.",
            "Heeft u niets met Redzaam te maken? Dan kunt u deze mail weggooien.");
    return MailLayout.compose(
        "invitation/" + event.personId() + "/" + event.occurredAt().toEpochMilli(),
        MailKind.INVITATION,
        event.email().value(),
        municipality,
        "Kies uw wachtwoord voor Redzaam",
        MailLayout.greeting(event.firstName()),
        before,
        "Kies uw wachtwoord",
        link,
        after,
        Optional.empty());
  }

  /** The link to choose a new password; sent only to the address of the account itself. */
  public OutgoingMail passwordReset(PasswordResetIssued event, String municipality) {
    URI link = publicUrl.resolve("app/#wachtwoord/" + event.resetToken());
    return MailLayout.compose(
        "password-reset/" + event.personId() + "/" + event.occurredAt().toEpochMilli(),
        MailKind.PASSWORD_RESET,
        event.email().value(),
        municipality,
        "Nieuw wachtwoord voor Redzaam",
        MailLayout.greeting(event.firstName()),
        List.of(
            "U wilt een nieuw wachtwoord voor Redzaam. Klik daarvoor op de link hieronder.",
            "Daarna logt u in met uw nieuwe wachtwoord."),
        "Kies een nieuw wachtwoord",
        link,
        List.of(
            "De link werkt één keer. U kunt hem gebruiken tot "
                + MailLayout.dateTime(event.expiresAt())
                + ".",
            "Heeft u niet om een nieuw wachtwoord gevraagd? Dan hoeft u niets te doen. Uw"
                + " wachtwoord blijft hetzelfde."),
        Optional.empty());
  }

  private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("H.mm");

  private static final DateTimeFormatter DUTCH_DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.forLanguageTag("nl-NL"))
          .withZone(Trajectory.ZONE);

  /**
   * An optional mail: it says what happened, never what was written or any detail of a person's
   * money or life, and links into the app (residents) or the work environment (coaches). It ends
   * with the link that turns this kind of mail off without logging in.
   */
  public OutgoingMail optional(MailDue due, String municipality) {
    MailDue.Recipient to = due.recipient();
    String greeting = MailLayout.greeting(to.firstName());
    URI app = publicUrl.resolve("app/");
    URI work = publicUrl.resolve("werkomgeving/");
    if (due instanceof MailDue.WeeklyAssignments weekly) {
      return compose(
          due,
          MailKind.WEEKLY_ASSIGNMENTS,
          OptionalMail.WEEKLY_ASSIGNMENTS,
          municipality,
          "Uw opdrachten voor deze week staan klaar",
          greeting,
          List.of(
              "Er is een nieuwe week in Redzaam. "
                  + (weekly.assignments() == 1
                      ? "Er staat 1 opdracht voor u klaar."
                      : "Er staan " + weekly.assignments() + " opdrachten voor u klaar."),
              "Kijk in de app welke opdrachten het zijn. Heeft u vragen? Stel ze aan uw coach."),
          "Naar mijn opdrachten",
          app,
          List.of("U krijgt deze mail op maandag, omdat u daarvoor heeft gekozen."));
    }
    if (due instanceof MailDue.CoachNewsArrived news) {
      boolean note = news.item() == MailDue.CoachNewsArrived.Item.NOTE;
      return compose(
          due,
          MailKind.COACH_NEWS,
          OptionalMail.COACH_NEWS,
          municipality,
          note ? "Nieuwe notitie van een inwoner" : "Nieuw bericht van een inwoner",
          greeting,
          List.of(
              note
                  ? "Een inwoner heeft een notitie bij een opdracht gezet."
                  : "Een inwoner heeft u een bericht gestuurd.",
              "U leest het in de werkomgeving van Redzaam. In deze mail staat daarom niet wie"
                  + " het is of wat er staat."),
          note ? "Naar de notitie" : "Naar het bericht",
          work.resolve("#/traject/" + news.trajectoryId().value()),
          List.of(
              "U kunt ook kiezen voor één mail per dag. Dat stelt u in de werkomgeving in, bij"
                  + " Mijn mail."));
    }
    if (due instanceof MailDue.CoachDigest digest) {
      return compose(
          due,
          MailKind.COACH_NEWS,
          OptionalMail.COACH_NEWS,
          municipality,
          "Nieuw van inwoners op " + DUTCH_DAY.format(digest.day()),
          greeting,
          List.of(
              "Op "
                  + DUTCH_DAY.format(digest.day())
                  + " kreeg u "
                  + count(digest.notes(), "nieuwe notitie", "nieuwe notities")
                  + " en "
                  + count(digest.messages(), "nieuw bericht", "nieuwe berichten")
                  + " van inwoners.",
              "U leest ze in de werkomgeving van Redzaam."),
          "Naar de werkomgeving",
          work,
          List.of(
              "U krijgt deze mail één keer per dag, omdat u daarvoor heeft gekozen. U kunt dit"
                  + " veranderen in de werkomgeving, bij Mijn mail."));
    }
    if (due instanceof MailDue.EvaluationComing evaluation) {
      return reminder(
          due,
          MailKind.EVALUATION_COMING,
          municipality,
          "Binnenkort praat u met uw coach",
          evaluation.kind() == EvaluationKind.FINAL
              ? "Uw tijd in Redzaam is bijna klaar. Binnenkort kijkt u samen met uw coach terug."
              : "U bent op de helft van Redzaam. Binnenkort kijkt u samen met uw coach hoe het"
                  + " gaat.",
          "Uw coach maakt een afspraak met u. In de app ziet u wat u kunt voorbereiden.");
    }
    if (due instanceof MailDue.CheckInComing checkIn) {
      return reminder(
          due,
          MailKind.AFTERCARE_CHECK_IN,
          municipality,
          "Binnenkort een gesprek met uw coach",
          "Op "
              + DUTCH_DAY.format(checkIn.plannedOn())
              + " heeft u weer een kort gesprek met uw coach.",
          "In dat gesprek kijkt u samen hoe het nu gaat. Is die dag niet handig? Laat het uw"
              + " coach dan weten via de app.");
    }
    if (due instanceof MailDue.ConversationComing conversation) {
      // When, not where: the place may say more than a mail should (the app shows it).
      return reminder(
          due,
          MailKind.CONVERSATION_COMING,
          municipality,
          "Binnenkort een gesprek met uw coach",
          "Op "
              + DUTCH_DAY.format(conversation.startsAt())
              + " om "
              + conversation.startsAt().format(CLOCK_TIME)
              + " uur heeft u een gesprek met uw coach.",
          "In de app ziet u waar. Kan het niet op die tijd? Laat het uw coach dan weten via de"
              + " app.");
    }
    throw new IllegalArgumentException("No mail for " + due);
  }

  /** A resident's reminder of a conversation coming up: two short paragraphs, a link to the app. */
  private OutgoingMail reminder(
      MailDue due, MailKind kind, String municipality, String subject, String what, String how) {
    return compose(
        due,
        kind,
        OptionalMail.REMINDERS,
        municipality,
        subject,
        MailLayout.greeting(due.recipient().firstName()),
        List.of(what, how),
        "Naar de app",
        publicUrl.resolve("app/"),
        List.of("U krijgt deze mail, omdat u herinneringen van Redzaam krijgt."));
  }

  private OutgoingMail compose(
      MailDue due,
      MailKind kind,
      OptionalMail mail,
      String municipality,
      String subject,
      String greeting,
      List<String> before,
      String button,
      URI link,
      List<String> after) {
    return MailLayout.compose(
        due.idempotencyKey(),
        kind,
        due.recipient().email().value(),
        municipality,
        subject,
        greeting,
        before,
        button,
        link,
        after,
        Optional.of(unsubscribeLink(due.recipient().unsubscribeToken(), mail)));
  }

  /**
   * The page that turns one kind of mail off: it asks to confirm (a GET never changes anything, so
   * a mail scanner that opens links does not unsubscribe anyone), and takes the one-click POST of
   * RFC 8058.
   */
  public URI unsubscribeLink(String token, OptionalMail mail) {
    return publicUrl.resolve(
        "afmelden?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&s=" + mail.name());
  }

  private static String count(int n, String one, String more) {
    return n == 1 ? "1 " + one : n + " " + more;
  }
}
