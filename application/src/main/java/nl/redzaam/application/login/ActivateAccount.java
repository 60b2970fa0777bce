package nl.redzaam.application.login;

import static nl.redzaam.domain.shared.RuleViolation.require;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.AccountTokenRepository;
import nl.redzaam.application.port.AccountTokenRepository.AccountToken;
import nl.redzaam.application.port.AccountTokenRepository.Purpose;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.PasswordHasher;
import nl.redzaam.application.port.PasswordPolicy;
import nl.redzaam.application.port.SessionRepository;
import nl.redzaam.application.port.TrajectoryRepository;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.trajectory.Stage;

/**
 * Step 3: the invited person opens the activation link, accepts the privacy statement and chooses a
 * password. The token works once and only until it expires; for a resident the invited trajectory
 * becomes activated. Sessions from before end, since the password changed.
 */
public final class ActivateAccount {

  public record Command(String token, String password, boolean privacyStatementAccepted) {}

  private final AccountTokenRepository tokens;
  private final AccountRepository accounts;
  private final SessionRepository sessions;
  private final TrajectoryRepository trajectories;
  private final PasswordPolicy policy;
  private final PasswordHasher passwords;
  private final Clock clock;
  private final Notifications notifications;

  @Inject
  public ActivateAccount(
      AccountTokenRepository tokens,
      AccountRepository accounts,
      SessionRepository sessions,
      TrajectoryRepository trajectories,
      PasswordPolicy policy,
      PasswordHasher passwords,
      Clock clock,
      Notifications notifications) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.sessions = sessions;
    this.trajectories = trajectories;
    this.policy = policy;
    this.passwords = passwords;
    this.clock = clock;
    this.notifications = notifications;
  }

  public void execute(Command command) {
    Instant now = clock.now();
    String tokenHash = SecretTokens.hash(command.token() == null ? "" : command.token());
    AccountToken token =
        tokens
            .findValid(tokenHash, Purpose.ACTIVATION, now)
            .orElseThrow(ActivateAccount::invalidLink);
    require(
        command.privacyStatementAccepted(),
        "privacy-statement-not-accepted",
        "Read and accept the privacy statement first");
    policy.check(command.password(), List.of(token.email()));
    if (!tokens.markUsed(tokenHash, now)) {
      throw invalidLink();
    }
    String hash = passwords.hash(command.password());
    accounts
        .findByPerson(token.personId())
        .ifPresentOrElse(
            existing -> accounts.update(existing.withPasswordHash(hash)),
            () ->
                accounts.add(
                    new Account(
                        new EmailAddress(token.email()), hash, token.kind(), token.personId())));
    sessions.removeAllOf(token.personId());
    if (token.kind() == Account.Kind.RESIDENT) {
      trajectories.ofResident(new ResidentId(token.personId())).stream()
          .filter(t -> t.stage() == Stage.INVITED)
          .forEach(
              t -> {
                t.activate(now);
                trajectories.update(t);
                notifications.happened(t.releaseEvents());
              });
    }
  }

  private static RuleViolation invalidLink() {
    return new RuleViolation(
        "activation-link-invalid",
        "This activation link has expired or has been used; ask for a new invitation");
  }
}
