package nl.redzaam.application.mail;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.UUID;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.login.SecretTokens;
import nl.redzaam.application.port.Actor;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.MailPreferenceRepository;
import nl.redzaam.application.port.MailPreferences;

/**
 * The logged-in person reads and changes which optional mails they get. Version 0 means nothing is
 * stored yet (the defaults); a change names the version it was based on.
 */
public final class MyMailPreferences {

  public record Command(
      boolean weeklyAssignments,
      boolean reminders,
      MailPreferences.CoachNews coachNews,
      long expectedVersion) {
    public Command {
      Objects.requireNonNull(coachNews, "coachNews");
    }
  }

  private final CurrentUser currentUser;
  private final MailPreferenceRepository preferences;

  @Inject
  public MyMailPreferences(CurrentUser currentUser, MailPreferenceRepository preferences) {
    this.currentUser = currentUser;
    this.preferences = preferences;
  }

  public MailPreferences read() {
    UUID person = personOf(currentUser.actor());
    return preferences
        .find(person)
        .orElseGet(() -> MailPreferences.defaults(person, SecretTokens.newToken()));
  }

  /** Returns the version now stored. */
  public long change(Command command) {
    MailPreferences current = read();
    StaleVersion.require(command.expectedVersion(), current.version(), "Your mail preferences");
    try {
      preferences.save(
          current.with(command.weeklyAssignments(), command.reminders(), command.coachNews()));
    } catch (ConcurrentUpdateException e) {
      throw new StaleVersion("Your mail preferences changed while this change was stored", e);
    }
    return current.version() + 1;
  }

  static UUID personOf(Actor actor) {
    if (actor instanceof Actor.ResidentActor r) {
      return r.residentId().value();
    }
    if (actor instanceof Actor.StaffActor s) {
      return s.staffMemberId().value();
    }
    return ((Actor.SupportWorkerActor) actor).supportWorkerId().value();
  }
}
