package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.redzaam.adapters.rest.security.PasswordHashing;
import nl.redzaam.application.login.RequestPasswordReset;
import nl.redzaam.application.login.ResetPassword;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.AccountTokenRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.port.PasswordPolicy;
import nl.redzaam.application.port.ResidentRepository;
import nl.redzaam.application.port.SessionRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.application.port.SupportWorkerRepository;

/** Forgot the password: the reset mail and choosing a new password with its link. */
@ApplicationScoped
public class PasswordResetUseCases {

  @Produces
  RequestPasswordReset requestPasswordReset(
      AccountRepository accounts,
      AccountTokenRepository tokens,
      ResidentRepository residents,
      StaffMemberRepository staff,
      SupportWorkerRepository workers,
      Clock clock,
      Notifications notifications) {
    return new RequestPasswordReset(
        accounts, tokens, residents, staff, workers, clock, notifications);
  }

  @Produces
  ResetPassword resetPassword(
      AccountTokenRepository tokens,
      AccountRepository accounts,
      SessionRepository sessions,
      PasswordPolicy policy,
      PasswordHashing passwords,
      Clock clock) {
    return new ResetPassword(tokens, accounts, sessions, policy, passwords, clock);
  }
}
