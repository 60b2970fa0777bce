package nl.redzaam.application.mail;

import jakarta.inject.Inject;
import java.util.Objects;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.port.MailPreferenceRepository;
import nl.redzaam.application.port.MailPreferences;

/**
 * Anyone holding an unsubscribe link turns one kind of optional mail off, without logging in: the
 * link's secret token names the person. Turning off what is off already changes nothing.
 */
public final class Unsubscribe {

  public record Command(String token, MailPreferences.OptionalMail mail) {
    public Command {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(mail, "mail");
    }
  }

  private final MailPreferenceRepository preferences;

  @Inject
  public Unsubscribe(MailPreferenceRepository preferences) {
    this.preferences = preferences;
  }

  public void execute(Command command) {
    for (int attempt = 1; ; attempt++) {
      MailPreferences current =
          preferences
              .findByToken(command.token())
              .orElseThrow(() -> new NotFound("No mail preferences with this unsubscribe link"));
      MailPreferences off = current.without(command.mail());
      if (off.equals(current)) {
        return;
      }
      try {
        preferences.save(off);
        return;
      } catch (ConcurrentUpdateException e) {
        // The person changed them at the same moment: read again and turn the mail off there.
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }
}
