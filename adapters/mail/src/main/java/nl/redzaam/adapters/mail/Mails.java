package nl.redzaam.adapters.mail;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.ActivationIssued;
import nl.redzaam.application.port.PasswordResetIssued;

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
}
